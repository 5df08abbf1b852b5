// `性别比(以女性为100,男性对女性的比例)为100.96`: a sex ratio is men per hundred women, a bare number that is a figure
// (kind ratio, no unit) where the words before it name it. The 100 inside the brackets defines the ratio and is none.
import type { Numeral } from '../numbers';

export const SEX_RATIO_BEFORE = /(?:性别比|性別比)(?:[(（][^()（）\n]{0,30}[)）])?\s*(?:为|為|是|达|達)?\s*$/;

/** Whether the number is a sex ratio the words right before it name. */
export function isSexRatio(text: string, n: Numeral): boolean {
  return n.script === 'arabic' && n.multiplierExponent === 0 && SEX_RATIO_BEFORE.test(text.slice(Math.max(0, n.start - 48), n.start));
}
