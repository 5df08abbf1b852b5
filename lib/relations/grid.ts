// The relations a table of one cell per line states (lib/extract/grid.ts): a total row (`总计`,
// `合计`) is the sum of the rows above it, column by column; a column of shares (`比重(%)`) is each
// row's value over the row at 100 %; a column of ratios (`学生与专任教师比`) is one named column over
// another, row by row.
import { gridsOf, type GridCell, type GridRow } from '../extract/grid';
import { firstNumberAtOrAfter } from '../compare/sentences';
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isAdditive } from './text';

const isValue = (f: Figure | null | undefined): f is Figure => f !== null && f !== undefined && isAdditive(f);
const TOTAL_ROW = /^(?:总计|合计|总数|共计|小计|全市|全省|全县|全区|全州|全国)/;
// `学生与专任教师比`, `在校生与教职工之比`: the ratio of the columns the two names pick.
const RATIO_COLUMN = /^(.{1,10}?)与(.{1,10}?)(?:之)?比$/;

export function findGridRelations(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const figureOf = (c: GridCell | null | undefined) => {
    if (!c) return null;
    const f = figures[firstNumberAtOrAfter(figures, c.start)];
    return f && f.numberStart <= c.end && f.end >= c.start ? f : null;
  };
  for (const grid of gridsOf(text)) {
    // Column totals: each total row sums the rows since the last one.
    let from = 0;
    grid.rows.forEach((row, r) => {
      if (!TOTAL_ROW.test(row.label)) return;
      const parts = grid.rows.slice(from, r).filter((p) => !TOTAL_ROW.test(p.label));
      from = r + 1;
      if (parts.length < 2 || !row.aligned) return;
      grid.columns.forEach((_, k) => {
        const total = figureOf(row.cells[k]);
        const cells = parts.map((p) => figureOf(p.cells[k]));
        const listed = cells.filter((f): f is Figure => f !== null);
        if (!total || !isAdditive(total) || listed.length < 2 || !listed.every(isAdditive)) return;
        // A row that could not be aligned may hold a part of this column: then the list is open.
        out.push({ kind: 'parts', target: total, operands: listed, word: '总计', closed: parts.every((p: GridRow) => p.aligned), partition: true });
      });
    });
    // A column of shares (per cent) beside one column of values, with one row at 100 %: that row is
    // the whole, and every other row's share is its value over the whole's
    // (`常住人口 | 44.84 | 100.0` over `#城镇 | 18.65 | 41.59`).
    grid.columns.forEach((_, k) => {
      const shares = grid.rows.map((row) => figureOf(row.cells[k]));
      if (!shares.some((f) => f?.kind === 'percent')) return;
      const holdsValues = (j: number) => j !== k && grid.rows.some((row) => isValue(figureOf(row.cells[j])));
      const values = grid.columns.flatMap((__, j) => (holdsValues(j) ? [j] : []));
      const wholes = grid.rows.filter((_row, r) => shares[r]?.kind === 'percent' && shares[r]!.value === 100);
      if (values.length !== 1 || wholes.length !== 1) return;
      const whole = figureOf(wholes[0]!.cells[values[0]!]);
      if (!isValue(whole)) return;
      grid.rows.forEach((row, r) => {
        const share = shares[r];
        const part = figureOf(row.cells[values[0]!]);
        if (row !== wholes[0] && share?.kind === 'percent' && isValue(part)) out.push({ kind: 'share', target: share, operands: [whole, part], word: '比重' });
      });
    });
    // Ratio columns.
    grid.columns.forEach((name, k) => {
      const m = RATIO_COLUMN.exec(name.replace(/[(（][^()（）]*[)）]\s*$/, ''));
      if (!m) return;
      const columnOf = (word: string) => {
        const found = grid.columns.flatMap((c, j) => (j !== k && c.includes(word) ? [j] : []));
        return found.length === 1 ? found[0]! : -1;
      };
      const [a, b] = [columnOf(m[1]!), columnOf(m[2]!)];
      if (a < 0 || b < 0 || a === b) return;
      for (const row of grid.rows) {
        const [ratio, over, under] = [figureOf(row.cells[k]), figureOf(row.cells[a]), figureOf(row.cells[b])];
        if (ratio && over && under) out.push({ kind: 'average', target: ratio, operands: [over, under], word: name });
      }
    });
  }
  return out;
}
