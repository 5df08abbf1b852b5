// A stated rate against the counts it is computed from, paired by meaning (lib/relations/rates.ts):
// `征求意见建议24.94万条，办理回复24.44万条，办理回复率98%` → 24.44/24.94 = 98.0%, holds.
import { relationCheck } from '../relation-check';

export const rateVsCounts = relationCheck('rate-vs-counts', ['rate'], 'Recompute a stated rate from the counts it names, with the rounding the text uses.');
