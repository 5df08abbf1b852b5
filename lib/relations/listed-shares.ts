// `接待游客805.20万人次,…。其中,接待疆内游客751.37万人次,同比增长136.81%,占比93.31%`: a share that names no whole, written
// after a part of a complete list (./parts.ts), is of that list's total — past the part's own growth, which the report
// writes first. (Only a complete list: an open one may be read under the wrong total, and would take its shares along.)
import type { Figure } from '../types';
import type { Relation } from './relation';
import { BARE_SHARE, indexOf } from './text';

/** The part's own change between it and its share (`,同比增长136.81%`, `,比上年下降2.1个百分点`). */
const OWN_CHANGE = /^[，,]\s*(?:同比|比上年|较上年|比去年)?(?:增长|下降|增加|减少|提高|降低)了?$/;

export function findListedShares(text: string, figures: readonly Figure[], lists: readonly Relation[], taken: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const list of lists) {
    if (list.kind !== 'parts' || !list.closed || list.operands.length < 2) continue;
    for (const part of list.operands) {
      let k = indexOf(figures, part);
      if (k < 0) continue;
      let from = part.end;
      let next = figures[k + 1];
      while (next && next.sentence.start === part.sentence.start && OWN_CHANGE.test(text.slice(from, next.numberStart))) {
        from = next.end;
        next = figures[++k + 1];
      }
      if (!next || next.kind !== 'percent' || taken.has(next) || next.sentence.start !== part.sentence.start || !BARE_SHARE.test(text.slice(from, next.numberStart))) continue;
      out.push({ kind: 'share', target: next, operands: [list.target, part], word: '占比' });
    }
  }
  return out;
}
