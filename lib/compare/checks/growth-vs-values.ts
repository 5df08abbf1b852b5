// A stated growth or change in percentage points against the two values the text gives
// (lib/relations/growth.ts): `由A增加到B，增长X%`, `由a%提高到b%，提高N个百分点`.
import { relationCheck } from '../relation-check';

export const growthVsValues = relationCheck('growth-vs-values', ['growth', 'points'], 'Recompute a stated growth or change in points from the two values given.');
