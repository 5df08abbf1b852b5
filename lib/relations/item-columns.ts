// `共排查出各类矛盾纠纷4190件,化解4043件,化解率达96.5%。其中,人民调解受理2345件,调处2283件,成功率达97.4%;行政调解受理795件,
// 调处673件,…;省地交办的信访案件94件,办结86件,…`: a sentence of what came in and what of it was done, with the rate of the
// two, then a sentence that opens with 其中 and gives items between semicolons, each with what came in and what of it was
// done: each item's first count is a part of the first total, its second of the second (./columns.ts says when the items
// are the whole).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { columnRelations } from './columns';
import { clauseListStart, isAdditive, sameFamily } from './text';

const AMONG_OPENING = /^[\s“"]*其中[：:，,]/;
// The rate of what was done, after the two totals (`化解率达96.5%`).
const RATE_AFTER = /^[^。；;]*率/;

export function findItemColumns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const sentences = new Map<number, Figure[]>();
  for (const f of figures) {
    if (!isAdditive(f)) continue;
    const counts = sentences.get(f.sentence.start);
    if (counts) counts.push(f);
    else sentences.set(f.sentence.start, [f]);
  }
  const starts = [...sentences.keys()];
  starts.forEach((start, k) => {
    const counts = sentences.get(start)!;
    if (counts.length !== 2) return;
    const [first, second] = counts as [Figure, Figure];
    if (!sameFamily(first, second) || first.unit !== second.unit || second.value > first.value || !RATE_AFTER.test(text.slice(second.end, first.sentence.end))) return;
    const end = first.sentence.end;
    const next = starts[k + 1];
    if (next === undefined || next - end > 2 || !AMONG_OPENING.test(text.slice(next, next + 8)) || text.slice(end, next).includes('\n')) return;
    const items = itemsOf(text, sentences.get(next)!);
    if (items.length < 2 || items.some(([a, b, more]) => !a || !b || more || a.unit !== first.unit || b.unit !== second.unit || b.value > a.value)) return;
    out.push(...columnRelations([{ total: first, parts: items.map(([a]) => a!) }, { total: second, parts: items.map(([, b]) => b!) }], '其中'));
  });
  return out;
}

/** The counts of a sentence, item by item: the stretches between its semicolons. */
function itemsOf(text: string, counts: readonly Figure[]): Figure[][] {
  const items = new Map<number, Figure[]>();
  for (const f of counts) {
    const item = clauseListStart(text, f);
    const found = items.get(item);
    if (found) found.push(f);
    else items.set(item, [f]);
  }
  return [...items.values()];
}
