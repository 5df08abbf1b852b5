import { withoutGlosses } from '../glosses';
import type { Figure, Qualifier } from '../types';
import type { Candidate } from './candidate';
import { findExclusion, isRankAfterDi } from './exclusions';
import { sharedUnitAfter } from './shared-unit';
import { declaredUnitBefore, isGroupedNumber } from './declared-unit';
import { declaredColumnUnits } from './table-unit';
import { kindOf } from './kinds';
import { isProportionTerm, splitGluedTerms } from './proportions';
import { isSexRatio } from './sex-ratio';
import { gridPlaceAt, HEADER_UNIT, unitHeader, type Grid, type GridPlace } from './grid';
import { proseUnitOf } from './prose-unit';
import { bracketUnit, tableCellUnit } from './table-rows';
import { readMultiplier } from '../numbers/multiplier';
import { MINUS_SIGNS } from '../numbers/chars';
import { labelAfter, labelBefore } from './label';
import { readQualifierAfter, readQualifierBefore, type QualifierMatch } from './qualifiers';
import { scanCandidates } from './scan';
import { BoundaryTracker } from './boundaries';
import { SentenceLocator } from './sentences';
import { findSubject } from './subject';
import { CLAUSE_BREAK, PARAGRAPH_BREAK, SEMICOLON, isAsciiDigit, isHan, isLatinLetter } from './text-classes';

const TIME_UNITS = new Set(['小时', '分钟', '天', '周', '个月', '岁', '周岁']);
const RANK_AFTER_QIAN = new Set(['名', '位']);

function isRankAfterQian(c: Candidate): boolean {
  if (c.text[c.numeral.start - 1] !== '前' || c.numeral.script !== 'arabic') return false;
  if (c.unit) return RANK_AFTER_QIAN.has(c.unit.unit);
  return c.text[c.numeral.end] === '强' || !isHan(c.text[c.numeral.end]);
}

/** Whether a number without a measure word still reads as a figure (`22.4万群众`, `9大民生领域`, `第19`). */
function standsWithoutUnit(c: Candidate, isRank: boolean): boolean {
  const n = c.numeral;
  if (n.proportion || isRank) return true;
  if (n.script !== 'arabic') return false;
  const next = c.text[n.end];
  // `22.4万群众`, `常住人口1282.8万，`: a multiplier makes it a quantity even without a measure word
  if (n.multiplierExponent > 0 && !isLatinLetter(next)) return true;
  return next === '大' && isHan(c.text[n.end + 1]);
}

/** `-10.7℃`, `-2.00`, `零下5℃`: a minus sign that no digit or letter runs into (not `2-3个`, `A-1`). */
function isNegative(text: string, n: Candidate['numeral']): boolean {
  if (text.slice(n.start - 2, n.start) === '零下') return true;
  if (n.script !== 'arabic' || !MINUS_SIGNS.has(text[n.start - 1] ?? '')) return false;
  const prior = text[n.start - 2];
  return prior === undefined || !(isAsciiDigit(prior) || isLatinLetter(prior) || MINUS_SIGNS.has(prior));
}

// `不少于1个乡镇、2个村社和2家重点企业`: a bound written before the first item of a list holds for
// every item joined to it by 、 和 及 与 (after a bracketed aside at most).
const LIST_JOIN = /^(?:[(（][^()（）]{0,8}[)）])?[、和及与]$/;

interface QualifierRead {
  qualifier: Qualifier;
  before: number;
  after: number;
  /** The bound written before the number, which the next items of its list share. */
  leading: Qualifier;
}

// `一年多`, `3年多时间`, `两年多来`: more than so many years. Not where 多 starts a word of its own (`近3年多次`, `多地`).
const MORE_AFTER_YEARS = /^[多餘余](?=[来來前后後里裡间間的时時，,。；;、\s]|$)/;

function yearsAndMore(c: Candidate, unitEnd: number): QualifierMatch | null {
  const m = c.unit?.unit === '年' ? MORE_AFTER_YEARS.exec(c.text.slice(unitEnd, unitEnd + 2)) : null;
  return m ? { qualifier: 'more_than', start: unitEnd, end: unitEnd + 1, word: m[0] } : null;
}

function qualifierOf(c: Candidate, shared: Qualifier): QualifierRead {
  const n = c.numeral;
  const unitEnd = c.unit ? c.unit.end : n.end;
  const before = readQualifierBefore(c.text, n.start);
  const after = readQualifierAfter(c.text, unitEnd, c.unit !== null && TIME_UNITS.has(c.unit.unit)) ?? yearsAndMore(c, unitEnd);
  let qualifier: Qualifier = null;
  if (n.approx || c.unit?.inner === 'more') qualifier = 'more_than';
  else if (after) qualifier = after.qualifier;
  else if (before) qualifier = before.qualifier;
  else qualifier = shared;
  return { qualifier, before: before ? before.start : n.start, after: after ? after.end : unitEnd, leading: before ? before.qualifier : shared };
}

/**
 * Every figure in an article's text, in document order, with offsets into `text`.
 * Dates, names, slogans, idioms and identifiers are left out (see `exclusions/`).
 */
export function extractFigures(text: string): Figure[] {
  const plain = withoutGlosses(text);
  if (!plain) return extractFrom(text);
  // Read without the readings in brackets (`辦結(jié)`), reported at the page's own offsets.
  return extractFrom(plain.text).map((f) => {
    const [start, end] = [plain.original(f.start), plain.originalEnd(f.end)];
    return {
      ...f,
      text: text.slice(start, end),
      start,
      end,
      numberStart: plain.original(f.numberStart),
      numberEnd: plain.originalEnd(f.numberEnd),
      sentence: { start: plain.original(f.sentence.start), end: plain.originalEnd(f.sentence.end) },
    };
  });
}

function extractFrom(text: string): Figure[] {
  const figures: Figure[] = [];
  const sentences = new SentenceLocator(text);
  const clauses = new BoundaryTracker(text, CLAUSE_BREAK);
  const semicolons = new BoundaryTracker(text, SEMICOLON);
  let previousEnd = 0;
  let listQualifier: Qualifier = null;
  // the actor named last stays the topic until a paragraph ends (`市商务局…新签约项目662个…，新开工项目464个`)
  let topic: string | null = null;
  let topicParagraph = -1;
  const paragraphs = new BoundaryTracker(text, PARAGRAPH_BREAK);
  for (const c of splitGluedTerms(text, scanCandidates(text))) {
    const n = c.numeral;
    // a number already inside the previous figure's text (its counted noun) is not a figure of its own
    if (n.start < previousEnd) continue;
    const isRank = isRankAfterDi(c) || isRankAfterQian(c);
    const isTerm = !c.unit && (isProportionTerm(text, n) || isSexRatio(text, n));
    const grouped = !c.unit && isGroupedNumber(text, n);
    // a bare number in a comparison table's row takes its row's or column's unit
    const cell = !c.unit && !isTerm && n.script === 'arabic' && !n.multiplierExponent ? tableCellUnit(text, n.start) : null;
    // a number alone on its line in a table of one cell per line takes its row's and column's names
    const place = n.script === 'arabic' && !n.multiplierExponent ? gridPlaceAt(text, n.start) : null;
    if (place) {
      figures.push(gridFigure(text, `f${figures.length}`, c, place, sentences.spanAt(n.start)));
      previousEnd = c.unit ? c.unit.end : n.end;
      continue;
    }
    // a bare number in a list whose last number has a rate's unit takes that unit (`9.8、6.2、2.0个百分点`)
    const shared = !c.unit && !isTerm && !grouped && !cell && n.script === 'arabic' && !n.multiplierExponent && !n.proportion ? sharedUnitAfter(text, n.end) : null;
    if (!c.unit && !isTerm && !grouped && !cell && !shared && !standsWithoutUnit(c, isRank)) continue;
    if (!isRank && !isTerm && !cell && !shared && findExclusion(c)) continue;
    const declared = cell ? { unit: cell, factor: 1 } : shared ? { unit: shared, factor: 1 } : grouped ? declaredUnitBefore(text, n.start) : null;
    const joined = figures.length > 0 && LIST_JOIN.test(text.slice(previousEnd, n.start));
    const { qualifier, before: qualifierStart, after: qualifierEnd, leading } = qualifierOf(c, joined ? listQualifier : null);
    listQualifier = leading;
    const unitEnd = c.unit ? c.unit.end : n.end;
    const sentence = sentences.spanAt(n.start);
    const paragraph = paragraphs.startBefore(n.start);
    const found = findSubject(text, sentence, n.start, {
      clause: clauses.startBefore(n.start),
      semicolonPart: semicolons.startBefore(n.start),
    });
    if (found) {
      topic = found;
      topicParagraph = paragraph;
    }
    const subject = found ?? (paragraph === topicParagraph ? topic : null);
    // a measure word is usually followed by what it counts; a rate or a total is preceded by it
    // `9大民生领域`: 大 belongs to the number, not to what is counted
    const labelFrom = !c.unit && text[n.end] === '大' ? n.end + 1 : unitEnd;
    // a proportion's terms name nothing of their own (`由2014年的13.88:53.06:33.06调整为…`)
    const after = c.unit?.kind === 'percent' || isTerm ? null : labelAfter(text, labelFrom);
    const labelLimit = Math.max(previousEnd, sentence.start);
    const before = after || isTerm ? null : labelBefore(text, Math.min(qualifierStart, n.start), labelLimit, subject);
    // a share with nothing named before it names its group after (`50%以上党支部有特色做法`)
    const afterShare = !before && c.unit?.kind === 'percent' ? labelAfter(text, qualifierEnd) : null;
    const isPercentUnit = c.unit?.kind === 'percent';
    const numberEnd = isPercentUnit ? Math.max(unitEnd, qualifierEnd) : n.end;
    const negative = isNegative(text, n);
    const signStart = negative ? n.start - (MINUS_SIGNS.has(text[n.start - 1]!) ? 1 : 2) : n.start;
    const start = Math.max(previousEnd, Math.min(before ? before.start : signStart, qualifierStart, signStart));
    const end = Math.max(after ? after.end : afterShare ? afterShare.end : unitEnd, qualifierEnd);
    const figure: Figure = {
      id: `f${figures.length}`,
      text: text.slice(start, end),
      start,
      end,
      numberStart: n.start,
      numberEnd,
      value: (negative ? -1 : 1) * (declared ? n.value * declared.factor : n.value + (c.unit?.inner === 'half' ? 0.5 : 0)),
      unit: c.unit ? c.unit.unit : declared ? declared.unit.unit : n.proportion === 'percent' ? '%' : n.proportion === 'permille' ? '‰' : null,
      qualifier,
      kind: isTerm ? 'ratio' : declared ? declared.unit.kind : kindOf(n, c.unit, isRank),
      label: after ? after.label : before ? before.label : afterShare ? afterShare.label : null,
      subject,
      sentence,
    };
    if (n.valueMax !== undefined) figure.valueMax = n.valueMax;
    figures.push(figure);
    previousEnd = end;
  }
  return figures;
}

/** A table cell's figure: the number (and its unit, if written), named by its row and its column. */
function gridFigure(text: string, id: string, c: Candidate, place: GridPlace, sentence: Figure['sentence']): Figure {
  const n = c.numeral;
  // A unit on the next line is the next cell's word (`6776.7` / `人均地区生产总值(元)`), not this number's.
  const written = c.unit && !text.slice(n.end, c.unit.end).includes('\n') ? c.unit : null;
  const header = place.grid.columns[place.column]!;
  const row = place.grid.rows[place.row]!;
  const declared = written ? null : (headerUnit(unitHeader(place.grid, place.column)) ?? percentHeader(header) ?? (row.unit ? headerUnit(`(${row.unit})`) : null) ?? (row.labelUnit ? headerUnit(`(${row.labelUnit})`) : null) ?? proseUnit(text, place.grid) ?? tableUnit(text, place.grid, place.column));
  const negative = isNegative(text, n);
  const start = negative ? n.start - 1 : n.start;
  const end = written ? written.end : n.end;
  const column = header.replace(/[(（][^()（）]*[)）]?\s*$/, '');
  return {
    id,
    text: text.slice(start, end),
    start,
    end,
    numberStart: n.start,
    numberEnd: written?.kind === 'percent' ? end : n.end,
    // (toPrecision: 44.84 × 10⁴ is 448400.00000000006 in binary floating point)
    value: (negative ? -1 : 1) * Number((n.value * (declared?.factor ?? 1)).toPrecision(12)),
    unit: written ? written.unit : (declared?.unit.unit ?? null),
    qualifier: null,
    kind: written ? kindOf(n, written, false) : declared ? declared.unit.kind : /比$/.test(column) ? 'ratio' : 'count',
    label: `${row.label}${column}`,
    subject: null,
    sentence,
  };
}

/** The count unit the sentence above the table gives all its columns in (./prose-unit.ts), once per table. */
const proseUnits = new WeakMap<Grid, ReturnType<typeof headerUnit>>();
function proseUnit(text: string, grid: Grid): ReturnType<typeof headerUnit> {
  if (!proseUnits.has(grid)) {
    const unit = proseUnitOf(text, grid);
    proseUnits.set(grid, unit ? headerUnit(`(${unit})`) : null);
  }
  return proseUnits.get(grid)!;
}

/** The unit a table's own unit line gives column `k` (./table-unit.ts), read once per table. */
const tableUnits = new WeakMap<Grid, string[] | null>();
function tableUnit(text: string, grid: Grid, k: number): ReturnType<typeof headerUnit> {
  if (!tableUnits.has(grid)) tableUnits.set(grid, declaredColumnUnits(text, grid));
  const units = tableUnits.get(grid);
  const unit = units?.[units.length === 1 ? 0 : k];
  return unit ? headerUnit(`(${unit})`) : null;
}

/** A header that ends in a per cent sign without brackets (`同比增长%`): its column is in per cent. */
function percentHeader(header: string): ReturnType<typeof headerUnit> {
  return /[%％]\s*$/.test(header) ? headerUnit('(%)') : null;
}

/**
 * The unit a column's header gives in brackets, with its multiplier: `年末数(万人)` is 10,000 persons
 * per unit written, `比重(%)` per cent (a converted PDF may lose the closing bracket: `比重(%`).
 */
function headerUnit(header: string): { unit: NonNullable<ReturnType<typeof bracketUnit>>; factor: number } | null {
  const inner = HEADER_UNIT.exec(header)?.[1];
  if (!inner) return null;
  const mult = readMultiplier(inner, 0);
  const unit = bracketUnit(`(${inner.slice(mult?.end ?? 0)})`);
  return unit ? { unit, factor: 10 ** (mult?.exponent ?? 0) } : null;
}
