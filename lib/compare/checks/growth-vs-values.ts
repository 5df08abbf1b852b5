// A stated change against the two values the text gives (lib/relations/changes.ts): growth
// (`从2191件上升至6055件，增长约1.76倍`), percentage points (`由a%提高到b%，提高N个百分点`) and gaps to a
// named comparison (`比全市低2568元（全市为21585元）`).
import { relationCheck } from '../relation-check';

export const growthVsValues = relationCheck('growth-vs-values', ['growth', 'points', 'difference'], 'Recompute a stated growth, change in points or gap from the two values the text gives.');
