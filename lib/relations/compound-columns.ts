// `共批捕涉黑恶犯罪1666件4844人,其中涉黑犯罪176件545人,涉恶犯罪1490件4299人`: a total written as two counts in a row (cases
// and people, as courts, procuratorates and discipline bodies write them), then, after 其中, items written the same
// way: each item's first count is a part of the first total, its second of the second.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { columnRelations } from './columns';
import { isQuantity } from './text';

const NAME = '[^0-9０-９，,、；;。！？!?\\n]{0,20}';
// Before the first item: 其中 and its name; before each later one: a comma and its name (no number, no end of clause).
const FIRST_ITEM = new RegExp(`^[，,]?\\s*其中[：:，,]?\\s*${NAME}$`);
const NEXT_ITEM = new RegExp(`^[，,、]${NAME}$`);

/** Whether figures i and i + 1 are one count written in two measures (`1666件4844人`). */
function compound(text: string, figures: readonly Figure[], i: number): boolean {
  const [a, b] = [figures[i], figures[i + 1]];
  return a !== undefined && b !== undefined && a.kind === 'count' && b.kind === 'count' && isQuantity(a) && isQuantity(b) && a.unit !== b.unit && text.slice(a.end, b.numberStart) === '';
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
      items.push([a, b]);
      from = b.end;
    }
    if (items.length < 2) continue;
    out.push(...columnRelations([{ total: first, parts: items.map(([a]) => a) }, { total: second, parts: items.map(([, b]) => b) }], '其中'));
    i = j - 1;
  }
  return out;
}
