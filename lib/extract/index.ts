// Figure extraction: every figure in a Chinese news text, with offsets, value, unit, qualifier,
// kind, label and subject.
export { extractFigures } from './extract';
export { EXCLUSION_RULES, findExclusion } from './exclusions';
export type { Candidate, ExclusionRule } from './candidate';
export { scanCandidates } from './scan';
export { readUnit } from './units';
export type { UnitMatch } from './units';
export { readQualifierAfter, readQualifierBefore } from './qualifiers';
export { labelAfter, labelBefore } from './label';
export { findSubject } from './subject';
export type { ClauseStarts } from './subject';
export { BoundaryTracker } from './boundaries';
export { SentenceLocator } from './sentences';
