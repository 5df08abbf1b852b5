// `共收到群众举报2069件,经梳理合并重复举报,受理有效举报1364件`, `共转办举报案件505件,…,目前已反馈212件`: a count at one stage of
// handling, then in the same sentence a count of the same things at a later stage. What reached a later stage first
// passed the earlier one, so it is no more than that count: an open list of one part.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { writtenAsChange } from './changes';
import { isAdditive, linesBack, lineStart, sameFamily } from './text';

/** The stages cases pass, in order; a verb names its count's stage when it ends the count's own clause. */
const STAGES: readonly RegExp[] = [
  /(?:收到|接到|征集|收集|接收)/,
  /(?:受理|立案)/,
  /(?:转办|交办|移交|转交|派单)/,
  /(?:反馈|回复|答复)/,
  /(?:办结|解决)/,
];
/** Counts carried over or summed over other periods may exceed what this one received. */
const OTHER_PERIODS = /上年|往年|以前|结转|累计|历年|同比|比上年/;
/** At most one clause, with no number, between the two counts (`,经梳理合并重复举报,`). */
const BETWEEN = /^[，,](?:[^，,。；;！？\n0-9０-９]{1,24}[，,])?[^，,。；;！？\n0-9０-９]{0,16}$/;

function stageOf(clause: string): number {
  // The last stage named in the clause: `转办…已反馈` is at 反馈.
  for (let s = STAGES.length - 1; s >= 0; s--) if (STAGES[s]!.test(clause)) return s;
  return -1;
}

// A later stage's count opens its sentence: only its stage's words before it (`当月办结`).
const OPENING = 8;

const ownClause = (text: string, f: Figure) => text.slice(f.sentence.start, f.numberStart).split(/[，,；;：:]/).at(-1)!;

export function findIntake(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [first, later] = [figures[i]!, figures[i + 1]!];
    if (first.sentence.start !== later.sentence.start || first.kind !== 'count' || !isAdditive(first) || !isAdditive(later) || first.unit !== later.unit || !sameFamily(first, later)) continue;
    if (!BETWEEN.test(text.slice(first.end, later.numberStart))) continue;
    const [a, b] = [ownClause(text, first), ownClause(text, later)];
    if (OTHER_PERIODS.test(a) || OTHER_PERIODS.test(b)) continue;
    const [from, to] = [stageOf(a), stageOf(b)];
    if (from < 0 || to <= from) continue;
    // (Open, not a partition: a later stage may also take in cases from before, `受理115件,办结146件`, so more than the
    // count before it is said, undecided.)
    out.push({ kind: 'parts', target: first, operands: [later], word: '其中', closed: false });
  }
  return [...out, ...laterSentences(text, figures)];
}

/**
 * `…共接收…市民工单4071件,…。其中:投诉类3302件,…;咨询类7件,…。` then `当月办结3780件…`: a sentence that opens on a count at a
 * later stage, in its paragraph or the next, is of the nearest count above at a stage, when that stage is earlier; counts
 * at no stage between (the kinds of what came in) are read past, and one at the same or a later stage ends the search.
 */
function laterSentences(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((later, i) => {
    if (i === 0 || figures[i - 1]!.sentence.start === later.sentence.start || !isAdditive(later) || later.kind !== 'count') return;
    const b = ownClause(text, later);
    const to = stageOf(b);
    if (to <= 0 || OTHER_PERIODS.test(b) || text.slice(later.sentence.start, later.numberStart).length > OPENING) return;
    const floor = linesBack(text, lineStart(text, later.start), 1);
    for (let k = i - 1; k >= 0 && figures[k]!.start >= floor; k--) {
      const first = figures[k]!;
      if (!isAdditive(first) || first.unit !== later.unit || !sameFamily(first, later) || writtenAsChange(text, first)) continue;
      const a = ownClause(text, first);
      const from = stageOf(a);
      if (from < 0) continue;
      if (from < to && !OTHER_PERIODS.test(a)) out.push({ kind: 'parts', target: first, operands: [later], word: '其中', closed: false });
      return;
    }
  });
  return out;
}
