// A stated average against the total and the divisor beside it (lib/relations/averages.ts):
// `均价45659元/㎡` against `总金额55.48亿元` and `12151.88㎡`.
import { relationCheck } from '../relation-check';

export const averageVsTotal = relationCheck('average-vs-total', ['average'], 'Recompute a stated average from the total and the divisor its sentence gives.');
