// Rows of a report's comparison table as plain text (earnings summaries, statistical tables):
//   本报告期末 上年度末 本报告期末比上年度末增减(%)
//   总资产 64,039,331,350.17 65,347,776,653.12 -2.00
//   基本每股收益(元/ 0.52 0.38 36.84
//   股)
//   加权平均净资产收 6.90 5.60 增加1.30个百分点
//   益率(%)
// A row is a label and then only numbers: this period's value, the previous one, and their change.
// The change column is in per cent when its header says `增减(%)`; the values are in the unit the
// row's label gives in brackets (`(元/股)`, `(%)`, split over the label's lines), else in the
// unit the table declares (`单位：元`). Which value column is this period's is read from the header.
import { readUnit } from './units';

export interface TableRow {
  /** Offsets of the row's number cells, in order. */
  cells: Array<{ start: number; end: number }>;
  /** Whether the first value column is this period's (`本报告期 上年同期 增减(%)`). */
  currentFirst: boolean;
  /** The unit the row's label gives in brackets, if any. */
  unit: { unit: string; kind: 'percent' | 'amount' | 'count' | 'measure' } | null;
}

const NUMBER = String.raw`-?[0-9][0-9,]*(?:\.[0-9]+)?`;
const CHANGE_POINTS = String.raw`(?:增加|减少)[0-9]+(?:\.[0-9]+)?个百分点`;
// A label with no digits, then two values and their change.
const ROW = new RegExp(String.raw`^([^\s0-9][^0-9]*?)[ \t]+(${NUMBER})[ \t]+(${NUMBER})[ \t]+(${NUMBER}|${CHANGE_POINTS})[ \t]*$`);
// The change column's header, `增减(%)`, often broken over lines by the page's layout (`…同期增\n…减(%)`).
const CHANGE_HEADER = /增[^]{0,30}?减\s*[(（]\s*%\s*[)）]/g;
// How far above a row its header may stand: a summary table of a dozen rows.
const REACH = 800;
const LONGEST_ROW = 200;

/** The line that holds `offset`, looked for no further than a row's length either way. */
function lineBounds(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && offset - start <= LONGEST_ROW) start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && end - offset <= LONGEST_ROW) end++;
  return { start, end };
}

/** A line that continues a row's label: no digits, short (`东的净资产`, `股)`, `益率(%)`). */
function isContinuation(line: string): boolean {
  return line.length > 0 && line.length <= 12 && !/[0-9]/.test(line) && !/[\s]/.test(line.trim());
}

/** The unit a label or header gives in brackets at its end (`(元/股)`, `学校数（所）`). */
export function bracketUnit(label: string): TableRow['unit'] {
  const m = /[(（]([^()（）]{1,6})[)）]\s*$/.exec(label);
  if (!m) return null;
  const written = m[1]!.replace(/\s+/g, '');
  const u = readUnit(written, 0);
  if (!u || u.end !== written.length) return null;
  return u.kind === 'percent' || u.kind === 'amount' || u.kind === 'count' || u.kind === 'measure' ? { unit: u.unit, kind: u.kind } : null;
}

// The stretch of a long line seen last: its other numbers are no cells either.
const longLine: { text: string | null; from: number; to: number } = { text: null, from: 0, to: -1 };

// Whether the text read last has a `增减(%)` header at all: without one it has no rows.
const headed: { text: string | null; has: boolean } = { text: null, has: false };

/** The table row whose line holds `offset`, when it is a row under a `增减(%)` header. */
export function tableRowAt(text: string, offset: number): TableRow | null {
  // (An equal text that is another string is kept in the other's place: else it is compared whole at every call.)
  if (headed.text !== text) Object.assign(headed, { text, has: /增[^]{0,30}?减\s*[(（]\s*%/.test(text) });
  else headed.text = text;
  if (!headed.has) return null;
  if (longLine.from <= offset && offset <= longLine.to && text === longLine.text) {
    longLine.text = text;
    return null;
  }
  const { start, end } = lineBounds(text, offset);
  // A row is a short line; a long one is prose (and is not matched, nor walked again for its next number).
  if (end - start > LONGEST_ROW) {
    Object.assign(longLine, { text, from: start, to: end });
    return null;
  }
  const m = ROW.exec(text.slice(start, end));
  if (!m) return null;
  // The header: the last `增减(%)` above, with only rows and label lines between it and this row.
  const from = Math.max(0, start - REACH);
  let header: RegExpExecArray | null = null;
  CHANGE_HEADER.lastIndex = 0;
  const above = text.slice(from, start);
  for (let h = CHANGE_HEADER.exec(above); h; h = CHANGE_HEADER.exec(above)) header = h;
  if (!header) return null;
  const headerEnd = from + header.index + header[0].length;
  const between = text.slice(headerEnd, start).split('\n').slice(1).filter((l) => l.length > 0);
  if (!between.every((l) => ROW.test(l) || isContinuation(l))) return null;
  // The header block: from the line before the first header line that names a period.
  const block = text.slice(Math.max(from, headerEnd - 120), headerEnd);
  const current = block.search(/本报告期|本期|本年/);
  const previous = block.search(/上年同期|上年度末|上年末|上期|上年/);
  if (current < 0 || previous < 0) return null;
  // The label and its continuation lines below (`基本每股收益(元/` `股)`).
  let label = m[1]!;
  let next = end + 1;
  for (let lines = 0; next < text.length && lines < 3; lines++) {
    const line = lineBounds(text, next);
    const written = text.slice(line.start, line.end);
    if (!isContinuation(written)) break;
    label += written;
    next = line.end + 1;
  }
  const cells: TableRow['cells'] = [];
  let at = start + m[1]!.length;
  for (const cell of [m[2]!, m[3]!, m[4]!]) {
    const s = text.indexOf(cell, at);
    cells.push({ start: s, end: s + cell.length });
    at = s + cell.length;
  }
  return { cells, currentFirst: current < previous, unit: bracketUnit(label) };
}

/** The unit of a bare number in a table row: per cent in the change column, else the row label's unit. */
export function tableCellUnit(text: string, numberStart: number): TableRow['unit'] {
  // A cell stands after a space (`-2.00` after its sign); prose numbers rarely do, and cost one test.
  const at = text[numberStart - 1] === '-' ? numberStart - 1 : numberStart;
  if (text[at - 1] !== ' ' && text[at - 1] !== '\t') return null;
  const row = tableRowAt(text, numberStart);
  if (!row) return null;
  const k = row.cells.findIndex((c) => c.start <= numberStart && numberStart < c.end);
  if (k < 0) return null;
  if (k === 2) return /^-?[0-9]/.test(text.slice(row.cells[2]!.start)) ? { unit: '%', kind: 'percent' } : null;
  return row.unit;
}
