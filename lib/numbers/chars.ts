// Character classes of numerals as they appear in Chinese news text.

/** Value of an Arabic digit, ASCII or full-width (０-９), or -1. */
export function arabicDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function isFullWidthDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xff10 && c <= 0xff19;
}

/** Chinese digits (including 两 and the financial forms) and their values. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 兩: 2,
};

/** Place units inside a Chinese numeral (十百千) and the large units (万亿). */
export const CHINESE_PLACES: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

export const CHINESE_LARGE: Readonly<Record<string, number>> = {
  万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};

export function isChineseNumeralChar(ch: string): boolean {
  return ch in CHINESE_DIGITS || ch in CHINESE_PLACES || ch in CHINESE_LARGE;
}

/** A number's minus sign: ASCII, the minus sign, the full-width hyphen (`-4.34‰`, `−4.34‰`). */
export const MINUS_SIGNS = new Set(['-', '−', '－']);

/** The characters of a set as a regular expression's character class. */
export const charClass = (chars: ReadonlySet<string>): string => `[${[...chars].map((c) => c.replace(/[-\]\\^]/g, '\\$&')).join('')}]`;

/** Range separators between two numbers: `2~3`, `2—3`, `2-3`, `2至3`. */
export const RANGE_SEPARATORS = new Set(['~', '～', '-', '－', '—', '–', '至', '到']);
