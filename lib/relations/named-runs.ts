// `幼儿专任教师14551人，…；小学专任教师32009人，…；…普通高校专任教师2540人。全市教职工数…99750人，其中专任教师76413人。`:
// counts in a paragraph whose names end with the name of a total after them, which the text presents as one
// (其中, 共, 全市 …), are its parts, one kind each. The paragraph need not name every kind: the list is open.
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { isAdditive, lineStart, OWN_CLAUSE, sameFamily, TOTAL_LEAD, TOTAL_PREFIX, wordsBefore } from './text';

const PRESENTED = new RegExp(`其中|全市|全县|全区|全省|${TOTAL_LEAD.source}`);
const MIN_PARTS = 3;
const NOT_A_KIND = /已|完成|累计|新增|共|全|其中/;

export function findNamedRuns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((total, t) => {
    const name = (total.label ?? '').replace(TOTAL_PREFIX, '');
    if (!isAdditive(total) || name.length < 2 || !PRESENTED.test(OWN_CLAUSE.exec(wordsBefore(text, total, 12))![0])) return;
    // A name a phrase before it narrows to one kind (`经济科技方面的提案251件`) is no total of every kind.
    if (text[total.numberStart - (total.label ?? '').length - 1] === '的') return;
    const line = lineStart(text, total.start);
    const parts: Figure[] = [];
    for (let k = t - 1; k >= 0 && figures[k]!.start >= line; k--) {
      const f = figures[k]!;
      if (!isAdditive(f) || f.unit !== total.unit || !sameFamily(f, total) || writtenAsChange(text, f)) continue;
      // Each part names its kind before the total's name (`小学` + `专任教师`), not a state of it (`累计完成`).
      const kind = (f.label ?? '').endsWith(name) ? f.label!.slice(0, -name.length) : '';
      if (kind.length >= 2 && !NOT_A_KIND.test(kind)) parts.unshift(f);
    }
    if (parts.length >= MIN_PARTS && parts.every((p) => p.sentence.start !== total.sentence.start)) out.push({ kind: 'parts', target: total, operands: parts, word: '分项', closed: false });
  });
  return out;
}
