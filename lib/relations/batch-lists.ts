// `…向我市转办第二十批群众信访举报9件，其中重点关注案件1件。\n本批转办的信访件，涉及河间市3件、青县2件、…、黄骅市1件`:
// a paragraph that speaks of "this batch" (本批, 此批, 该批), or lists what was handed over by place
// (`按区域划分`, `交办的信访件中`), lists what the batch count above holds, by place or by kind. The list
// is open: kinds may overlap (`部分案件涉及2种及以上污染类型`), so only a list of places, which cannot, is a
// partition.
import type { Figure } from '../types';
import { figuresWithNumberIn } from '../compare/sentences';
import { parseNumber } from '../numbers/numeral';
import type { Relation } from './relation';
import { crossings, inBrackets, indexOf, isAdditive, lineStart, linesBack, RESIDUAL_LEAD, sameFamily, SENTENCE_END } from './text';

const THIS_BATCH = new RegExp(
  [
    // `本批信访案件已全部转交相关县(市)区…办理。其中,朝阳区7件、…`: a sentence on the batch, then its list.
    '(?:本批|此批|该批)[^。；;！？\\n]{0,40}?。\\s*其中[，,：:]?',
    '(?:本批|此批|该批)[^。；;！？\\n]{0,20}?(?:中[，,]|涉及|[，,])',
    // `按區域和部門劃分,榆次區3件、…`, `按地区分布为:长沙市22件,…`: the batch by place; `按污染类型分类:水污染104件、…`,
    // `按主要污染类型分,大气污染3件、…`: by kind.
    '按(?:行政)?(?:区域|地区|属地|地域|[\\u4e00-\\u9fff]{0,4}(?:类型|类别))(?:和部门)?(?:划分|分布|统计|分类|分)?(?:为|来看)?[，,：:]',
    // `交辦的信訪件中,涉及榆次區20件、…`: what was handed over, listed.
    '(?:交办|转办|转交)的(?:群众)?(?:信访|举报)*(?:件|案件)中[，,](?:涉及)?',
  ].join('|'),
  'g',
);
// The batch count: one that came in as a batch (`第二十批…9件`, `转办…71件`).
const BATCH_COUNT = /批|交办|转办|转交|移交/;
const LINES_BACK = 2;
const RUNNING_TOTAL = /至此|累计|总计/;
const ONE_BATCH = /第[一二三四五六七八九十百0-9]+批|本批|此批|该批/;
const LIST_END = /[。；;！？\n]/;

// `其中,一件普通件涉两市`, `有2件涉及两个县区`: cases the list counts under two places.
const TWICE = /^[^。！？\n]{0,6}?([一二两三四五六七八九十0-9]{1,3})件[^，,。；;！？\n]{0,8}?涉(?:及)?(?:两|二|2|多)个?(?:市|县|区|地|县区|县市区|市县|省)/;

/** How many items the sentence after a list (or its own last clause) says are counted under two of its parts. */
function countedTwice(text: string, listEnd: number): number | null {
  const after = text.slice(listEnd, listEnd + 40).replace(/^[^。！？\n]*?[。；;]/, '');
  const m = TWICE.exec(after);
  return m ? (parseNumber(m[1]!)?.value ?? null) : null;
}

// A list of kinds that ends with the rest (`…、其他污染13件`) claims every item, unless the text says an item
// may be of several kinds (`部分案件涉及2种及以上污染类型`).
const SEVERAL_KINDS = /(?:两|二|2)(?:种|类|个)及以上|多种(?:污染)?类型/;

function closedByResidual(text: string, parts: readonly Figure[]): boolean {
  const last = parts.at(-1)!;
  const words = text.slice(Math.max(last.sentence.start, parts.at(-2)!.end), last.numberStart).replace(/^[、，,；;\s]+/, '');
  return RESIDUAL_LEAD.test(words) && !SEVERAL_KINDS.test(text.slice(last.end, last.end + 60));
}

/** The parts listed in one clause list from `from`: counts of the first one's kind, up to a 其中 that picks among them. */
function listAt(text: string, figures: readonly Figure[], from: number): Figure[] | null {
  const toEnd = text.slice(from).search(LIST_END);
  const listed = figuresWithNumberIn(figures, from, toEnd < 0 ? text.length : from + toEnd);
  const first = listed.find(isAdditive);
  if (!first) return null;
  const parts: Figure[] = [];
  for (const f of listed) {
    if (/其中/.test(text.slice(from, f.start))) break;
    // An aside in brackets (`(上述案件中交叉共办4件)`) is about the parts, not one of them.
    if (isAdditive(f) && sameFamily(f, first) && f.unit === first.unit && !inBrackets(text, from, f.start)) parts.push(f);
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * One part per item between semicolons, each the one count of its item's first clause
 * (`杭州44件;宁波31件;温州11件,重点件1件;…`: the rest of an item speaks of its part).
 */
function itemsAt(text: string, figures: readonly Figure[], from: number): Figure[] | null {
  const toEnd = text.slice(from).search(SENTENCE_END);
  const items = text.slice(from, toEnd < 0 ? text.length : from + toEnd).split(/[；;]/);
  if (items.length < 2) return null;
  const parts: Figure[] = [];
  let at = from;
  for (const item of items) {
    const clause = item.search(/[，,]/);
    const counts = figuresWithNumberIn(figures, at, at + (clause < 0 ? item.length : clause)).filter(isAdditive);
    at += item.length + 1;
    if (counts.length !== 1 || (parts[0] && (!sameFamily(counts[0]!, parts[0]) || counts[0]!.unit !== parts[0].unit))) return null;
    parts.push(counts[0]!);
  }
  return parts;
}

export function findBatchLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const m of text.matchAll(THIS_BATCH)) {
    const from = m.index + m[0].length;
    const parts = listAt(text, figures, from) ?? itemsAt(text, figures, from);
    if (!parts) continue;
    const first = parts[0]!;
    // The batch: the nearest earlier count of the parts' unit, in the lines above, that its own words
    // (since the count before it) say came in as one; not a part of it (`其中重点关注案件1件`, `(来电44件)`,
    // an item of another list of the batch).
    const floor = linesBack(text, lineStart(text, m.index), LINES_BACK);
    let total: Figure | null = null;
    let running: Figure | null = null;
    // (Said in its line, or in the line before it: `第二十四批群众信访件中,从问题类型看,…` over `按地区分布来看,贵阳市37件、…`.)
    const ofOneBatch = ONE_BATCH.test(text.slice(linesBack(text, lineStart(text, m.index), 1), from));
    for (let i = indexOf(figures, parts[0]!) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
      const f = figures[i]!;
      if (f.start >= m.index || !isAdditive(f) || f.unit !== first.unit) continue;
      const words = text.slice(Math.max(f.sentence.start, figures[i - 1]?.end ?? 0), f.numberStart);
      // (An aside in brackets is a part: `(来电44件)`; a byline's brackets before the count are not: `本报讯 (记者…)…转交…71件`.
      // The batch counted again after splitting, `我省分解后交办166件`, is the same batch counted another way.)
      if (BATCH_COUNT.test(words) && !/其中|本批|此批|该批|分解后/.test(words) && !inBrackets(text, f.sentence.start, f.start)) {
        // A list said to be of one batch (`第三十四批举报件中,按地区分布为:`) is not of the running total of the batches
        // (`至此,…已向湖南转办4230件信访件`) when the batch's own count stands above (`…第三十四批…举报件23件`).
        if (ofOneBatch && RUNNING_TOTAL.test(words)) {
          running ??= f;
          continue;
        }
        total = f;
        break;
      }
    }
    total ??= running;
    if (!total || parts.some((p) => p.value > total!.value)) continue;
    // A list by place is a partition: findParts marks every list whose parts places lead.
    const listEnd = parts.at(-1)!.end + Math.max(0, text.slice(parts.at(-1)!.end).search(LIST_END));
    const twice = countedTwice(text, parts.at(-1)!.end) ?? (crossings(text, from, listEnd) || null);
    out.push({ kind: 'parts', target: total, operands: parts, word: '本批', closed: closedByResidual(text, parts), ...(twice ? { countedTwice: twice } : {}) });
  }
  return out;
}
