// The registry of exclusion rules: each says one kind of number is not a figure.
import type { Candidate, ExclusionRule } from '../candidate';
import { ageGroups } from './age-groups';
import { contactNumbers } from './contact-numbers';
import { datesAndTimes } from './dates-and-times';
import { generationLabels } from './generation-labels';
import { letterCodes } from './letter-codes';
import { numberedNames } from './numbered-names';
import { ordinalNames } from './ordinal-names';
import { numeralPlaceNames, placeAndRouteNames } from './place-and-route-names';
import { setPhrases } from './set-phrases';
import { vagueQuantities } from './vague-quantities';

export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  datesAndTimes,
  ordinalNames,
  placeAndRouteNames,
  numeralPlaceNames,
  numberedNames,
  setPhrases,
  generationLabels,
  contactNumbers,
  letterCodes,
  vagueQuantities,
  ageGroups,
];

/** The first rule that excludes the candidate, or null if it may be a figure. */
export function findExclusion(c: Candidate): ExclusionRule | null {
  for (const rule of EXCLUSION_RULES) if (rule.excludes(c)) return rule;
  return null;
}

export { ageGroups, contactNumbers, datesAndTimes, generationLabels, letterCodes, numberedNames, numeralPlaceNames, ordinalNames, placeAndRouteNames, setPhrases, vagueQuantities };
export { isRankAfterDi } from './ordinal-names';
