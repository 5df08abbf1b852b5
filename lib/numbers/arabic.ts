import { arabicDigitAt, isFullWidthDigit } from './chars';

export interface ArabicNumber {
  start: number;
  end: number;
  /** Digits without separators or decimal point, ASCII. */
  digits: string;
  /** How many of `digits` are after the decimal point. */
  decimals: number;
  /** All digits consumed; `digits` keeps only the first MAX_FIGURE_DIGITS + 1. */
  digitTotal: number;
}

/** Digit strings longer than this are identifiers (phone, ICP, serial numbers), not figures. */
export const MAX_FIGURE_DIGITS = 18;

function isThousandsGroup(text: string, i: number, fullWidth: boolean): boolean {
  for (let k = 0; k < 3; k++) {
    if (arabicDigitAt(text, i + k) < 0) return false;
    if (fullWidth !== isFullWidthDigit(text, i + k)) return false;
  }
  return arabicDigitAt(text, i + 3) < 0;
}

const SPACE_SEPARATOR = /[ \u00a0\u2009\u202f]/;
const HAN = /[\u4e00-\u9fff]/;

/** Text copied from PDFs writes the decimal point as a middle dot (`上涨1·8%`). */
export const MIDDLE_DOT = '·';

/** A middle dot is a decimal point only before the digits of a percentage: `9·11` is a date. */
function isDecimalDot(text: string, j: number): boolean {
  let k = j + 1;
  while (arabicDigitAt(text, k) >= 0) k++;
  return k > j + 1 && /[%％‰]/.test(text[k] ?? '');
}

/**
 * Reads an Arabic number at `i`: digits (ASCII or full-width), thousands separators (`1,234`,
 * full-width `１，２３４` only between full-width digits, since `，` is also the Chinese comma)
 * and a decimal point (`.`, `．`, or `·` in a percentage). Consumes the whole digit run even when it is too long to be
 * a figure, so that a scanner moving past it stays linear.
 */
export function readArabic(text: string, i: number): ArabicNumber | null {
  if (arabicDigitAt(text, i) < 0) return null;
  let j = i;
  let digits = '';
  let decimals = 0;
  let seenPoint = false;
  let grouped = false;
  let digitTotal = 0;
  while (j < text.length) {
    const d = arabicDigitAt(text, j);
    if (d >= 0) {
      if (digitTotal <= MAX_FIGURE_DIGITS) {
        digits += String(d);
        if (seenPoint) decimals++;
      }
      digitTotal++;
      j++;
      continue;
    }
    const ch = text[j];
    const prevFull = isFullWidthDigit(text, j - 1);
    if (!seenPoint && (ch === ',' || (ch === '，' && prevFull))) {
      const groupLen = grouped ? 3 : j - i;
      if (groupLen <= 3 && isThousandsGroup(text, j + 1, prevFull)) {
        grouped = true;
        j++;
        continue;
      }
      break;
    }
    // Yearbooks group thousands with a space (`321 146件`, `5 258件`): one number when the group right after the space
    // ends it before the word it counts (not `100 120 120%`, three cells of a table spaced by hand).
    if (!seenPoint && SPACE_SEPARATOR.test(ch ?? '') && !prevFull && (grouped ? 3 : j - i) <= 3 && isThousandsGroup(text, j + 1, false) && HAN.test(text[j + 4] ?? '')) {
      grouped = true;
      j++;
      continue;
    }
    if (!seenPoint && (ch === '.' || ch === '．' || (ch === MIDDLE_DOT && isDecimalDot(text, j))) && arabicDigitAt(text, j + 1) >= 0) {
      seenPoint = true;
      j++;
      continue;
    }
    break;
  }
  return { start: i, end: j, digits, decimals, digitTotal };
}

/** Exact decimal value of `digits` with `decimals` and a power of ten folded in. */
export function decimalValue(digits: string, decimals: number, exponent = 0): number {
  return Number(`${digits}e${exponent - decimals}`);
}
