// A table's own unit line (`| 单位:人 |` above its header, `单位:%` above a table of shares, or `单位:人、%` under
// it, one unit per column in order): the unit of the columns whose headers give none.
import type { Grid } from './grid';

// Before the first row: the table's caption and header; after the last: its footer line.
const BEFORE_REACH = 400;
const AFTER_REACH = 40;
const DECLARATION = /[单單]位\s*[:：]\s*([^\s|，,。；;]{1,16})/g;

/** The units a table declares, as written (`人`, `万元`, `%`), one for every column or one for all; null when none. */
export function declaredColumnUnits(text: string, grid: Grid): string[] | null {
  const first = grid.rows[0];
  const lastRow = grid.rows.at(-1);
  if (!first || !lastRow) return null;
  const end = Math.max(lastRow.labelEnd, ...lastRow.cells.map((c) => c?.end ?? 0));
  const before = [...text.slice(Math.max(0, first.labelStart - BEFORE_REACH), first.labelStart).matchAll(DECLARATION)].at(-1);
  const after = [...text.slice(end, end + AFTER_REACH).matchAll(DECLARATION)][0];
  const units = (before ?? after)?.[1]!.split(/[、/]/);
  return units && (units.length === 1 || units.length === grid.columns.length) ? units : null;
}
