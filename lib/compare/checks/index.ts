// Every check a journalist relies on, one file each. Adding a check is adding a file here, listing
// it below, and adding its id (the file's name) to CHECK_IDS in lib/enums.ts.
import type { Check } from '../context';
import { averageVsTotal } from './average-vs-total';
import { doneVsPlanned } from './done-vs-planned';
import { garbledStatement } from './garbled-statement';
import { growthVsValues } from './growth-vs-values';
import { partsVsTotal } from './parts-vs-total';
import { plausibleMagnitude } from './plausible-magnitude';
import { rateVsCounts } from './rate-vs-counts';
import { sameMetric } from './same-metric';
import { shareOfTotal } from './share-of-total';

export const CHECKS: readonly Check[] = [
  rateVsCounts,
  shareOfTotal,
  partsVsTotal,
  growthVsValues,
  averageVsTotal,
  doneVsPlanned,
  plausibleMagnitude,
  sameMetric,
  garbledStatement,
];
