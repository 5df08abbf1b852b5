import { CHINESE_DIGITS, CHINESE_LARGE, CHINESE_PLACES, isChineseNumeralChar } from './chars';

export interface ChineseValue {
  value: number;
  /** Upper end where the numeral names a range (`两三` → 2..3, `十七八` → 17..18, `十几` → 11..19). */
  valueMax?: number;
}

/** Longest numeral we read; longer runs (`万万万…`) are not figures. */
const MAX_NUMERAL_LENGTH = 24;

/**
 * Value of a Chinese numeral written with place units (`二十三`, `一万二千`, `三亿五千万`,
 * `一百零五`, `两万`, `一万五` = 15000), or a digit string containing 〇/零 (`二〇二三`).
 * Returns null for strings that are not one numeral (`二七`, `十十`).
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0 || s.length > MAX_NUMERAL_LENGTH) return null;
  let hasPlace = false;
  for (const ch of s) if (!(ch in CHINESE_DIGITS)) hasPlace = true;
  if (!hasPlace) {
    if (s.length === 1) return CHINESE_DIGITS[s] ?? null;
    // A bare digit string reads digit by digit only in the year-like style with 〇/零 (二〇二三).
    if (!/[〇零]/.test(s)) return null;
    let v = 0;
    for (const ch of s) v = v * 10 + (CHINESE_DIGITS[ch] ?? 0);
    return v;
  }
  let result = 0; // parts at 亿 and above, already scaled
  let wan = 0; // the 万 part, already scaled
  let section = 0; // below 万
  let num = -1; // pending digit, -1 = none
  let lastPlace = 0; // place of the previous character, for the implied tail (`一万五`)
  let afterZero = false;
  let prevWasDigit = false;
  let lastLarge = Infinity;
  let lastSmall = Infinity; // descending places within a section
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (prevWasDigit && !(ch === '零' || ch === '〇')) {
        if (num !== 0) return null; // two digits in a row: not one numeral
      }
      if (d === 0) afterZero = true;
      num = d;
      prevWasDigit = true;
      continue;
    }
    prevWasDigit = false;
    const place = CHINESE_PLACES[ch];
    if (place !== undefined) {
      if (place >= lastSmall) return null;
      lastSmall = place;
      const n = num === -1 ? (place === 10 && section === 0 ? 1 : -1) : num;
      if (n <= 0) return null;
      section += n * place;
      num = -1;
      lastPlace = place;
      afterZero = false;
      continue;
    }
    const large = CHINESE_LARGE[ch];
    if (large === undefined) return null;
    const sectionValue = section + (num > 0 ? num : 0);
    if (large === 1e8) {
      if (lastLarge <= 1e8 && wan === 0 && sectionValue === 0) return null;
      result = (result + wan + sectionValue) * 1e8;
      wan = 0;
    } else {
      if (sectionValue === 0) {
        // 万亿 as one multiplier is read by the caller; here 万 needs a number before it
        return null;
      }
      if (lastLarge === 1e4) return null;
      wan = sectionValue * 1e4;
    }
    lastLarge = large;
    section = 0;
    num = -1;
    lastSmall = Infinity;
    lastPlace = large;
    afterZero = false;
  }
  let tail = num > 0 ? num : 0;
  // `一万五` = 15000, `三百五` = 350: a lone digit after 百/千/万/亿 counts in the next lower place.
  if (tail > 0 && !afterZero && lastPlace >= 100 && s.length >= 3) tail = (tail * lastPlace) / 10;
  const value = result + wan + section + tail;
  return Number.isFinite(value) ? value : null;
}

const RANGE_PAIR = /([一二两三四五六七八九])([二三四五六七八九])/;

/**
 * Value of a Chinese numeral, including ranges of adjacent digits (`两三`, `三四十`, `十七八`)
 * and `几` as an unknown digit (`十几` → 11..19).
 */
export function parseChineseNumeral(s: string): ChineseValue | null {
  if (s.length === 0 || s.length > MAX_NUMERAL_LENGTH) return null;
  const ji = s.indexOf('几');
  if (ji >= 0) {
    if (ji === 0 || s.indexOf('几', ji + 1) >= 0) return null;
    const lo = parseChineseInteger(s.slice(0, ji) + '一' + s.slice(ji + 1));
    const hi = parseChineseInteger(s.slice(0, ji) + '九' + s.slice(ji + 1));
    if (lo === null || hi === null) return null;
    return { value: lo, valueMax: hi };
  }
  const single = parseChineseInteger(s);
  if (single !== null) return { value: single };
  const m = RANGE_PAIR.exec(s);
  if (!m) return null;
  const a = CHINESE_DIGITS[m[1]!]!;
  const b = CHINESE_DIGITS[m[2]!]!;
  if (b !== a + 1) return null;
  const lo = parseChineseInteger(s.slice(0, m.index + 1) + s.slice(m.index + 2));
  const hi = parseChineseInteger(s.slice(0, m.index) + s.slice(m.index + 1));
  if (lo === null || hi === null || hi <= lo) return null;
  return { value: lo, valueMax: hi };
}

/** End of the run of Chinese numeral characters (and 几) starting at `i`. */
export function chineseRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const ch = text[j]!;
    if (!isChineseNumeralChar(ch) && ch !== '几') break;
    j++;
  }
  return j;
}
