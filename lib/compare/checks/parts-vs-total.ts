// A total against its parts, after 其中 or in a breakdown one item per line (lib/relations/parts.ts):
// parts must not exceed their total, and a complete list must add up to it.
import { relationCheck } from '../relation-check';

export const partsVsTotal = relationCheck('parts-vs-total', ['parts'], 'Parts must not exceed their total, and a complete list must add up to it.');
