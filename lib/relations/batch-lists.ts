// `…向我市转办第二十批群众信访举报9件，其中重点关注案件1件。\n本批转办的信访件，涉及河间市3件、青县2件、…、黄骅市1件`:
// a paragraph that speaks of "this batch" (本批, 此批, 该批), or lists what was handed over by place
// (`按区域划分`, `交办的信访件中`), lists what the batch count above holds, by place or by kind. The list
// is open: kinds may overlap (`部分案件涉及2种及以上污染类型`), so only a list of places, which cannot, is a
// partition.
import type { Figure } from '../types';
import { figuresWithNumberIn } from '../compare/sentences';
import type { Relation } from './relation';
import { indexOf, isAdditive, lineStart, linesBack, sameFamily } from './text';

const THIS_BATCH = new RegExp(
  [
    '(?:本批|此批|该批)[^。；;！？\\n]{0,20}?(?:中[，,]|涉及|[，,])',
    // `按區域和部門劃分,榆次區3件、…`, `按地区分布为:长沙市22件,…`: the batch by place.
    '按(?:行政)?(?:区域|地区|属地|地域)(?:和部门)?(?:划分|分布|统计|分)?(?:为|来看)?[，,：:]',
    // `交辦的信訪件中,涉及榆次區20件、…`: what was handed over, listed.
    '(?:交办|转办|转交)的(?:群众)?(?:信访|举报)*(?:件|案件)中[，,](?:涉及)?',
  ].join('|'),
  'g',
);
// The batch count: one that came in as a batch (`第二十批…9件`, `转办…71件`).
const BATCH_COUNT = /批|交办|转办|转交|移交/;
const LINES_BACK = 2;
const LIST_END = /[。；;！？\n]/;

export function findBatchLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const m of text.matchAll(THIS_BATCH)) {
    const from = m.index + m[0].length;
    const toEnd = text.slice(from).search(LIST_END);
    const to = toEnd < 0 ? text.length : from + toEnd;
    const listed = figuresWithNumberIn(figures, from, to);
    const first = listed.find(isAdditive);
    if (!first) continue;
    // The parts: counts of the first one's kind, up to a 其中 that picks among them.
    const parts: Figure[] = [];
    for (const f of listed) {
      if (/其中/.test(text.slice(from, f.start))) break;
      if (isAdditive(f) && sameFamily(f, first) && f.unit === first.unit) parts.push(f);
    }
    if (parts.length < 2) continue;
    // The batch: the nearest earlier count of the parts' unit, in the lines above, that its own words
    // (since the count before it) say came in as one; not a part of it (`其中重点关注案件1件`, `(来电44件)`,
    // an item of another list of the batch).
    const floor = linesBack(text, lineStart(text, m.index), LINES_BACK);
    let total: Figure | null = null;
    for (let i = indexOf(figures, parts[0]!) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
      const f = figures[i]!;
      if (f.start >= m.index || !isAdditive(f) || f.unit !== first.unit) continue;
      const words = text.slice(Math.max(f.sentence.start, figures[i - 1]?.end ?? 0), f.numberStart);
      if (BATCH_COUNT.test(words) && !/其中|[(（]|本批|此批|该批/.test(words)) {
        total = f;
        break;
      }
    }
    if (!total || parts.some((p) => p.value > total!.value)) continue;
    // A list by place is a partition: findParts marks every list whose parts places lead.
    out.push({ kind: 'parts', target: total, operands: parts, word: '本批', closed: false });
  }
  return out;
}
