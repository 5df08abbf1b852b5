// Tables whose cells stand one per line: a page's <table> reads that way once every cell is a
// block, and saved copies often keep a `|` after each cell, on the cell's line or on a line of its own:
//   类别 | 学校数 | 班级数 | … | 学生与专任教师比 |
//   学前教育 | 650 | 4318 | … | 13.86 |
//   …
//   总计 | 1212 | 18670 | … | 16.20 |
// A header is a run of short label lines; each row is a label and one number (or a placeholder,
// `/`) per column. A row with fewer values than columns cannot be aligned and keeps no cells.

export interface GridCell {
  /** The number's offsets. */
  start: number;
  end: number;
}

export interface GridRow {
  label: string;
  /** Where the label stands in the text. */
  labelStart: number;
  labelEnd: number;
  /** One per value column, null where the row has a placeholder or could not be aligned. */
  cells: (GridCell | null)[];
  aligned: boolean;
}

export interface Grid {
  /** The value columns' names, as the header writes them. */
  columns: string[];
  rows: GridRow[];
}

/** Statistical tables mark a 其中 row or column with `#` (`#城镇`, `#卫生技术人员`). */
export const SUB_ITEM = /^[#＃]/;
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
const BLANK_CELL = /^(?:[/／\-—–－]|——)$/;
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
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    const lead = /^[\s|]*/.exec(raw)![0].length;
    const body = raw.slice(lead).replace(/[\s|]*$/, '');
    const start = from + lead;
    from = to + 1;
    if (body.length === 0) {
      if (raw.includes('|')) {
        joinCell(out, cellFrom);
        cellFrom = out.length;
      }
      continue;
    }
    out.push(...cellsOf(body, start));
  }
  return out;
}

/** A line's cells: the line itself, or where a copy keeps a whole row on it, each cell between `|`s. */
function cellsOf(body: string, start: number): Token[] {
  const out: Token[] = [];
  const re = /[^|]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = /^\s*/.exec(m[0])![0].length;
    const cell = m[0].trim();
    if (!cell) continue;
    const from = start + m.index + lead;
    out.push({ kind: kindOf(cell), text: cell, start: from, end: from + cell.length });
  }
  return out;
}

function kindOf(body: string): Token['kind'] {
  if (NUMBER_CELL.test(body)) return 'number';
  if (BLANK_CELL.test(body)) return 'blank';
  return body.length <= MAX_LABEL && !SENTENCE_MARKS.test(body) ? 'label' : 'other';
}

/** Joins the label lines pushed since `from` into one cell, when they are all labels and short enough together. */
function joinCell(out: Token[], from: number): void {
  if (from < 0 || out.length - from < 2) return;
  const lines = out.slice(from);
  const text = lines.map((t) => t.text).join('');
  if (!lines.every((t) => t.kind === 'label') || text.length > MAX_LABEL) return;
  out.splice(from, lines.length, { kind: 'label', text, start: lines[0]!.start, end: lines[lines.length - 1]!.end });
}

const isValue = (t: Token | undefined) => t?.kind === 'number' || t?.kind === 'blank';

// A first column that numbers the rows (`序号 | 州市 | 总计 …`, `1 | 昆明市 | 475 …`) names nothing:
// it and the row numbers (1, 2, 3 … in order, each before a row's label) are left out.
const ROW_NUMBER_HEADER = /^(?:序号|编号|序|No\.?)$/;

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
    out.push(t);
  }
  return next > 1 ? out : toks;
}

function readGrids(text: string): Grid[] {
  const toks = withoutRowNumbers(tokens(text));
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
    const labels = runEnd - i;
    // The run holds the header (a corner and one name per value column) and the first row's label.
    if (values < MIN_VALUE_COLUMNS || labels < values + 2) {
      i = runEnd + Math.max(values, 1);
      continue;
    }
    const columns = toks.slice(runEnd - values - 1, runEnd - 1).map((t) => t.text);
    const rows: GridRow[] = [];
    let at = runEnd - 1;
    while (toks[at]?.kind === 'label' && isValue(toks[at + 1])) {
      let n = 0;
      while (isValue(toks[at + 1 + n])) n++;
      const aligned = n === values;
      const cells = columns.map((_, k) => {
        const t = toks[at + 1 + k];
        return aligned && t!.kind === 'number' ? { start: t!.start, end: t!.end } : null;
      });
      rows.push({ label: toks[at]!.text, labelStart: toks[at]!.start, labelEnd: toks[at]!.end, cells, aligned });
      at += 1 + n;
    }
    if (rows.filter((r) => r.aligned).length >= MIN_ALIGNED_ROWS) grids.push({ columns, rows });
    i = Math.max(at, i + 1);
  }
  return grids;
}

// The grids of the text read last, and where each of their cells stands.
let cache: { text: string; places: Map<number, GridPlace> } | null = null;

// A line or a `|` cell that is nothing but a number: without one, the text holds no grid and is not read for one.
const NUMBER_LINE = /(?:^|\n|\|)[ \t]*-?[0-9][0-9,]*(?:\.[0-9]+)?%?[ \t]*(?:\||\n|$)/;

function placesOf(text: string): Map<number, GridPlace> {
  if (cache?.text === text) return cache.places;
  const places = new Map<number, GridPlace>();
  for (const grid of NUMBER_LINE.test(text) ? readGrids(text) : []) {
    grid.rows.forEach((r, row) => r.cells.forEach((c, column) => c && places.set(c.start, { grid, row, column })));
  }
  cache = { text, places };
  return places;
}

/** Whether the number at `start` opens its line or a cell between `|`s: only then can it be a cell. */
function opensCell(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t' || text[a - 1] === '-')) a--;
  return a === 0 || text[a - 1] === '\n' || text[a - 1] === '|';
}

/** The grid cell whose number starts at `numberStart`, if it is one. */
export function gridPlaceAt(text: string, numberStart: number): GridPlace | null {
  if (!opensCell(text, numberStart)) return null;
  return placesOf(text).get(numberStart) ?? placesOf(text).get(numberStart - 1) ?? null;
}

/** Every grid of the text, read once per text. */
export function gridsOf(text: string): Grid[] {
  return [...new Set([...placesOf(text).values()].map((p) => p.grid))];
}
