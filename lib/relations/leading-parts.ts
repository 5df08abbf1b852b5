// `工单数量较多的单位为:住房和城乡建设局1468件…,城市管理局1076件…`, `承办10件以上的单位有:县农业农村局45件、…`,
// `信访案件数量较多的区域主要涉及青秀区91件、…`: the parts a report singles out as the largest are parts of the
// count above that the text presents as the whole (共转派工单4567件), or of the count its own sentence opens
// with (`县人民政府将168件建议…分解到…`). They are some of the parts, never all: the list is open.
import { figuresWithNumberIn } from '../compare/sentences';
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { inBrackets, indexOf, isAdditive, lineStart, linesBack, sameFamily, TOTAL_LEAD, wordsBefore } from './text';

// Matched from its 的, the one character every form has, so that the scan stays fast.
const LEADING = /的(?<=(?:较多|最多|居前|[0-9一二三四五六七八九十]件以上|前[0-9一二三四五六七八九十]{1,3}(?:位|名)?)的)[\u4e00-\u9fff]{1,8}?(?:主要)?(?:为|是|有|涉及|包括|依次为)[：:]?/g;
const LIST_END = /[。；;！？\n]/;
// How far above the list its whole may stand: the report's opening lines.
const LINES_BACK = 3;

export function findLeadingParts(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const m of text.matchAll(LEADING)) {
    const from = m.index + m[0].length;
    const toEnd = text.slice(from).search(LIST_END);
    const listed = figuresWithNumberIn(figures, from, toEnd < 0 ? text.length : from + toEnd);
    const first = listed.find(isAdditive);
    if (!first) continue;
    // Each part's own change or share in brackets (`1468件(同比上升22.03%)`) is no part.
    const parts = listed.filter((f) => isAdditive(f) && sameFamily(f, first) && f.unit === first.unit && !inBrackets(text, from, f.start));
    if (parts.length < 2) continue;
    const whole = wholeAbove(text, figures, m.index, first);
    if (whole && parts.every((p) => p.value <= whole.value)) out.push({ kind: 'parts', target: whole, operands: parts, word: '较多', closed: false });
  }
  return out;
}

/** The count of the parts' unit that the sentence opens with, else the nearest above presented as a total. */
function wholeAbove(text: string, figures: readonly Figure[], at: number, like: Figure): Figure | null {
  const floor = linesBack(text, lineStart(text, at), LINES_BACK);
  const fits = (f: Figure) => f.start < at && isAdditive(f) && sameFamily(f, like) && f.unit === like.unit && !writtenAsChange(text, f) && !inBrackets(text, f.sentence.start, f.start);
  let i = indexOf(figures, like) - 1;
  while (i >= 0 && figures[i]!.start >= at) i--;
  const own = figures.slice(0, i + 1).filter((f) => f.sentence.start === figures[i]?.sentence.start && fits(f));
  if (own[0] && own[0].sentence.end > at) return own[0];
  for (; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (fits(f) && TOTAL_LEAD.test(wordsBefore(text, f, 12))) return f;
  }
  return null;
}
