// `共计1190件交办件,其中来电举报958件,来信举报232件` above a table `州市 | 总计 | 来电 | 来信` whose cells have no unit: the
// sentence before a table often gives its columns' totals, each named by the column's word, in their measure word. When
// every value column is named so, and all in one count unit, the table's cells are counts in that unit.
import { TOTAL_ROW, type Grid } from './grid';
import { readUnit } from './units';

/** How far above the table its sentence of totals may stand. */
const REACH = 400;
const TOTAL_WORDS = '共计|总计|合计|共';

/** The one count unit the prose right above the table gives every value column in, or null. */
export function proseUnitOf(text: string, grid: Grid): string | null {
  const start = grid.rows[0]?.labelStart;
  if (start === undefined || grid.columns.length < 2) return null;
  const before = text.slice(Math.max(0, start - REACH), start);
  let unit: string | null = null;
  for (const column of grid.columns) {
    const name = column.replace(/[(（][^()（）]*[)）]?\s*$/, '').trim();
    const words = TOTAL_ROW.test(name) ? TOTAL_WORDS : name.length >= 2 && /^[\u4e00-\u9fff]+$/.test(name) ? name : null;
    if (!words) return null;
    const m = new RegExp(`(?:${words})[\\u4e00-\\u9fff]{0,4}?[0-9]+(?:\\.[0-9]+)?`).exec(before);
    const found = m ? readUnit(before, m.index + m[0].length) : null;
    if (!found || found.kind !== 'count' || (unit !== null && found.unit !== unit)) return null;
    unit = found.unit;
  }
  return unit;
}
