// Tables in reports declare their unit once (`单位：元 币种：人民币`, `单位:万元`) and then write bare
// numbers grouped by thousands (`64,039,331,350.17`). A number grouped by thousands is a quantity
// even without a measure word (codes and identifiers are never grouped); its unit is the one the
// text declared last, when it declared one.
import type { Numeral } from '../numbers';
import { readUnit, type UnitMatch } from './units';

const GROUPED = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
const DECLARATION = /单位\s*[:：]\s*(亿|万|千)?(元|人|户|吨|平方米|公顷|亩|个|件)/g;
const FACTOR: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, 千: 1e3 };
// A declaration holds for its table: a few thousand characters at most.
const REACH = 3000;

export function isGroupedNumber(text: string, n: Numeral): boolean {
  return n.script === 'arabic' && n.multiplierExponent === 0 && GROUPED.test(text.slice(n.start, n.end));
}

export interface DeclaredUnit {
  unit: Pick<UnitMatch, 'unit' | 'kind'>;
  factor: number;
}

/** The unit declared last before `offset`, within a table's reach. */
export function declaredUnitBefore(text: string, offset: number): DeclaredUnit | null {
  const from = Math.max(0, offset - REACH);
  let last: RegExpExecArray | null = null;
  DECLARATION.lastIndex = 0;
  const window = text.slice(from, offset);
  for (let m = DECLARATION.exec(window); m; m = DECLARATION.exec(window)) last = m;
  if (!last) return null;
  const unit = readUnit(last[2]!, 0);
  return unit ? { unit: { unit: unit.unit, kind: unit.kind }, factor: FACTOR[last[1] ?? ''] ?? 1 } : null;
}
