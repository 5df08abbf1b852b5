// A comparison table's row: this period's value, the previous one and their change, in the columns
// its header names (`本报告期 上年同期 本报告期比上年同期增减(%)`, lib/extract/table-rows.ts). The change
// in per cent is growth from the previous value to this one; `增加1.30个百分点` between two values in
// per cent is their difference in points.
import { tableRowAt } from '../extract/table-rows';
import type { Figure } from '../types';
import type { Relation } from './relation';
import { FALL } from './changes';
import { isQuantity, numberText } from './text';

// A change the values' own rounding leaves this loose (relative to the change) cannot be checked at
// its written precision: `0.52 0.38 36.84` allows 33.8 %–40.0 % from rounding alone.
const LOOSEST = 0.05;

/** Half a unit of the last written digit. */
function halfStep(text: string, f: Figure): number {
  const written = numberText(text, f).replace(/,/g, '');
  const decimals = written.includes('.') ? written.split('.')[1]!.length : 0;
  return 0.5 * 10 ** -decimals * (f.value !== 0 ? Math.abs(f.value / Number(written)) : 1);
}

/** Whether the values, each rounded at its last digit, pin the growth to within LOOSEST of it. */
export function decidable(text: string, before: Figure, after: Figure, change: Figure): boolean {
  const [b, db, a, da] = [before.value, halfStep(text, before), after.value, halfStep(text, after)];
  if (b - db <= 0) return false;
  const width = ((a + da) / (b - db) - (a - da) / (b + db)) * 100;
  return width <= LOOSEST * Math.max(Math.abs(change.value), 1);
}

export function findTableRowChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  let lastRow = -1;
  figures.forEach((f, i) => {
    if (f.numberStart <= lastRow) return;
    const row = tableRowAt(text, f.numberStart);
    if (!row) return;
    lastRow = row.cells[2]!.end;
    const onRow = figures.slice(i, i + 3);
    const [a, b, c] = row.cells.map((cell) => onRow.find((g) => cell.start <= g.numberStart && g.numberStart < cell.end));
    if (!a || !b || !c || a.unit !== b.unit || a.kind !== b.kind) return;
    const [before, after] = row.currentFirst ? [b, a] : [a, b];
    if (c.kind === 'percent' && isQuantity(a)) {
      if (!decidable(text, before, after, c)) return;
      out.push({ kind: 'growth', target: c, operands: [before, after], word: '增减' });
    } else if (c.kind === 'percentage_points' && a.kind === 'percent') {
      const verb = /增加|减少/.exec(text.slice(row.cells[2]!.start, c.numberStart))?.[0];
      if (verb) out.push({ kind: 'points', target: c, operands: [before, after], word: verb, falling: FALL.test(verb) });
    }
  });
  return out;
}
