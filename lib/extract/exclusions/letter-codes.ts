import type { ExclusionRule } from '../candidate';
import { isLatinLetter } from '../text-classes';

// Gross domestic (or national) product, consumer and producer prices.
const MEASURE_ACRONYM = /(?:^|[^A-Za-z])(?:GDP|GNP|GNI|CPI|PPI)$/;

/** Codes and model names written with Latin letters: `5G`, `G4`, `COVID-19`, `H5N1`. */
export const letterCodes: ExclusionRule = {
  id: 'letter-code',
  description: 'codes and model names joined to Latin letters (5G, G4, COVID-19)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (n.script !== 'arabic') return false;
    // An economic measure's acronym names the amount after it (`GDP380.75亿元`): no code.
    if (c.unit && MEASURE_ACRONYM.test(text.slice(Math.max(0, n.start - 4), n.start))) return false;
    const before = text[n.start - 1];
    const beforeHyphen = before === '-' ? text[n.start - 2] : undefined;
    return isLatinLetter(before) || isLatinLetter(beforeHyphen) || (!c.unit && isLatinLetter(text[n.end]));
  },
};
