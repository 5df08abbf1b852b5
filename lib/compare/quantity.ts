// What range of true values a written figure allows. `9600多` is 9600..9700, `24.94万` is
// 249,350..249,450 (rounded to the last written digit), `9606` is exactly 9606. Checks compare
// ranges, not bare values, so that the rounding the text uses is never read as a discrepancy.
import type { Figure } from '../types';
import { MORE_SUFFIX } from '../numbers/numeral';

export interface Interval {
  lo: number;
  hi: number;
}

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const DIGITS = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/;

// A page's checks ask for the same number texts many times (every comparison, every bound).
const placeCache = new Map<string, DigitPlace>();

interface DigitPlace {
  /** The place value of the last written digit other than trailing zeros (`62.8万` → 1000, `9600` → 100, `三千` → 1000). */
  readonly place: number;
  /** The place value of the last written digit, zeros included (`400万` → 10,000, `9600` → 1). */
  readonly written: number;
  /** Whether the writer rounded: a multiplier or decimals; a plain integer is a count. */
  readonly rounded: boolean;
}

/** The multiplier written after a number's digits (`1285.21万` → 10,000; `74.93` → 1). */
export function writtenMultiplier(numberText: string): number {
  const s = numberText.normalize('NFKC');
  const m = DIGITS.exec(s);
  return m ? multiplierAfter(s, m.index + m[0].length) : 1;
}

function multiplierAfter(s: string, from: number): number {
  let multiplier = 1;
  for (const ch of s.slice(from)) multiplier *= MULTIPLIERS[ch] ?? 1;
  return multiplier;
}

export function lastDigitPlace(numberText: string): DigitPlace {
  let known = placeCache.get(numberText);
  if (!known) {
    if (placeCache.size >= 10_000) placeCache.clear();
    placeCache.set(numberText, (known = digitPlace(numberText)));
  }
  return known;
}

function digitPlace(numberText: string): DigitPlace {
  const s = numberText.normalize('NFKC');
  const m = DIGITS.exec(s);
  if (m) {
    const digits = m[0].replace(/,/g, '');
    const multiplier = multiplierAfter(s, m.index + m[0].length);
    const [int = '', frac = ''] = digits.split('.');
    const trailingZeros = frac ? 0 : int.length - int.replace(/0+$/, '').length;
    const written = (frac ? 10 ** -frac.length : 1) * multiplier;
    const place = frac ? written : 10 ** trailingZeros * multiplier;
    return { place, written, rounded: multiplier > 1 || frac.length > 0 };
  }
  let place = 1;
  for (const ch of s) if (MULTIPLIERS[ch]) place = MULTIPLIERS[ch]!;
  return { place, written: place, rounded: place > 1 };
}

/** The values a figure allows, given how it is written and qualified. */
export function valueInterval(figure: Pick<Figure, 'value' | 'valueMax' | 'qualifier'>, numberText: string): Interval {
  const v = figure.value;
  const { place, written, rounded } = lastDigitPlace(numberText);
  // Unqualified, a number is rounded at its last written digit, zeros included: `400万人` is no
  // rounding of 364万 (a writer who rounds that far writes 约400万).
  const half = rounded ? written / 2 : 0;
  const top = figure.valueMax ?? v;
  const slack = Math.max(place, Math.abs(v) * 0.1);
  switch (figure.qualifier) {
    case 'more_than':
      // `3.2万多` is 32,000..33,000: 多/余 stop at the next unit of the last written digit.
      // `超过1000` may be anything above.
      return MORE_SUFFIX.has(numberText.at(-1) ?? '') ? { lo: v, hi: top + place } : { lo: v, hi: top + slack };
    case 'about':
      return { lo: v - slack, hi: top + slack };
    case 'at_least':
      return { lo: v, hi: Infinity };
    case 'less_than':
      return { lo: -Infinity, hi: top };
    default:
      return { lo: v - half, hi: top + half };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Number of decimals a stated value is written with (`98%` → 0, `92.8%` → 1). */
export function decimalsOf(numberText: string): number {
  const m = /[.．·]([0-9０-９]+)/.exec(numberText.normalize('NFKC'));
  return m?.[1]?.length ?? 0;
}

/**
 * Format a value the way a reader expects it (no float noise, thousands separated). By hand:
 * toLocaleString goes through Intl, which costs microseconds per call on pages of 10,000 figures.
 */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const rounded = Math.round(v * 100) / 100;
  const [int = '', frac] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * A value as a Chinese reader writes it: 亿 and 万 for large numbers (`1387亿`, `62.8万`,
 * `4.4984亿`), no thousands separators, at most four decimals of the multiplier.
 */
export function formatZh(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  const trim = (x: number, decimals: number) => String(Number(x.toFixed(decimals)));
  if (abs >= 1e8) return `${trim(v / 1e8, 4)}亿`;
  if (abs >= 1e4) return `${trim(v / 1e4, 4)}万`;
  return trim(v, 2);
}
