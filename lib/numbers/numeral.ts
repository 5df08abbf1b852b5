import { decimalValue, MAX_FIGURE_DIGITS, readArabic } from './arabic';
import { arabicDigitAt, CHINESE_DIGITS, RANGE_SEPARATORS } from './chars';
import { chineseRunEnd, parseChineseNumeral } from './chinese';
import { readMultiplier } from './multiplier';

/** A number as written, with what the numeral itself says about it. */
export interface Numeral {
  start: number;
  /** After the number, its multiplier and a trailing 多/余 (`62.8万多`). */
  end: number;
  value: number;
  valueMax?: number;
  /** 多/余 written inside the number (`9600多`, `两万余`, `十几`). */
  approx: 'more' | null;
  script: 'arabic' | 'chinese';
  /** How the number is a proportion: `百分之三十` (percent), `千分之五` (permille), `三分之一`, `1/3` (ratio). */
  proportion: 'percent' | 'permille' | 'ratio' | null;
  /** Power of ten of the multiplier written after the digits (万 → 4), 0 if none. */
  multiplierExponent: number;
  /** Digits written, for identifier-like numbers (phones, postcodes). */
  digitCount: number;
  hasDecimalPoint: boolean;
}

interface Simple {
  end: number;
  value: number;
  valueMax?: number;
  approx: 'more' | null;
  script: 'arabic' | 'chinese';
  multiplierExponent: number;
  digitCount: number;
  hasDecimalPoint: boolean;
}

/** Start characters of a Chinese numeral. 百/千/万 alone start idioms (百舸争流, 千方百计, 万人助万企) far more often than figures. */
function isChineseStart(ch: string | undefined): boolean {
  return ch !== undefined && (ch in CHINESE_DIGITS || ch === '十' || ch === '拾');
}

/** 多 and 余 (in traditional script 餘) after a number: and more (`62.8万多`, `7.1萬餘件`). */
export const MORE_SUFFIX: ReadonlySet<string> = new Set(['多', '余', '餘']);

function readApproxSuffix(text: string, j: number): { end: number; approx: 'more' | null } {
  if (MORE_SUFFIX.has(text[j] ?? '')) return { end: j + 1, approx: 'more' };
  return { end: j, approx: null };
}

const LONE_PLACES: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 1e4, 萬: 1e4 };
/** Qualifiers after which a lone 百/千/万 is a number (逾千家, 超百家, 近百亩, 上百辆, 数千名), not an idiom. */
export const LONE_PLACE_QUALIFIERS: ReadonlySet<string> = new Set(['逾', '超', '近', '约', '上', '数', '數', '几', '幾']);

/** Where a scan should resume after a failed read at `i`, so that runs are passed over once. */
export function numeralRunEnd(text: string, i: number): number {
  if (arabicDigitAt(text, i) >= 0) {
    const a = readArabic(text, i);
    return a ? Math.max(a.end, i + 1) : i + 1;
  }
  return Math.max(chineseRunEnd(text, i), i + 1);
}

function readSimple(text: string, i: number): Simple | null {
  if (arabicDigitAt(text, i) >= 0) {
    const a = readArabic(text, i)!;
    if (a.digitTotal > MAX_FIGURE_DIGITS) return null;
    let j = a.end;
    let approx: 'more' | null = null;
    let exponent = 0;
    // `44.84 万人`, `193.61 亿元`: a space the page (often a converted PDF) put before the multiplier.
    const spaced = (text[j] === ' ' || text[j] === '\u00a0') && readMultiplier(text, j + 1);
    const mult = readMultiplier(text, j) ?? (spaced || null);
    if (mult) {
      exponent = mult.exponent;
      j = mult.end;
      ({ end: j, approx } = readApproxSuffix(text, j));
    } else {
      // `3.2 多万`: a space the page put between the digits and 多万.
      if ((text[j] === ' ' || text[j] === '\u00a0') && MORE_SUFFIX.has(text[j + 1] ?? '') && readMultiplier(text, j + 2)) j++;
      ({ end: j, approx } = readApproxSuffix(text, j));
      // `20多万`: the 多 stands between the digits and their multiplier.
      if (approx) {
        const late = readMultiplier(text, j);
        if (late) {
          exponent = late.exponent;
          j = late.end;
        }
      }
    }
    const value = decimalValue(a.digits, a.decimals, exponent);
    if (!Number.isFinite(value)) return null;
    return {
      end: j,
      value,
      approx,
      script: 'arabic',
      multiplierExponent: exponent,
      digitCount: a.digitTotal,
      hasDecimalPoint: a.decimals > 0,
    };
  }
  if (!isChineseStart(text[i])) return null;
  const runEnd = chineseRunEnd(text, i);
  const parsed = parseChineseNumeral(text.slice(i, runEnd));
  if (!parsed) return null;
  let value = parsed.value;
  let valueMax = parsed.valueMax;
  let { end: j, approx } = readApproxSuffix(text, runEnd);
  let exponent = 0;
  if (approx) {
    // `十多万`, `两百余万`
    const late = readMultiplier(text, j);
    if (late && late.exponent >= 4) {
      exponent = late.exponent;
      value *= 10 ** exponent;
      if (valueMax !== undefined) valueMax *= 10 ** exponent;
      j = late.end;
    }
  }
  if (text[runEnd - 1] === '几') {
    // `十几` is a count above ten: more than the known part (10), up to 19.
    approx = 'more';
    value -= 10 ** exponent;
  }
  if (!Number.isFinite(value)) return null;
  const out: Simple = {
    end: j,
    value,
    approx,
    script: 'chinese',
    multiplierExponent: exponent,
    digitCount: runEnd - i,
    hasDecimalPoint: false,
  };
  if (valueMax !== undefined) out.valueMax = valueMax;
  return out;
}

const CHAIN_SEPARATORS = new Set(['-', '－', '/', '／', '.', ':', '：']);

/**
 * A hyphen also joins the parts of dates, phone numbers and codes (`2021-12-27`, `0371-67188888`):
 * it makes a range only between two short numbers that are not links of such a chain.
 */
function isHyphenChain(text: string, start: number, first: Simple, second: Simple): boolean {
  if (CHAIN_SEPARATORS.has(text[start - 1] ?? '') && arabicDigitAt(text, start - 2) >= 0) return true;
  if (CHAIN_SEPARATORS.has(text[second.end] ?? '') && arabicDigitAt(text, second.end + 1) >= 0) return true;
  if (first.script === 'arabic' && text[start] === '0' && first.digitCount > 1) return true;
  return second.digitCount > first.digitCount + 1;
}

function withRange(text: string, start: number, first: Simple): Simple {
  const sep = text[first.end];
  if (sep === undefined || !RANGE_SEPARATORS.has(sep) || first.approx || first.valueMax !== undefined) {
    return first;
  }
  const second = readSimple(text, first.end + 1);
  if (!second || second.script !== first.script || second.valueMax !== undefined) return first;
  if ((sep === '-' || sep === '－') && isHyphenChain(text, start, first, second)) return first;
  let low = first.value;
  // `2-3万` reads as 2万 to 3万
  if (first.multiplierExponent === 0 && second.multiplierExponent > 0) {
    low = first.value * 10 ** second.multiplierExponent;
  }
  if (!(second.value > low)) return first;
  return {
    ...second,
    value: low,
    valueMax: second.value,
    approx: second.approx,
    digitCount: first.digitCount + second.digitCount,
    hasDecimalPoint: first.hasDecimalPoint || second.hasDecimalPoint,
  };
}

function finish(start: number, s: Simple, proportion: Numeral['proportion']): Numeral {
  const n: Numeral = {
    start,
    end: s.end,
    value: s.value,
    approx: s.approx,
    script: s.script,
    proportion,
    multiplierExponent: s.multiplierExponent,
    digitCount: s.digitCount,
    hasDecimalPoint: s.hasDecimalPoint,
  };
  if (s.valueMax !== undefined) n.valueMax = s.valueMax;
  return n;
}

/**
 * Reads the number written at `i`: Arabic or Chinese, with multiplier, 多/余, a range
 * (`2~3`, `两三`), a fraction (`三分之一`, `1/3`) or a spelled-out proportion (`百分之三十`).
 * Returns null where no number starts at `i`.
 */
export function readNumeral(text: string, i: number): Numeral | null {
  // `千余人`, `百余家`, `万余名`: a lone place with 余/多 means one of it, and more
  const lone = LONE_PLACES[text[i] ?? ''];
  if (lone !== undefined && MORE_SUFFIX.has(text[i + 1] ?? '')) {
    return finish(i, { end: i + 2, value: lone, approx: 'more', script: 'chinese', multiplierExponent: 0, digitCount: 1, hasDecimalPoint: false }, null);
  }
  // `逾千家`: one of the place, qualified by the word before it.
  if (lone !== undefined && LONE_PLACE_QUALIFIERS.has(text[i - 1] ?? '') && !LONE_PLACES[text[i + 1] ?? ''] && !isChineseStart(text[i + 1])) {
    return finish(i, { end: i + 1, value: lone, approx: null, script: 'chinese', multiplierExponent: 0, digitCount: 1, hasDecimalPoint: false }, null);
  }
  if (text.startsWith('百分之', i) || text.startsWith('千分之', i)) {
    const inner = readSimple(text, i + 3);
    if (!inner) return null;
    return finish(i, withRange(text, i + 3, inner), text[i] === '百' ? 'percent' : 'permille');
  }
  const first = readSimple(text, i);
  if (!first) return null;
  // `三分之一`: denominator first
  if (text.startsWith('分之', first.end) && first.valueMax === undefined && !first.approx) {
    const num = readSimple(text, first.end + 2);
    if (num && num.valueMax === undefined && first.value > 0) {
      return finish(i, { ...num, value: num.value / first.value, digitCount: first.digitCount + num.digitCount }, 'ratio');
    }
    return null;
  }
  // `1/3`: a proper fraction of small integers; `2021/12/27` is a date, not a fraction
  if (
    first.script === 'arabic' &&
    (text[first.end] === '/' || text[first.end] === '／') &&
    first.multiplierExponent === 0 &&
    !first.hasDecimalPoint &&
    !first.approx
  ) {
    const den = readSimple(text, first.end + 1);
    const after = den ? text[den.end] : undefined;
    if (
      den &&
      den.script === 'arabic' &&
      den.multiplierExponent === 0 &&
      !den.hasDecimalPoint &&
      den.value > first.value &&
      after !== '/' &&
      after !== '／'
    ) {
      return finish(i, { ...den, value: first.value / den.value, approx: null, digitCount: first.digitCount + den.digitCount }, 'ratio');
    }
    return finish(i, first, null);
  }
  return finish(i, withRange(text, i, first), null);
}

/** Value of a whole string that is one number (`1.5万`, `两万余`, `三分之一`), or null. */
export function parseNumber(s: string): Numeral | null {
  const trimmed = s.trim();
  const n = readNumeral(trimmed, 0);
  return n && n.end === trimmed.length ? n : null;
}
