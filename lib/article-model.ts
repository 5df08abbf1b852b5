// The structure the checks read beyond one sentence: lines (paragraphs), the list markers that
// open them (`一是`, `（一）`, `1.`), and which lines are the items of a list that an earlier line
// introduces (`…共收到意见建议1234条，具体如下：` followed by one line per category).
import type { Span } from './types';

export interface Line extends Span {
  /** The list marker the line opens with, if any (`（二）`, `3.`, `二是`). */
  marker: string | null;
  /** Index of the line that introduces the list this line is an item of, or null. */
  intro: number | null;
}

export interface ArticleModel {
  lines: readonly Line[];
  /** The item lines a line introduces (empty when it introduces none). */
  itemsOf(line: number): readonly number[];
}

const MARKER =
  /^(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|[0-9０-９]{1,2}[、.．)）](?![0-9０-９])|[①-⑳]|第[一二三四五六七八九十]{1,3}[，,、类项是])/;
// A line that announces a list: it ends with a colon, or with words that say a breakdown follows.
const INTRO_END = /(?:[：:]|具体如下|如下|分别是|分别为|主要有|主要包括|包括)[：:。]?$/;
// Unmarked item lines are short: a category and its figure, not a paragraph of prose…
const MAX_UNMARKED_ITEM = 60;
// …or written in one mould, whatever their length: the same words and signs around their numbers
// once each line's own category is set aside (`省级6项,概算投资140.16亿元,当年计划投资19亿元。…` then
// `市级5项,概算投资221.76亿元,…`). Prose does not repeat itself so.
const LEADING_CATEGORY = /^[\u4e00-\u9fff]{1,8}(?=[0-9０-９])/;
const NUMBER_RUN = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const MIN_MOULD_NUMBERS = 2;
function mouldOf(lineText: string): string | null {
  const mould = lineText.replace(LEADING_CATEGORY, '').replace(NUMBER_RUN, '#');
  return mould.split('#').length > MIN_MOULD_NUMBERS ? mould : null;
}
// `其中：新房住宅，成交535套…` then `商业，成交206套…`: a breakdown that opens with 其中 on its own
// line, one category per line, each line led by the category's name.
const AMONG_LINE = /^其中[：:，,]\s*[\u4e00-\u9fff]{1,8}[，,：:]/;
const CATEGORY_LINE = /^[\u4e00-\u9fff]{1,8}[，,：:]/;

export function markerOf(lineText: string): string | null {
  return MARKER.exec(lineText.trimStart())?.[0] ?? null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e, marker: markerOf(text.slice(s, e)), intro: null });
    start = i + 1;
  }
  return lines;
}

/** Marks the items of every introduced list: marked lines of one style, or short unmarked lines. */
function linkItems(text: string, lines: Line[]): Map<number, number[]> {
  const items = new Map<number, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next && AMONG_LINE.test(text.slice(next.start, next.end))) {
      const list = [i + 1];
      for (let j = i + 2; j < lines.length && !lines[j]!.marker && CATEGORY_LINE.test(text.slice(lines[j]!.start, lines[j]!.end)); j++) list.push(j);
      if (list.length >= 2) {
        for (const j of list) lines[j]!.intro = i;
        items.set(i, list);
        i = list[list.length - 1]!;
        continue;
      }
    }
    const lineText = text.slice(lines[i]!.start, lines[i]!.end);
    if (!INTRO_END.test(lineText) && !isHeading(lines[i]!, lineText)) continue;
    const first = lines[i + 1];
    if (first && !INTRO_END.test(lineText) && first.marker) continue;
    if (!first) continue;
    const style = first.marker ? markerStyle(first.marker) : null;
    const second = lines[i + 2];
    const mould = mouldOf(text.slice(first.start, first.end));
    const moulded = mould !== null && second !== undefined && mould === mouldOf(text.slice(second.start, second.end)) ? mould : null;
    const list: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const unmarkedItem = () => line.end - line.start <= MAX_UNMARKED_ITEM || (moulded !== null && mouldOf(text.slice(line.start, line.end)) === moulded);
      const fits = style ? line.marker !== null && markerStyle(line.marker) === style : !line.marker && unmarkedItem();
      if (!fits || INTRO_END.test(text.slice(line.start, line.end))) break;
      list.push(j);
    }
    if (list.length < 2) continue;
    for (const j of list) lines[j]!.intro = i;
    items.set(i, list);
    i = list[list.length - 1]! ;
  }
  return items;
}

// `（一）诉求分类情况` over `投诉3751件 占比 82.13%`, `表扬298件 …`: a section heading, short and
// without a sentence or a number of its own, over short unmarked lines is a breakdown too.
const MAX_HEADING = 30;
export function isHeading(line: Line, lineText: string): boolean {
  if (line.marker === null || lineText.length > MAX_HEADING) return false;
  return !/[。！？；;，,0-9０-９]/.test(lineText.slice(line.marker.length).replace(/[（(][^（()）]*[)）]/g, ''));
}

/** `（一）` and `（二）` share a style; `1.` and `（一）` do not. */
export function markerStyle(marker: string): string {
  return marker.replace(/[一二三四五六七八九十]+/g, '一').replace(/[0-9０-９]+/g, '1').replace(/[①-⑳]/g, '①');
}

export function buildArticleModel(text: string): ArticleModel {
  const lines = splitLines(text);
  const items = linkItems(text, lines);
  return {
    lines,
    itemsOf: (line) => items.get(line) ?? [],
  };
}
