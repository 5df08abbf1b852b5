import type { Qualifier } from '../types';
import { endsWithAt, isSpace } from './text-classes';

// Traditional forms of the qualifier words, for pages in traditional script (`約53萬`, `不少於`).
const TRADITIONAL: Readonly<Record<string, string>> = { 于: '於', 过: '過', 将: '將', 约: '約', 为: '為', 余: '餘', 内: '內', 计: '計', 总: '總', 达: '達', 数: '數', 几: '幾' };

/** Each word, and its traditional form when that differs; longest words stay first. */
function withTraditional(words: ReadonlyArray<readonly [string, Qualifier]>): ReadonlyArray<readonly [string, Qualifier]> {
  const out: Array<readonly [string, Qualifier]> = [];
  for (const [word, q] of words) {
    out.push([word, q]);
    const traditional = [...word].map((ch) => TRADITIONAL[ch] ?? ch).join('');
    if (traditional !== word) out.push([traditional, q]);
  }
  return out;
}

/** Words written before a number and what they say about it (longest first). */
const BEFORE: readonly (readonly [string, Qualifier])[] = withTraditional([
  ['不少于', 'at_least'],
  ['不低于', 'at_least'],
  ['至少', 'at_least'],
  ['超过', 'more_than'],
  ['突破', 'more_than'],
  ['多于', 'more_than'],
  ['高于', 'more_than'],
  ['不足', 'less_than'],
  ['不到', 'less_than'],
  ['少于', 'less_than'],
  ['低于', 'less_than'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['大约', 'about'],
  ['约合', 'about'],
  ['约为', 'about'],
  ['约', 'about'],
  ['近', 'about'],
  ['超', 'more_than'],
  ['逾', 'more_than'],
  // `数十条`, `几十年`, `上百辆`, `上万根`: some tens, hundreds …, so more than one of them; only before a place numeral.
  ['数', 'more_than'],
  ['几', 'more_than'],
  ['上', 'more_than'],
  // totals: they mark the figure but do not qualify it
  ['累计', null],
  ['合计', null],
  ['总计', null],
  ['共计', null],
  ['达到', null],
  ['高达', null],
  ['多达', null],
  ['共', null],
  ['达', null],
]);

/** Words written after a number or its unit (longest first). */
const AFTER: readonly (readonly [string, Qualifier])[] = withTraditional([
  ['以上', 'more_than'],
  ['以下', 'less_than'],
  ['以内', 'less_than'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['有余', 'more_than'],
  ['多', 'more_than'],
  ['余', 'more_than'],
  // `1个月内`: within a span of time
  ['内', 'less_than'],
]);

/** Words that qualify only a place numeral after them (`数十`, `上百`; not `上3个月`). */
const SOME_OF = new Set([...'数數几幾上']);
const PLACE_NUMERALS = new Set([...'十百千万萬']);

/** Characters that, before 近, make it part of another word (最近, 附近, 临近). */
const NOT_APPROX_BEFORE_JIN = new Set([...'最附临接将靠亲贴']);

/** Characters that, before 约, make it part of another word (签约, 履约, 节约, 预约). */
const NOT_APPROX_BEFORE_YUE = new Set([...'签簽履节節预預制合违違公条條契特邀相解续續集简簡']);

export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
  end: number;
  word: string;
}

/** The qualifier written just before a number starting at `numberStart`, or null. */
export function readQualifierBefore(text: string, numberStart: number): QualifierMatch | null {
  let end = numberStart;
  while (end > 0 && isSpace(text[end - 1])) end--;
  for (const [word, qualifier] of BEFORE) {
    if (!endsWithAt(text, end, word)) continue;
    const start = end - word.length;
    if (word === '近' && NOT_APPROX_BEFORE_JIN.has(text[start - 1] ?? '')) continue;
    if (word === '超' && text[start - 1] === '赶') continue;
    if (SOME_OF.has(word) && !PLACE_NUMERALS.has(text[end] ?? '')) continue;
    if ((word === '约' || word === '約') && NOT_APPROX_BEFORE_YUE.has(text[start - 1] ?? '')) continue;
    return { qualifier, start, end, word };
  }
  return null;
}

/**
 * The qualifier written at `i` (after a number or its unit), or null. A lone 多/余/内 after a
 * measure word starts another word too often (`个多元化`, `个内设机构`), so it counts only after a
 * time unit.
 */
export function readQualifierAfter(text: string, i: number, afterTimeUnit = false): QualifierMatch | null {
  for (const [word, qualifier] of AFTER) {
    if ((word === '多' || word === '余' || word === '餘' || word === '内' || word === '內') && !afterTimeUnit) continue;
    if (text.startsWith(word, i)) return { qualifier, start: i, end: i + word.length, word };
  }
  return null;
}
