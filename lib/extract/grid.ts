// Tables whose cells stand one per line: a page's <table> reads that way once every cell is a
// block, and saved copies often keep a `|` after each cell, on the cell's line or on a line of its own:
//   类别 | 学校数 | 班级数 | … | 学生与专任教师比 |
//   学前教育 | 650 | 4318 | … | 13.86 |
//   …
//   总计 | 1212 | 18670 | … | 16.20 |
// A header is a run of short label lines; each row is a label and one number (or a placeholder,
// `/`) per column. A row with fewer values than columns cannot be aligned and keeps no cells, except
// in a progress table (./progress-table.ts), read by its plan, done and progress columns.
import { namesProgress, PERCENT_CELL, readSpacedProgressGrids, SPACED_HINT } from './progress-table';
import { readUnit } from './units';
import { readMultiplier } from '../numbers/multiplier';

export interface GridCell {
  /** The number's offsets. */
  start: number;
  end: number;
}

export interface GridRow {
  label: string;
  /** A column the row has no cell in (a cell merged with the row above's): its value is unknown, not none. */
  gap?: number;
  /** Where the label stands in the text. */
  labelStart: number;
  labelEnd: number;
  /** One per value column, null where the row has a placeholder or could not be aligned. */
  cells: (GridCell | null)[];
  aligned: boolean;
  /** The unit a `单位` column gives the row (`人`, `万元`), as written. */
  unit?: string;
  /** The unit the row's label gives in brackets (`总人口(万人)`), or its section heading's, or the row's above it (`男` under it). */
  labelUnit?: string;
}

export interface Grid {
  /** The value columns' names, as the header writes them. */
  columns: string[];
  rows: GridRow[];
}

/** A row (or column) that totals the others: `总计`, `合计`, `全市`. */
export const TOTAL_ROW = /^(?:总计|合计|总数|共计|小计|全市|全省|全县|全区|全州|全国)/;

/** Statistical tables mark a 其中 row or column with `#` (`#城镇`, `#卫生技术人员`), or write it out (`其中:城镇`). */
export const SUB_ITEM = /^(?:[#＃]|其中[:：]\s*)/;
/** A header's unit in brackets at its end (`年末数(万人)`; a converted PDF may lose the `)`). */
export const HEADER_UNIT = /[(（]([^()（）]{1,6})[)）]?\s*$/;

/**
 * The header that gives column `k` its unit: its own, or for a `#` column without a unit in
 * brackets, that of the column it is part of.
 */
export function unitHeader(grid: Grid, k: number): string {
  let j = k;
  while (j > 0 && SUB_ITEM.test(grid.columns[j]!) && !HEADER_UNIT.test(grid.columns[j]!)) j--;
  return grid.columns[j]!;
}

export interface GridPlace {
  grid: Grid;
  row: number;
  column: number;
}

interface Token {
  kind: 'number' | 'blank' | 'label' | 'other';
  text: string;
  start: number;
  end: number;
}

const NUMBER_CELL = /^-?[0-9][0-9,]*(?:\.[0-9]+)?%?$/;
// A placeholder: a slash or a dash, or a dash doubled (`——`, `--`).
const BLANK_CELL = /^(?:[/／\-—–－]|——|--)$/;
const MAX_LABEL = 20;
const SENTENCE_MARKS = /[。，,；;：:！？!?]/;
// A grid needs at least this many rows that align with its header.
const MIN_ALIGNED_ROWS = 2;
const MIN_VALUE_COLUMNS = 2;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  // Where a copy keeps a line of its own after each cell (`|`), a cell may wrap over lines
  // (`机构数` / `(个)`): the short lines since the last such separator are one cell.
  let cellFrom = -1;
  let from = 0;
  // Within a table whose cells spaces set apart: its rows go on, line after line, under its header.
  let spacedRows = false;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    const start = from;
    from = to + 1;
    if (!/[^\s|]/.test(raw)) {
      if (raw.includes('|')) {
        joinCell(out, cellFrom);
        cellFrom = out.length;
      }
      continue;
    }
    // A line that ends its own cell (`社会从业人员 |`) is a cell whole: a line of `|` after such lines ends a row.
    if (raw.includes('|')) cellFrom = -1;
    const nextEnd = text.indexOf('\n', from);
    const spaced = spacedCellsOf(raw, start, text.slice(from, nextEnd < 0 ? text.length : nextEnd), spacedRows);
    spacedRows = spaced !== null;
    out.push(...(spaced ?? cellsOf(raw, start)));
  }
  return withYearsAsNames(out);
}

// A header of years (`| 项目 | 2008 | 2009 | 2010 |`, or `2014` / `2013` one per line): a run of two years or more, one apart, between
// a name and the next (the first row's label), names columns, not values.
const YEAR_CELL = /^(?:19|20)[0-9]{2}$/;

function withYearsAsNames(toks: Token[]): Token[] {
  for (let i = 1; i < toks.length; i++) {
    if (toks[i - 1]!.kind !== 'label' || !YEAR_CELL.test(toks[i]!.text)) continue;
    let j = i + 1;
    while (j < toks.length && YEAR_CELL.test(toks[j]!.text) && Math.abs(Number(toks[j]!.text) - Number(toks[j - 1]!.text)) === 1) j++;
    if (j - i >= 2 && toks[j]?.kind === 'label') for (let k = i; k < j; k++) toks[k] = { ...toks[k]!, kind: 'label' };
    i = j;
  }
  return toks;
}

// A copy that sets a table's cells apart by spaces alone (`其中:城镇户籍人口 359316 33.5`, under `指  标 年末数 比重%`): a header,
// a line of names right above a row, one name a word; then its rows, each a label and two numbers or more after it, line
// after line, headings between them.
const SPACED_ROW = /^(\s*[^\s|].*?)((?:[ \t]+-?[0-9][0-9,]*(?:\.[0-9]+)?%?){2,})[ \t]*$/;
const SPACED_HEADER = /^[ \t]*[^\s|0-9０-９][^|0-9０-９。，,；;：:]*$/;

/**
 * The cells of a spaced table's line: once rows have begun (`inRows`), a row, or a heading within the table (`(二)按行业划分`)
 * when `next` is a row; else a header when `next` is a row.
 */
function spacedCellsOf(line: string, start: number, next: string, inRows: boolean): Token[] | null {
  if (line.includes('|')) return null;
  const row = inRows ? SPACED_ROW.exec(line) : null;
  if (row) {
    const label = row[1]!.trim();
    const out: Token[] = [tokenOf(label, start + line.indexOf(label))];
    for (const m of row[2]!.matchAll(/-?[0-9][0-9,]*(?:\.[0-9]+)?%?/g)) {
      const at = start + row[1]!.length + m.index;
      out.push(tokenOf(m[0], at));
    }
    return out;
  }
  if (!SPACED_HEADER.test(line) || !SPACED_ROW.test(next)) return null;
  if (inRows) {
    const heading = line.trim();
    return [tokenOf(heading, start + line.indexOf(heading))];
  }
  if (!/\S[ \t]+\S/.test(line.trim())) return null;
  // A name of two characters set apart to the width of three (`全  市`, `指  标`) is one name.
  const names: Token[] = [];
  const single = (t: string) => /^[\u4e00-\u9fff]$/.test(t);
  for (const m of line.matchAll(/\S+/g)) {
    const last = names.at(-1);
    if (last && single(m[0]) && single(last.text) && start + m.index - last.end >= 2) names[names.length - 1] = { ...last, text: last.text + m[0], end: start + m.index + 1 };
    else names.push(tokenOf(m[0], start + m.index));
  }
  // A header with one name a value column and none over the rows' labels (`全  市 吴兴区 …` over `一、农村经济总收入 42747505 …`): its
  // corner is empty.
  const values = SPACED_ROW.exec(next)![2]!.trim().split(/[ \t]+/).length;
  return names.length === values ? [{ kind: 'label', text: '', start, end: start }, ...names] : names;
}

/**
 * A line's cells: the line itself, or where a copy keeps a whole row on it, each cell between `|`s. In a row an
 * empty cell (`| 总户数 | 户 | 64933 | |`: no share for a count of households) is a blank, so that the row aligns.
 */
function cellsOf(line: string, start: number): Token[] {
  const pieces: { text: string; start: number }[] = [];
  let at = start;
  for (const text of line.split('|')) {
    pieces.push({ text, start: at });
    at += text.length + 1;
  }
  // The `|`s that open and close the line bound no cell.
  if (!pieces[0]!.text.trim()) pieces.shift();
  if (pieces.length > 0 && !pieces.at(-1)!.text.trim()) pieces.pop();
  const row = pieces.filter((p) => p.text.trim()).length >= 2;
  const out: Token[] = [];
  for (const piece of pieces) {
    const cell = piece.text.trim();
    if (!cell) {
      if (row) out.push({ kind: 'blank', text: '', start: piece.start, end: piece.start });
      continue;
    }
    const from = piece.start + /^\s*/.exec(piece.text)![0].length;
    out.push(tokenOf(cell, from));
  }
  return out;
}

/** The cell written `body` at offset `at`. */
const tokenOf = (body: string, at: number): Token => ({ kind: kindOf(body), text: body, start: at, end: at + body.length });

function kindOf(body: string): Token['kind'] {
  if (NUMBER_CELL.test(body)) return 'number';
  if (BLANK_CELL.test(body)) return 'blank';
  return body.length <= MAX_LABEL && (!SENTENCE_MARKS.test(body.replace(SUB_ITEM, '')) || BREAKDOWN_HEADING.test(body)) ? 'label' : 'other';
}
// A heading of a breakdown within a table (`按性别分:`): a label, though it ends in a colon.
const BREAKDOWN_HEADING = /^按[\u4e00-\u9fff]{1,6}分[：:]$/;

/** Joins the label lines pushed since `from` into one cell, when they are all labels and short enough together. */
function joinCell(out: Token[], from: number): void {
  if (from < 0 || out.length - from < 2) return;
  const lines = out.slice(from);
  const text = lines.map((t) => t.text).join('');
  if (!lines.every((t) => t.kind === 'label') || text.length > MAX_LABEL) return;
  out.splice(from, lines.length, { kind: 'label', text, start: lines[0]!.start, end: lines[lines.length - 1]!.end });
}

const isValue = (t: Token | undefined) => t?.kind === 'number' || t?.kind === 'blank';

// A first column that numbers or ranks the rows (`序号 | 州市 | 总计 …`, `1 | 昆明市 | 475 …`; `人口排名 | 區劃 | …`) names nothing:
// it and the row numbers (1, 2, 3 … in order, each before a row's label) are left out. A row it leaves unnumbered (a sub-row,
// `全 市`) stands shifted left in a copy, its empty cell at the end (`全 市 | 107.5 | 122.14 | 106.73 | |`): no cell.
const ROW_NUMBER_HEADER = /^(?:序号|序號|编号|編號|序|No\.?|[\u4e00-\u9fff]{0,4}(?:排名|排序|名次))$/;

function withoutRowNumbers(toks: Token[]): Token[] {
  const at = toks.findIndex((t) => t.kind === 'label' && ROW_NUMBER_HEADER.test(t.text));
  if (at < 0) return toks;
  const out = toks.slice(0, at);
  let next = 1;
  for (let i = at + 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'number' && Number(t.text) === next && toks[i + 1]?.kind === 'label') {
      next++;
      continue;
    }
    if (t.kind === 'blank' && t.text === '') continue;
    out.push(t);
  }
  return next > 1 ? out : toks;
}

function isProgressHeader(toks: readonly Token[], i: number): boolean {
  return namesProgress(toks.slice(i, i + 3).map((t) => (t.kind === 'label' ? t.text : null)), 0);
}

/** The grid of a progress table whose header's plan column is at `i`: one row per run of plan, done, progress. */
function progressGrid(toks: readonly Token[], i: number): { grid: Grid; end: number } {
  const columns = toks.slice(i, i + 3).map((t) => t.text);
  const rows: GridRow[] = [];
  let j = i + 3;
  for (; j < toks.length && !isProgressHeader(toks, j); j++) {
    const [plan, done, progress] = [toks[j]!, toks[j + 1], toks[j + 2]];
    const runStart = !isValue(toks[j - 1]) && !isValue(toks[j + 3]);
    if (!runStart || plan.kind !== 'number' || done?.kind !== 'number' || progress?.kind !== 'number') continue;
    if (PERCENT_CELL.test(plan.text) || PERCENT_CELL.test(done.text) || !PERCENT_CELL.test(progress.text)) continue;
    let k = j - 1;
    while (k >= i + 3 && toks[k]!.kind !== 'label') k--;
    const label = k >= i + 3 ? toks[k] : undefined;
    rows.push({
      label: label?.text ?? '',
      labelStart: label?.start ?? plan.start,
      labelEnd: label?.end ?? plan.start,
      cells: [plan, done, progress].map((t) => ({ start: t.start, end: t.end })),
      aligned: true,
    });
    j += 2;
  }
  return { grid: { columns, rows }, end: j };
}

// A column of units (`指标 | 单位 | 2016年 | 2015年 | 同比增长%`, `社会从业人员 | 人 | 21675 | …`): each row's
// unit cell is taken out of the cells and kept as the row's unit, the header with it.
const UNIT_HEADER = /^(?:计量|計量)?[单單]\s*位$/;

function isUnitCell(cell: string): boolean {
  const mult = readMultiplier(cell, 0);
  const rest = cell.slice(mult?.end ?? 0);
  if (rest === '' && mult) return true;
  const unit = readUnit(rest, 0);
  return unit !== null && unit.end === rest.length;
}

function withoutUnitColumn(toks: Token[]): { toks: Token[]; units: Map<number, string> } {
  const units = new Map<number, string>();
  const out: Token[] = [];
  let headed = false;
  toks.forEach((t, i) => {
    if (t.kind === 'label' && UNIT_HEADER.test(t.text)) {
      headed = true;
      return;
    }
    const rowLabel = out.at(-1);
    if (headed && t.kind === 'label' && rowLabel?.kind === 'label' && isValue(toks[i + 1]) && isUnitCell(t.text)) {
      units.set(rowLabel.start, t.text);
      return;
    }
    out.push(t);
  });
  return units.size > 0 ? { toks: out, units } : { toks, units };
}

// Yearbook tables head their sections with numbered lines (`二、城乡人口(万人)`) and give units in the row labels
// (`总人口(万人)`, then `男`, `女` in the same unit).
const NUMBERED_SECTION = /^[一二三四五六七八九十]{1,3}[、.．]/;
const INDICATOR_CORNER = /^指\s*标$/;
// (A label line with neither a number nor a unit between rows is a row with no cells, `眉山天府新区`: the table ends there.)
// (`(一)按经营形式划分`, a heading numbered in brackets, heads its rows too.)
const SECTION_HEADING = new RegExp(`${NUMBERED_SECTION.source}|${HEADER_UNIT.source}|${BREAKDOWN_HEADING.source}|^[(（][一二三四五六七八九十]{1,3}[)）]`);
// A row of a ratio or a rate is in no count's unit (`性别比` under `总人口(万人)`).
const RATIO_ROW = /比$|率$|比重$/;

interface RowUnits {
  section: string | undefined;
  above: string | undefined;
}

/** A row's unit from its label, else its section heading's, else the row above's; `units` goes on to the next row. */
function rowUnit(label: string, units: RowUnits): string | undefined {
  const own = HEADER_UNIT.exec(label)?.[1];
  if (own) {
    units.above = own;
    return own;
  }
  return RATIO_ROW.test(label) ? undefined : (units.section ?? units.above);
}

function readGrids(text: string): Grid[] {
  const { toks, units: unitColumn } = withoutUnitColumn(withoutRowNumbers(tokens(text)));
  const grids: Grid[] = [];
  for (let i = 0; i < toks.length; ) {
    if (toks[i]!.kind !== 'label') {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < toks.length && toks[runEnd]!.kind === 'label') runEnd++;
    let values = 0;
    while (isValue(toks[runEnd + values])) values++;
    // A numbered section heading between the header and the first row (`一、总户数和总人口`) is no column.
    const headerLabels = toks.slice(i, runEnd - 1).filter((t) => !NUMBERED_SECTION.test(t.text));
    // A yearbook's list of indicators, one value each under `指标` (`指 标` / `人口(万人)` / `总人口` / `3171.0`): one unnamed
    // column, the labels between the corner and the first row section headings.
    const corner = headerLabels.findIndex((t) => INDICATOR_CORNER.test(t.text));
    const oneColumn = values === 1 && corner >= 0;
    // A column of words after the values, on the row's line (`| 99.30% | 生活垃圾、废弃家具乱堆放…等 |`, under `案件主要类型`): its
    // cells and its name are no value column.
    const wordsAfter = (from: number) => {
      let k = 0;
      while (from + k < toks.length && !isValue(toks[from + k]) && !text.slice(toks[from + k - 1]!.end, toks[from + k]!.start).includes('\n')) k++;
      return k;
    };
    const trailing = values > 0 ? wordsAfter(runEnd + values) : 0;
    const labels = oneColumn ? MIN_VALUE_COLUMNS + 2 : headerLabels.length + 1 - trailing;
    const columns = oneColumn ? [''] : headerLabels.slice(0, headerLabels.length - trailing).slice(-values).map((t) => t.text);
    // A progress header that is not the columns the first row gives (merged cells leave rows of
    // uneven width): the table is read by its progress columns.
    const header = toks.slice(i, runEnd).findIndex((_, k) => isProgressHeader(toks, i + k));
    if (header >= 0 && !columns.includes(toks[i + header]!.text)) {
      const { grid, end } = progressGrid(toks, i + header);
      if (grid.rows.length > 0) grids.push(grid);
      i = end;
      continue;
    }
    // The run holds the header (a corner and one name per value column) and the first row's label.
    if ((values < MIN_VALUE_COLUMNS && !oneColumn) || labels < values + 2) {
      i = runEnd + Math.max(values, 1);
      continue;
    }
    const rows: GridRow[] = [];
    const rowTokens: Token[][] = [];
    let at = runEnd - 1;
    const sectionUnit = (from: number, to: number) => toks.slice(from, to).map((t) => HEADER_UNIT.exec(t.text)?.[1]).filter((u) => u !== undefined).at(-1);
    let units: RowUnits = { section: oneColumn ? sectionUnit(i, runEnd - 1) : undefined, above: undefined };
    for (;;) {
      // Label lines before a row, once rows have begun, head a section of the table (`二、城乡人口(万人)`): it goes on. (In a
      // list of indicators, whose rows are a label and a value each, any label line before a row's label is a heading.)
      let heading = at;
      while (rows.length > 0 && toks[heading]?.kind === 'label' && toks[heading + 1]?.kind === 'label' && (oneColumn || SECTION_HEADING.test(toks[heading]!.text))) heading++;
      if (heading > at && isValue(toks[heading + 1])) {
        units = { section: sectionUnit(at, heading), above: undefined };
        at = heading;
      }
      if (!(toks[at]?.kind === 'label' && isValue(toks[at + 1]))) break;
      let n = 0;
      while (isValue(toks[at + 1 + n])) n++;
      rowTokens.push(toks.slice(at + 1, at + 1 + n));
      const aligned = n === values;
      const cells = columns.map((_, k) => {
        const t = toks[at + 1 + k];
        return aligned && t!.kind === 'number' ? { start: t!.start, end: t!.end } : null;
      });
      const unit = unitColumn.get(toks[at]!.start);
      const labelUnit = rowUnit(toks[at]!.text, units);
      rows.push({ label: toks[at]!.text, labelStart: toks[at]!.start, labelEnd: toks[at]!.end, cells, aligned, ...(unit ? { unit } : {}), ...(labelUnit ? { labelUnit } : {}) });
      at += 1 + n + (trailing > 0 ? Math.min(trailing, wordsAfter(at + 1 + n)) : 0);
    }
    if (rows.filter((r) => r.aligned).length >= MIN_ALIGNED_ROWS) grids.push(withGapFilled(toks, { columns, rows }, rowTokens));
    i = Math.max(at, i + 1);
  }
  return grids;
}

// Columns that do not add up down the rows: ratios, rates, averages.
const NOT_SUMMED = /比$|率|[%％]|平均|人均/;

/**
 * A table whose one row lacks a cell (a cell merged over two rows, `初中、高中为合计数`): the column it
 * lacks is the one that leaves the total row's sums exact in the other columns — in all of them, or
 * all but one (a wrong figure elsewhere does not move the gap) — when no other column does as well.
 */
function withGapFilled(toks: readonly Token[], grid: Grid, rowTokens: readonly Token[][]): Grid {
  const width = grid.columns.length;
  const short = grid.rows.flatMap((r, i) => (!r.aligned && rowTokens[i]!.length === width - 1 ? [i] : []));
  const totals = grid.rows.flatMap((r, i) => (r.aligned && TOTAL_ROW.test(r.label.replace(/\s/g, '')) ? [i] : []));
  const others = grid.rows.filter((r, i) => i !== short[0] && !totals.includes(i));
  if (short.length !== 1 || totals.length !== 1 || width < 4 || !others.every((r) => r.aligned)) return grid;
  const value = (t: Token | undefined) => (t?.kind === 'number' ? Number(t.text.replace(/,/g, '')) : 0);
  const cellValue = (r: GridRow, k: number) => {
    const c = r.cells[k];
    return c ? Number(toks.find((t) => t.start === c.start)!.text.replace(/,/g, '')) : 0;
  };
  const total = grid.rows[totals[0]!]!;
  // Only columns of amounts add up (not `学生与专任教师比`, not rates).
  const summed = grid.columns.map((name) => !NOT_SUMMED.test(name));
  const holds = (gap: number) => {
    let n = 0;
    for (let k = 0; k < width; k++) {
      if (k === gap || !summed[k] || !total.cells[k]) continue;
      const shortValue = value(rowTokens[short[0]!]![k < gap ? k : k - 1]);
      const sum = others.reduce((acc, r) => acc + cellValue(r, k), 0) + shortValue;
      if (Math.abs(sum - cellValue(total, k)) < 1e-6 * Math.max(1, Math.abs(sum))) n++;
    }
    return n;
  };
  const scores = grid.columns.map((_, gap) => holds(gap));
  const best = Math.max(...scores);
  const gap = scores.indexOf(best);
  const columns = summed.filter((x, k) => x && k !== gap).length;
  if (columns < 3 || best < columns - 1 || scores.filter((n) => n === best).length !== 1) return grid;
  const row = grid.rows[short[0]!]!;
  const values = rowTokens[short[0]!]!;
  const cells = grid.columns.map((_, k) => {
    const t = k === gap ? undefined : values[k < gap ? k : k - 1];
    return t?.kind === 'number' ? { start: t.start, end: t.end } : null;
  });
  const rows = grid.rows.map((r) => (r === row ? { ...r, cells, aligned: true, gap } : r));
  return { ...grid, rows };
}

// The grids of the text read last, and where each of their cells stands.
let cache: { text: string; places: Map<number, GridPlace> } | null = null;

// A line or a `|` cell that is nothing but a number: without one, the text holds no grid and is not read for one.
const NUMBER_LINE = /(?:^|\n|\|)[ \t]*-?[0-9][0-9,]*(?:\.[0-9]+)?%?[ \t]*(?:\||\n|$)/;
// (A row whose cells spaces set apart ends its line in two numbers.)
const SPACED_NUMBERS_LINE = /[ \t]-?[0-9][0-9,]*(?:\.[0-9]+)?%?[ \t]+-?[0-9][0-9,]*(?:\.[0-9]+)?%?[ \t]*(?:\n|$)/;

function placesOf(text: string): Map<number, GridPlace> {
  if (cache?.text === text) {
    // (An equal text that is another string takes the other's place: else it is compared whole at every call.)
    cache.text = text;
    return cache.places;
  }
  const places = new Map<number, GridPlace>();
  const grids = [...(NUMBER_LINE.test(text) || SPACED_NUMBERS_LINE.test(text) ? readGrids(text) : []), ...(SPACED_HINT.test(text) ? readSpacedProgressGrids(text) : [])];
  for (const grid of grids) {
    grid.rows.forEach((r, row) => r.cells.forEach((c, column) => c && places.set(c.start, { grid, row, column })));
  }
  cache = { text, places };
  return places;
}

/** Whether the number at `start` opens its line or a cell between `|`s (after its minus sign). */
function opensCell(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t' || text[a - 1] === '-')) a--;
  return a === 0 || text[a - 1] === '\n' || text[a - 1] === '|';
}

/** The grid cell whose number starts at `numberStart`, if it is one. */
export function gridPlaceAt(text: string, numberStart: number): GridPlace | null {
  const place = placesOf(text).get(numberStart);
  if (place) return place;
  return opensCell(text, numberStart) ? (placesOf(text).get(numberStart - 1) ?? null) : null;
}

/** Every grid of the text, read once per text. */
export function gridsOf(text: string): Grid[] {
  return [...new Set([...placesOf(text).values()].map((p) => p.grid))];
}
