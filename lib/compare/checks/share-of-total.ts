// A stated share against its part and total (lib/relations/shares.ts): `占整改问题总数的96.18%`,
// `分别占比a%、b%`.
import { relationCheck } from '../relation-check';

export const shareOfTotal = relationCheck('share-of-total', ['share'], 'Recompute a stated share from its part and the total it names.');
