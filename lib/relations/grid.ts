// The relations a table of one cell per line states (lib/extract/grid.ts): a total row (`总计`,
// `合计`, `全市`) is the sum of the rows above it (or below it, when it heads the table), column by
// column; a total column is the sum of the columns after it, row by row, where most rows say so; a
// column marked `#` is a part of the one before it; a column of shares (`比重(%)`) is each
// row's value over the row at 100 %; a column of ratios (`学生与专任教师比`) is one named column over
// another, row by row.
import { gridsOf, SUB_ITEM, TOTAL_ROW, type Grid, type GridCell, type GridRow } from '../extract/grid';
import { PLAN_COLUMN, PROGRESS_COLUMN } from '../extract/progress-table';
import { firstNumberAtOrAfter } from '../compare/sentences';
import type { Figure } from '../types';
import type { Relation } from './relation';
import { FALL, rateAfter } from './changes';
import { decidable } from './table-rows';
import { halfLastDigit, isAdditive, isQuantity, RESIDUAL_NAME } from './text';
import { parseNumber } from '../numbers/numeral';
import { indicatorRowRelations } from './indicator-rows';
import { CHANGE_COLUMN, GROWTH_COLUMN, INDEX_COLUMN } from './column-kinds';

const isValue = (f: Figure | null | undefined): f is Figure => f !== null && f !== undefined && isAdditive(f);
// `学生与专任教师比`, `在校生与教职工之比`: the ratio of the columns the two names pick.
const RATIO_COLUMN = /^(.{1,10}?)与(.{1,10}?)(?:之)?比$/;
const YEAR_COLUMN = /^((?:19|20)[0-9]{2})年?$/;
// Two months' columns of one measure (`6月受理数(宗) | 7月受理数(宗)`): the month, then the measure they share.
const MONTH_COLUMN = /^([0-9]{1,2})月(.+)$/;
// Rows enough for shares that make 100 % to say they are the whole, not a coincidence of two.
const MIN_LISTED = 3;


/** Each row's value in `total` as the sum of its values in `parts`, when most rows say so exactly (the columns after a total are not always its parts). */
function rowSums(grid: Grid, total: number, parts: readonly number[], figureOf: (c: GridCell | null | undefined) => Figure | null): Relation[] {
  const rows = grid.rows
    .map((row) => ({ total: figureOf(row.cells[total]), parts: parts.map((k) => figureOf(row.cells[k])) }))
    .filter((r): r is { total: Figure; parts: Figure[] } => isValue(r.total) && r.parts.every(isValue));
  const exact = rows.filter((r) => r.parts.reduce((n, p) => n + p.value, 0) === r.total.value).length;
  if (rows.length < 2 || 2 * exact <= rows.length) return [];
  // A row of zeros is counted above but checks nothing a reader would ask about.
  return rows.filter((r) => r.total.value !== 0).map((r) => ({ kind: 'parts', target: r.total, operands: r.parts, word: grid.columns[total]!, closed: true, partition: true }));
}

// Rows numbered as an outline (`一、接待游客总人数`, `(一)过夜游客`, `1.国内过夜游客`), by level.
const OUTLINE_LEVELS = [/^[一二三四五六七八九十]{1,3}、/, /^[(（][一二三四五六七八九十]{1,3}[)）]/, /^[0-9]{1,2}[.．、]/, /^[(（][0-9]{1,2}[)）]/];
const outlineLevel = (row: GridRow) => {
  const k = OUTLINE_LEVELS.findIndex((p) => p.test(row.label.replace(/\s/g, '')));
  return k < 0 ? null : k;
};

/**
 * A row numbered as an outline holds the rows numbered one level below it, up to the next row of its level or above,
 * column by column, where all of them give the column in one unit: an open list (a table may leave some out).
 */
function outlineRows(grid: Grid, figureOf: (c: GridCell | null | undefined) => Figure | null): Relation[] {
  const out: Relation[] = [];
  const levels = grid.rows.map(outlineLevel);
  grid.rows.forEach((row, r) => {
    const level = levels[r];
    if (level === null || level === undefined) return;
    // Its children are the rows of the next level below it that the table holds (a level of headings may have no values:
    // `(一)按经营形式划分`), past rows marked as parts of a row (`#出售产品收入`).
    const below: number[] = [];
    for (let j = r + 1; j < grid.rows.length; j++) {
      const l = levels[j];
      if (l === null || l === undefined) {
        if (SUB_ITEM.test(grid.rows[j]!.label)) continue;
        break;
      }
      if (l <= level) break;
      below.push(j);
    }
    const childLevel = Math.min(...below.map((j) => levels[j]!));
    // Numbering that starts again (`1.…4.`, then `1.…10.`) begins another breakdown of the same row.
    const groups: GridRow[][] = [];
    let last = Infinity;
    for (const j of below) {
      if (levels[j] !== childLevel) continue;
      const n = ordinalOf(grid.rows[j]!.label);
      if (n === null || n <= last) groups.push([]);
      groups.at(-1)!.push(grid.rows[j]!);
      last = n ?? Infinity;
    }
    for (const children of groups) {
      if (children.length < 2) continue;
      // A last child that is the rest (`10.其他收入`) makes the breakdown whole.
      const closed = RESIDUAL_NAME.test(children.at(-1)!.label.replace(/\s/g, '').replace(OUTLINE_LEVELS[childLevel]!, ''));
      grid.columns.forEach((_, k) => {
        const total = figureOf(row.cells[k]);
        const listed = children.map((c) => figureOf(c.cells[k]));
        if (!isValue(total) || !listed.every(isValue) || !listed.every((f) => f.unit === total.unit)) return;
        out.push({ kind: 'parts', target: total, operands: listed, word: '分项', closed, partition: true });
      });
    }
  });
  return out;
}

/** The number an outline row opens with (`4.` → 4, `(二)` → 2), or null. */
function ordinalOf(label: string): number | null {
  const m = /^[(（]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})/.exec(label.replace(/\s/g, ''));
  if (!m) return null;
  return /[0-9]/.test(m[1]!) ? Number(m[1]) : parseNumber(m[1]!)?.value ?? null;
}

/**
 * A row over a run of rows that ends in a 其他 row (`当年用于改厕投资(万元)`, then `国家`, `集体`, `个人`, `其他`): the run splits it,
 * column by column, where most columns say so exactly (a run after a row is not always its parts).
 */
function residualRuns(grid: Grid, figureOf: (c: GridCell | null | undefined) => Figure | null): Relation[] {
  const out: Relation[] = [];
  const name = (r: number) => grid.rows[r]!.label.replace(/\s/g, '').replace(SUB_ITEM, '');
  grid.rows.forEach((row, r) => {
    let end = r + 1;
    while (end < grid.rows.length && !RESIDUAL_NAME.test(name(end)) && !TOTAL_ROW.test(name(end))) end++;
    if (end >= grid.rows.length || !RESIDUAL_NAME.test(name(end)) || end - r < 3) return;
    const runs = grid.columns.map((_, k) => ({ total: figureOf(row.cells[k]), parts: grid.rows.slice(r + 1, end + 1).map((p) => figureOf(p.cells[k])) }));
    const checked = runs.filter((c): c is { total: Figure; parts: Figure[] } => isValue(c.total) && c.parts.every(isValue));
    const exact = checked.filter((c) => Math.abs(c.parts.reduce((n, p) => n + p.value, 0) - c.total.value) <= 1e-9 * Math.max(1, c.total.value)).length;
    if (checked.length < 2 || 2 * exact <= checked.length) return;
    for (const c of checked) out.push({ kind: 'parts', target: c.total, operands: c.parts, word: '分项', closed: true, partition: true });
  });
  return out;
}

/** The rows before the first marked one, then each marked row with the unmarked rows after it. */
function markedGroups(rows: readonly GridRow[]): GridRow[][] {
  const groups: GridRow[][] = [[]];
  for (const row of rows) {
    if (SUB_ITEM.test(row.label)) groups.push([row]);
    else groups.at(-1)!.push(row);
  }
  return groups;
}

export function findGridRelations(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const figureOf = (c: GridCell | null | undefined) => {
    if (!c) return null;
    const f = figures[firstNumberAtOrAfter(figures, c.start)];
    return f && f.numberStart <= c.end && f.end >= c.start ? f : null;
  };
  // The whole of the last table whose shares had one (its value column's name and its figure).
  let lastWhole: { column: string; figure: Figure } | null = null;
  for (const grid of gridsOf(text)) {
    // Column totals: a total row sums the rows since the last one, or, heading the table as
    // yearbooks put it (`全 市` over the kinds of hospital), the rows after it.
    const isTotal = (row: GridRow) => TOTAL_ROW.test(row.label.replace(/\s/g, ''));
    let from = 0;
    grid.rows.forEach((row, r) => {
      if (!isTotal(row)) return;
      let parts = grid.rows.slice(from, r);
      from = r + 1;
      if (parts.length === 0) {
        const next = grid.rows.findIndex((p, j) => j > r && isTotal(p));
        parts = grid.rows.slice(r + 1, next < 0 ? undefined : next);
      }
      // A row marked `#` (or `其中:`) is a 其中: of the row above it (`#卫生院` under 医院) or the first of a
      // breakdown (`#城镇`, 乡村; `#男性`, 女性). Each marked row and the rows after it up to the next mark
      // are one open list, and so are the rows before the first mark: rows of two breakdowns never add up.
      const marked = parts.some((p) => SUB_ITEM.test(p.label));
      if (!row.aligned) return;
      for (const group of marked ? markedGroups(parts) : [parts]) {
        const rows = group.filter((p) => !isTotal(p));
        if (rows.length < 2) continue;
        grid.columns.forEach((_, k) => {
          const total = figureOf(row.cells[k]);
          const listed = rows.map((p) => figureOf(p.cells[k])).filter((f): f is Figure => f !== null);
          if (!total || !isAdditive(total) || listed.length < 2 || !listed.every(isAdditive)) return;
          // A row that could not be aligned, or lacks this column's cell, may hold a part of it: then the list is open.
          out.push({ kind: 'parts', target: total, operands: listed, word: '总计', closed: !marked && rows.every((p: GridRow) => p.aligned && p.gap !== k), partition: true });
        });
      }
    });
    out.push(...residualRuns(grid, figureOf));
    // A total column (`总计 | 来电 | 来信`): each row's total is the sum of the value columns after
    // it, when most rows say so exactly (the columns after a total are not always its parts).
    const totalColumn = grid.columns.findIndex((name) => TOTAL_ROW.test(name.replace(/\s/g, '')));
    const after = grid.columns.map((_, k) => k).filter((k) => k > totalColumn && !SUB_ITEM.test(grid.columns[k]!));
    if (totalColumn >= 0 && after.length >= 2) out.push(...rowSums(grid, totalColumn, after, figureOf));
    out.push(...outlineRows(grid, figureOf));
    // Columns that split the one before them by kind, each naming it after a qualifier of its own
    // (`办结件数 | 即办件 办结件数 | 承诺件 办结件数`): the longest run of them that most rows add up to.
    grid.columns.forEach((name, k) => {
      const whole = name.replace(/\s/g, '');
      let end = k + 1;
      while (whole.length >= 2 && end < grid.columns.length && grid.columns[end]!.replace(/\s/g, '').endsWith(whole) && grid.columns[end]!.replace(/\s/g, '') !== whole) end++;
      for (let to = end; to - k - 1 >= 2; to--) {
        const found = rowSums(grid, k, Array.from({ length: to - k - 1 }, (_, j) => k + 1 + j), figureOf);
        if (found.length === 0) continue;
        out.push(...found);
        break;
      }
    });
    // A column marked `#` is a part (其中) of the nearest unmarked column before it, cell by cell:
    // of that one whether the marks nest (`#卫生技术人员`, `#执业(助理)医师`) or not.
    grid.columns.forEach((name, k) => {
      let whole = k - 1;
      while (whole >= 0 && SUB_ITEM.test(grid.columns[whole]!)) whole--;
      if (whole < 0 || !SUB_ITEM.test(name)) return;
      for (const row of grid.rows) {
        const [w, p] = [figureOf(row.cells[whole]), figureOf(row.cells[k])];
        if (isValue(w) && isValue(p) && w.unit === p.unit) out.push({ kind: 'parts', target: w, operands: [p], word: '其中', closed: false });
      }
    });
    // A column of shares (per cent) beside one column of values, with one row at 100 %: that row is
    // the whole, and every other row's share is its value over the whole's
    // (`常住人口 | 44.84 | 100.0` over `#城镇 | 18.65 | 41.59`).
    grid.columns.forEach((_, k) => {
      const shares = grid.rows.map((row) => figureOf(row.cells[k]));
      // Progress against a plan is no share of a whole row, and no share passes 100 % or falls below 0; nor is a column
      // of changes (`环比增量`, where `+100%` is a kind that doubled) one of shares.
      if (!shares.some((f) => f?.kind === 'percent') || PROGRESS_COLUMN.test(grid.columns[k]!) || CHANGE_COLUMN.test(grid.columns[k]!)) return;
      if (shares.some((f) => f?.kind === 'percent' && (f.value > 100 || f.value < 0))) return;
      const holdsValues = (j: number) => j !== k && !CHANGE_COLUMN.test(grid.columns[j]!) && grid.rows.some((row) => isValue(figureOf(row.cells[j])));
      const values = grid.columns.flatMap((__, j) => (holdsValues(j) ? [j] : []));
      const wholes = grid.rows.filter((_row, r) => shares[r]?.kind === 'percent' && shares[r]!.value === 100);
      if (values.length !== 1) return;
      const column = grid.columns[values[0]!]!;
      const own = wholes.length === 1 ? figureOf(wholes[0]!.cells[values[0]!]) : null;
      // A table of some kinds only (`热点问题统计表`: the top ten, `合计 | 2685 | 43.36%`) gives their shares of the whole
      // of the table before it, in the same column (`合计 | 6192 | 100%`), where its total row says it is less than all.
      const ofSome = wholes.length === 0 && lastWhole?.column === column && grid.rows.some((row, r) => isTotal(row) && shares[r]?.kind === 'percent' && shares[r]!.value < 100);
      const whole = isValue(own) ? own : ofSome ? lastWhole!.figure : null;
      if (!whole) {
        // No row holds the whole, but the rows' shares make 100 % at their written precision, or all of them but one
        // are their row over the rows' sum (`求助类 | 4284 | 73.95%` … `建议类 | 385 | 6.65%`): the rows are the whole. A row
        // marked as a part of the one above (`其中:65岁及以上`) is a share of that sum too, but no part of it.
        const rows = grid.rows.flatMap((row, r) => {
          const part = figureOf(row.cells[values[0]!]);
          return shares[r]?.kind === 'percent' && isValue(part) && !isTotal(row) ? [{ share: shares[r]!, part, sub: SUB_ITEM.test(row.label) }] : [];
        });
        const members = rows.filter((r) => !r.sub);
        if (members.length < MIN_LISTED || rows.length !== grid.rows.length) return;
        const [shareSum, slack, sum] = members.reduce(([n, d, v], r) => [n + r.share.value, d + halfLastDigit(text, r.share), v + r.part.value], [0, 0, 0]);
        const fits = members.filter((r) => Math.abs((100 * r.part.value) / sum - r.share.value) <= halfLastDigit(text, r.share) + 1e-9).length;
        if (Math.abs(shareSum - 100) > slack + 1e-9 && fits < members.length - 1) return;
        // (Relation.wholeSum: the first member, the row's count, the other members.)
        const [first, ...others] = members.map((r) => r.part);
        for (const { share, part } of rows) out.push({ kind: 'share', target: share, operands: [first!, part, ...others], word: '比重', wholeSum: true });
        return;
      }
      if (own === whole) lastWhole = { column, figure: whole };
      grid.rows.forEach((row, r) => {
        const share = shares[r];
        const part = figureOf(row.cells[values[0]!]);
        if (part !== whole && share?.kind === 'percent' && isValue(part)) out.push({ kind: 'share', target: share, operands: [whole, part], word: '比重' });
      });
    });
    // A column of progress against a plan (`占全年计划`, `完成率`): each row's value over its
    // plan, from a plan column or, where the row names its project by its target
    // (`新增4000张养老床位 | 4385 | 110%`), the one count in its label.
    grid.columns.forEach((name, k) => {
      if (!PROGRESS_COLUMN.test(name)) return;
      // The done values: the nearest column before it that is not a plan.
      let done = k - 1;
      while (done >= 0 && PLAN_COLUMN.test(grid.columns[done]!)) done--;
      const planColumn = grid.columns.findIndex((c, j) => j !== k && PLAN_COLUMN.test(c) && !PROGRESS_COLUMN.test(c));
      if (done < 0) return;
      for (const row of grid.rows) {
        const [rate, value] = [figureOf(row.cells[k]), figureOf(row.cells[done])];
        const inLabel = figures.filter((f) => f.numberStart >= row.labelStart && f.numberStart < row.labelEnd);
        const plan = planColumn >= 0 ? figureOf(row.cells[planColumn]) : inLabel.length === 1 ? inLabel[0] : null;
        if (rate?.kind === 'percent' && isValue(value) && isValue(plan) && plan.value > 0) {
          out.push({ kind: 'rate', target: rate, operands: [plan, value], word: name, plan: true });
        }
      }
    });
    // A column of growth (`同比增长%`, `增/减幅(%)`) beside two years' columns (`2016年 | 2015年`) or two months' of one measure
    // (`6月受理数(宗) | 7月受理数(宗)`): each row's growth from the earlier period's value to the later's.
    grid.columns.forEach((name, k) => {
      const periods = GROWTH_COLUMN.test(name) ? twoPeriods(grid, k) : null;
      if (!periods) return;
      const { earlier, later } = periods;
      for (const row of grid.rows) {
        const [growth, before, after] = [figureOf(row.cells[k]), figureOf(row.cells[earlier]), figureOf(row.cells[later])];
        if (growth?.kind === 'percent' && isValue(before) && isValue(after) && before.unit === after.unit && decidable(text, before, after, growth)) {
          out.push({ kind: 'growth', target: growth, operands: [before, after], word: '增减' });
          out.push(...restatedInProse(text, figures, row.label, before, after));
        } else if (k === Math.max(earlier, later) + 1 && growth && isQuantity(growth) && isValue(before) && isValue(after) && before.unit === after.unit && growth.unit === after.unit) {
          // A column of changes in the values' own unit right after the two (`7月(宗) | 6月(宗) | 增/减(宗)`): the later value
          // less the earlier.
          out.push({ kind: 'difference', target: growth, operands: [after, before], word: name });
        }
      }
    });
    // A column of indices on the year before (`2014年为上年%`, `上年=100`) beside two years' columns: the later over the earlier, × 100.
    grid.columns.forEach((name, k) => {
      const periods = INDEX_COLUMN.test(name.replace(/\s/g, '')) ? twoPeriods(grid, k) : null;
      if (!periods) return;
      for (const row of grid.rows) {
        const [index, before, after] = [figureOf(row.cells[k]), figureOf(row.cells[periods.earlier]), figureOf(row.cells[periods.later])];
        if (index && isValue(before) && isValue(after) && before.unit === after.unit && before.value > 0) out.push({ kind: 'average', target: index, operands: [after, before], word: name, scale: 100 });
      }
    });
    // A column of rates named by another column's verb (`7月(宗) | 6月(宗) | … | 结案数(宗) | 结案率(%)`): that column over the
    // later period's.
    grid.columns.forEach((name, r) => {
      const stem = /^([\u4e00-\u9fff]{2,4})率/.exec(name)?.[1];
      const done = stem ? grid.columns.findIndex((c, j) => j !== r && c.startsWith(stem) && !c.includes('率')) : -1;
      const periods = done >= 0 ? twoPeriods(grid, r) : null;
      if (!periods) return;
      for (const row of grid.rows) {
        const [rate, part, whole] = [figureOf(row.cells[r]), figureOf(row.cells[done]), figureOf(row.cells[periods.later])];
        if (rate?.kind === 'percent' && isValue(part) && isValue(whole) && part.unit === whole.unit && whole.value > 0) out.push({ kind: 'rate', target: rate, operands: [whole, part], word: name });
      }
    });
    out.push(...indicatorRowRelations(grid, figureOf));
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

/** The columns of two years (`2016年 | 2015年`) or two months of one measure (`6月受理数(宗) | 7月受理数(宗)`), but column `k`. */
function twoPeriods(grid: Grid, k: number): { earlier: number; later: number } | null {
  const years = grid.columns.flatMap((c, j) => {
    const year = YEAR_COLUMN.exec(c.replace(/\s/g, ''))?.[1];
    return year && j !== k ? [{ j, order: Number(year), measure: '' }] : [];
  });
  const months = grid.columns.flatMap((c, j) => {
    const m = MONTH_COLUMN.exec(c.replace(/\s/g, ''));
    return m && j !== k ? [{ j, order: Number(m[1]), measure: m[2]! }] : [];
  });
  const periods = years.length > 0 ? years : months;
  if (periods.length !== 2 || periods[0]!.order === periods[1]!.order || periods[0]!.measure !== periods[1]!.measure) return null;
  return periods[0]!.order < periods[1]!.order ? { earlier: periods[0]!.j, later: periods[1]!.j } : { earlier: periods[1]!.j, later: periods[0]!.j };
}

/**
 * The prose that states a table row's later value and its growth (`全县社会从业人员21675人,下降0.6%` over the row
 * `社会从业人员 | 人 | 21675 | 21537 | -0.6`): the same growth, from the row's earlier value.
 */
function restatedInProse(text: string, figures: readonly Figure[], rowLabel: string, before: Figure, after: Figure): Relation[] {
  const name = rowLabel.replace(SUB_ITEM, '');
  if (name.length < 2) return [];
  const out: Relation[] = [];
  figures.forEach((f, i) => {
    const rate = figures[i + 1];
    if (f === after || f.value !== after.value || f.unit !== after.unit || !rate || !(f.label ?? '').includes(name)) return;
    const word = rateAfter(text, f, rate);
    if (word) out.push({ kind: 'growth', target: rate, operands: [before, f], word, falling: FALL.test(word) });
  });
  return out;
}

