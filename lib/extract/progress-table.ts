// Progress tables: a plan, what is done and the progress side by side (`目标任务 | 累计完成 | 累计进度`,
// `工作目标 已完成数 占年任务之比`), each row's progress its done value over its plan. Tables of one cell
// per line with merged cells (./grid.ts) and tables as plain text with spaces between cells both
// give their rows in this shape.
import type { Grid } from './grid';

/** A column that states the plan. */
export const PLAN_COLUMN = /计划|目标|任务/;
/** A column of progress against the plan (`完成率`, `占全年计划`, `累计进度`). */
export const PROGRESS_COLUMN = /完成率|完成比例|进度|占[^|]{0,4}(?:计划|目标|任务)|计划完成/;
const PROGRESS_HEADER = [PLAN_COLUMN, /完成|实际|累计/, PROGRESS_COLUMN] as const;

/** Whether the three names from `i` are a plan, what is done and the progress, in that order. */
export function namesProgress(names: readonly (string | null)[], i: number): boolean {
  return PROGRESS_HEADER.every((re, k) => {
    const name = names[i + k];
    return name != null && re.test(name) && (k === 2 || !PROGRESS_HEADER[2].test(name));
  });
}

export const PERCENT_CELL = /%$/;

// The same table as plain text, its columns apart by spaces (`考核指标 单 位 工作目标 已完成数 占年任务之比 备  注`,
// then `1 城镇新增就业 万人 5.2 7.23  139.1% 人力资源社会保障局`): a header line that names a plan, what is done
// and the progress side by side, and under it rows that give the three side by side.
// Without a plan word and then a done word two cells on, a text holds no such header (a cheap test of the whole text).
export const SPACED_HINT = /(?:计划|目标|任务)[^\s|]{0,8}[ \t]+[^\s|]{0,8}(?:完成|实际|累计)/;
const NUMBER = String.raw`-?[0-9][0-9,]*(?:\.[0-9]+)?`;
const SPACED_ROW = new RegExp(String.raw`(?:^|[ \t])(${NUMBER})[ \t]+(${NUMBER})[ \t]+(${NUMBER}%)(?=[ \t]|$)`);
// A table's rows are contiguous: it ends at a blank line or after this many lines without a row.
const MAX_ROWLESS_LINES = 6;

export function readSpacedProgressGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let grid: Grid | null = null;
  let rowless = 0;
  for (const line of lines) {
    const at = offset;
    offset += line.length + 1;
    const names = /[ \t]/.test(line) ? line.trim().split(/[ \t]+/) : [];
    const header = names.findIndex((_, k) => namesProgress(names, k));
    if (header >= 0) {
      grid = { columns: names.slice(header, header + 3), rows: [] };
      grids.push(grid);
      rowless = 0;
      continue;
    }
    if (!grid) continue;
    const row = SPACED_ROW.exec(line);
    if (!row) {
      if (line.trim() === '' || ++rowless >= MAX_ROWLESS_LINES) grid = null;
      continue;
    }
    rowless = 0;
    const label = line.slice(0, row.index).replace(/^\s*[0-9]{1,3}\s+/, '').trim();
    let from = at + row.index;
    const cells = [row[1]!, row[2]!, row[3]!].map((cell) => {
      const start = text.indexOf(cell, from);
      from = start + cell.length;
      return { start, end: from };
    });
    grid.rows.push({ label, labelStart: at, labelEnd: at + row.index, cells, aligned: true });
  }
  return grids.filter((g) => g.rows.length > 0);
}

