// Numeral parsing for Chinese text: Arabic, Chinese and mixed numbers, multipliers, ranges, fractions.
export { readNumeral, parseNumber, numeralRunEnd, LONE_PLACE_QUALIFIERS } from './numeral';
export type { Numeral } from './numeral';
export { parseChineseInteger, parseChineseNumeral } from './chinese';
export type { ChineseValue } from './chinese';
export { readArabic, decimalValue, MAX_FIGURE_DIGITS } from './arabic';
export { readMultiplier } from './multiplier';
export { arabicDigitAt, CHINESE_DIGITS, isChineseNumeralChar } from './chars';
