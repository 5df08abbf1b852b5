import type { FigureKind } from '../types';
import type { Numeral } from '../numbers';
import type { UnitMatch } from './units';

/** The kind of figure, from how the number is written and its unit. */
export function kindOf(numeral: Numeral, unit: UnitMatch | null, isRank: boolean): FigureKind {
  if (isRank) return 'rank';
  if (numeral.proportion === 'percent' || numeral.proportion === 'permille') return 'percent';
  if (numeral.proportion === 'ratio') return 'ratio';
  if (unit) return unit.kind;
  return 'count';
}
