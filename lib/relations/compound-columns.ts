// `共批捕涉黑恶犯罪1666件4844人,其中涉黑犯罪176件545人,涉恶犯罪1490件4299人`: a total written as two counts in a row (cases
// and people, as courts, procuratorates and discipline bodies write them), then, after 其中, items written the same
// way: each item's first count is a part of the first total, its second of the second. So too a count and the money it came
// with, a short name between (`资助5875人次,发放资金235万元,其中春季学期资助3350人次,资助金额134万元;秋季学期…`).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { columnRelations } from './columns';
import { isQuantity } from './text';

const NAME = '[^0-9０-９，,、；;。！？!?\\n]{0,20}';
// Before the first item: 其中 and its name; before each later one: a comma and its name (no number, no end of clause).
const FIRST_ITEM = new RegExp(`^[，,]?\\s*其中[：:，,]?\\s*${NAME}$`);
const NEXT_ITEM = new RegExp(`^[，,、；;]${NAME}$`);
const OWN_LIST = /^[，,]\s*其中/;
// Between a count and its money: a comma and the money's name (`,发放资金`, `,资助金额`).
const MONEY_NAME = /^[，,][\u4e00-\u9fff]{2,6}$/;

/** Whether `b` is written right after `a` in another measure (`1666件4844人`, `104户303人`): one count in two measures. */
export const inTwoMeasures = (text: string, a: Figure, b: Figure): boolean => a.unit !== b.unit && text.slice(a.end, b.numberStart) === '';

/** Whether figures i and i + 1 are one count written in two measures, or a count and its money (`5875人次,发放资金235万元`). */
function compound(text: string, figures: readonly Figure[], i: number): boolean {
  const [a, b] = [figures[i], figures[i + 1]];
  if (a === undefined || b === undefined || a.kind !== 'count' || !isQuantity(a) || !isQuantity(b)) return false;
  return (b.kind === 'count' && inTwoMeasures(text, a, b)) || (b.kind === 'amount' && a.unit !== b.unit && MONEY_NAME.test(text.slice(a.end, b.numberStart)));
}

export function findCompoundColumns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    if (!compound(text, figures, i)) continue;
    const [first, second] = [figures[i]!, figures[i + 1]!];
    const items: [Figure, Figure][] = [];
    let j = i + 2;
    for (let from = second.end; compound(text, figures, j); j += 2) {
      const [a, b] = [figures[j]!, figures[j + 1]!];
      if (!(items.length === 0 ? FIRST_ITEM : NEXT_ITEM).test(text.slice(from, a.numberStart)) || a.unit !== first.unit || b.unit !== second.unit) break;
      // A pair with a 其中 of its own is the next total (`…,高中教育国家免学杂费4711人次,发放资金352.335万元,其中…`), no item.
      if (OWN_LIST.test(text.slice(b.end, b.end + 4))) break;
      items.push([a, b]);
      from = b.end;
    }
    if (items.length < 2) continue;
    out.push(...columnRelations([{ total: first, parts: items.map(([a]) => a) }, { total: second, parts: items.map(([, b]) => b) }], '其中'));
    i = j - 1;
  }
  return out;
}
