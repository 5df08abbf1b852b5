import type { ExclusionRule } from '../candidate';
import { isLatinLetter } from '../text-classes';

/** Codes and model names written with Latin letters: `5G`, `G4`, `COVID-19`, `H5N1`. */
export const letterCodes: ExclusionRule = {
  id: 'letter-code',
  description: 'codes and model names joined to Latin letters (5G, G4, COVID-19)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (n.script !== 'arabic') return false;
    const before = text[n.start - 1];
    const beforeHyphen = before === '-' ? text[n.start - 2] : undefined;
    return isLatinLetter(before) || isLatinLetter(beforeHyphen) || (!c.unit && isLatinLetter(text[n.end]));
  },
};
