// The same metric in another report, compared only where place, body and period allow it
// (lib/place/). `9600多个基层参学单位` vs `9606个参学单位` (郑州, both): consistent.
// `中心组学习506场次` (2023-10-15) vs `1559场次` (2024-01-01): changed over time, it grew; a
// cumulative count lower in the later report differs. `调研课题41个` (市委常委会) vs `2364个`
// (县处级以上领导班子): a different scope. A district and its city: a different scope, the
// relation named. Unrelated places, or a place that cannot be told: nothing is said.
import type { RefFigure } from '../../dataset/schema';
import { metricKeys, scopesCompatible } from '../../dataset/metric';
import { CHINA, describePeriod, pageScopes, periodsComparable, placeName, placeRelation, quotedStage, stageOf, type FigureScope, type Stage } from '../../place';
import { isKindCount } from '../../relations/text';
import type { CheckResult, Figure, Verdict } from '../../types';
import type { Check, CheckContext } from '../context';
import { BOUND_MARGIN, boundsFor } from '../bounds';
import { pageEvidence, referenceEvidence } from '../evidence';
import { formatValue, overlaps, valueInterval, type Interval } from '../quantity';

type Relation = 'consistent' | 'changed_over_time' | 'differs' | 'dates_unknown' | 'different_scope';

/** Why two figures of one label count different things. */
type ScopeGap =
  | { kind: 'place'; inner: string; outer: string }
  | { kind: 'body'; mine: string; theirs: string }
  | { kind: 'period'; mine: string | null; theirs: string | null }
  | { kind: 'stage'; mine: Stage; theirs: Stage };

interface Match {
  ref: RefFigure;
  relation: Relation;
  /** Both bodies known, or neither named: the figures speak of the same population, not merely the same place. */
  bodyKnown: boolean;
  gap?: ScopeGap;
}

const MAX_EVIDENCE = 3;

function day(date: string | null | undefined): string | null {
  return date ? date.slice(0, 10) : null;
}

/** An impossible figure (above a known bound) is no evidence, and is plausible-magnitude's. */
function exceedsKnownBound(figure: Figure, numberText: string): boolean {
  const lo = valueInterval(figure, numberText).lo;
  return boundsFor(figure).some((b) => lo > b.value * BOUND_MARGIN);
}

function withinTenfold(a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return lo > 0 && hi / lo <= 10;
}

// Words that name how something is done or divided, the article's own structure, never a thing
// counted: `4种方式` and `方式有三种` in two reports are not one metric.
const FORM_WORDS = /^(?:方式|方面|形式|渠道|举措|措施|环节|步骤|途径|类别|类型|层面|维度)$/;

/**
 * A label that names no metric by itself: one character, a share that does not say of what
 * (`占63.72%`, `占比7.54%`), or a word of form (`方式`): equal labels of two reports then say
 * nothing about the figures.
 */
function namesNoMetric(labelKey: string): boolean {
  const label = labelKey.split('|', 1)[0]!;
  return label.length < 2 || /^占比?$/.test(label) || FORM_WORDS.test(label);
}

/** Counts and amounts add up over time: a later report may give more, never less. */
function isCumulative(figure: Figure): boolean {
  return figure.kind === 'count' || figure.kind === 'amount';
}

// A reference figure is compared with many page figures: its range and plausibility once.
const refFacts = new WeakMap<RefFigure, { interval: Interval; impossible: boolean }>();
function factsOf(ref: RefFigure): { interval: Interval; impossible: boolean } {
  let facts = refFacts.get(ref);
  if (!facts) {
    facts = { interval: valueInterval(ref, ref.numberText), impossible: exceedsKnownBound(ref, ref.numberText) };
    refFacts.set(ref, facts);
  }
  return facts;
}

/** One side of a comparison in time: who says it, when, and what. */
interface Side {
  zh: string;
  en: string;
  day: string;
  text: string;
  value: number;
}

function relate(ctx: CheckContext, figure: Figure, mine: Interval, scope: FigureScope, ref: RefFigure): Match | null {
  if (!scope.place || !ref.place) return null;
  const places = placeRelation(scope.place, ref.place);
  // The whole country contains every place: a national figure is no scope to compare a city's with.
  if (places.kind === 'unrelated' || (places.kind === 'within' && places.outer === CHINA)) return null;
  if (places.kind === 'within') return { ref, relation: 'different_scope', bodyKnown: true, gap: { kind: 'place', inner: places.inner, outer: places.outer } };
  // Neither side names a body: both speak of the place at large. One side only: not known.
  const bodyKnown = (scope.body !== null) === (ref.body !== null);
  if (scope.body !== null && ref.body !== null && !scopesCompatible(scope.body, ref.body)) {
    return { ref, relation: 'different_scope', bodyKnown, gap: { kind: 'body', mine: scope.body, theirs: ref.body } };
  }
  if (!periodsComparable(scope.period, ref.period)) {
    return { ref, relation: 'different_scope', bodyKnown: true, gap: { kind: 'period', mine: scope.period, theirs: ref.period } };
  }
  const stages = [stageOf(ctx.text.slice(figure.sentence.start, figure.start)), quotedStage(ref.quote, ref.text)] as const;
  if (stages[0] && stages[1] && stages[0] !== stages[1]) {
    return { ref, relation: 'different_scope', bodyKnown: true, gap: { kind: 'stage', mine: stages[0], theirs: stages[1] } };
  }
  if (overlaps(mine, factsOf(ref).interval)) return { ref, relation: 'consistent', bodyKnown };
  const pageDay = day(ctx.meta.date);
  const refDay = day(ctx.documents.get(ref.docId)?.date);
  // A report without a date never decides time.
  if (!pageDay || !refDay) return { ref, relation: 'dates_unknown', bodyKnown };
  // A contradiction (two values the same day, a count that fell) is said only when both name the
  // same body: a label alone (`4种方式`, `总投资`) may count another thing.
  const namedBodies = scope.body !== null && ref.body !== null;
  if (pageDay === refDay) return { ref, relation: 'differs', bodyKnown: namedBodies };
  const laterIsPage = pageDay > refDay;
  const fell = laterIsPage ? figure.value < ref.value : ref.value < figure.value;
  if (!fell || !isCumulative(figure)) return { ref, relation: 'changed_over_time', bodyKnown };
  return { ref, relation: 'differs', bodyKnown: namedBodies };
}

/** Verdict and confidence for a figure, from the most telling of its matches. */
function decide(matches: Match[]): { verdict: Verdict; confidence: number; chosen: Match[] } | null {
  const pick = (relation: Relation, bodyKnown: boolean) => matches.filter((m) => m.relation === relation && m.bodyKnown === bodyKnown);
  const order: [Relation, boolean, Verdict, number][] = [
    ['consistent', true, 'consistent', 0.85],
    ['changed_over_time', true, 'changed_over_time', 0.7],
    ['differs', true, 'differs', 0.6],
    ['consistent', false, 'consistent', 0.5],
    ['dates_unknown', true, 'unknown', 0.3],
    ['changed_over_time', false, 'unknown', 0.2],
    ['differs', false, 'unknown', 0.2],
    ['dates_unknown', false, 'unknown', 0.2],
    ['different_scope', true, 'different_scope', 0.7],
  ];
  for (const [relation, bodyKnown, verdict, confidence] of order) {
    const chosen = pick(relation, bodyKnown);
    // Another scope is said once, of the report it names; the same metric quotes each report it matched.
    if (chosen.length > 0) return { verdict, confidence, chosen: chosen.slice(0, verdict === 'different_scope' ? 1 : MAX_EVIDENCE) };
  }
  return null;
}

function describeGap(gap: ScopeGap | undefined, figure: Figure, ref: RefFigure): { zh: string; en: string } {
  switch (gap?.kind) {
    case 'place':
      return { zh: `${placeName(gap.inner)}属于${placeName(gap.outer)}`, en: `${placeName(gap.inner)} is part of ${placeName(gap.outer)}` };
    case 'stage': {
      const zh = { planned: '计划数', done: '完成数' };
      return { zh: `一为${zh[gap.theirs]}、一为${zh[gap.mine]}`, en: `one counts what was ${gap.theirs}, the other what was ${gap.mine}` };
    }
    case 'period': {
      const [a, b] = [describePeriod(gap.theirs), describePeriod(gap.mine)];
      return { zh: `时段不同（${a} / ${b}）`, en: `the periods differ (${a} vs ${b})` };
    }
    default: {
      const [a, b] = [ref.body ?? ref.subject ?? '?', gap?.kind === 'body' ? gap.mine : (figure.subject ?? '?')];
      return { zh: `口径不同（${a} / ${b}）`, en: `a different scope (${a} vs ${b})` };
    }
  }
}

function describe(ctx: CheckContext, figure: Figure, verdict: Verdict, chosen: Match[]): { zh: string; en: string } {
  const { ref, gap } = chosen[0]!;
  const doc = ctx.documents.get(ref.docId);
  const refDay = day(doc?.date);
  const pageDay = day(ctx.meta.date);
  const where = `${doc?.source ?? doc?.title ?? '另一报道'}${refDay ? `（${refDay}）` : ''}`;
  const whereEn = `${doc?.source ?? doc?.title ?? 'another report'}${refDay ? ` (${refDay})` : ''}`;
  // In time order: the earlier report first, whichever of the two is the page.
  const page: Side = { zh: '本文', en: 'this page', day: pageDay ?? '', text: figure.text, value: figure.value };
  const other: Side = { zh: doc?.source ?? doc?.title ?? '另一报道', en: doc?.source ?? doc?.title ?? 'another report', day: refDay ?? '', text: ref.text, value: ref.value };
  const [earlier, later] = page.day < other.day ? [page, other] : [other, page];
  const sides = {
    zh: `${earlier.zh}（${earlier.day}）为${earlier.text}，${later.zh}（${later.day}）为${later.text}`,
    en: `${earlier.en} (${earlier.day}) gives ${formatValue(earlier.value)}, ${later.en} (${later.day}) gives ${formatValue(later.value)}`,
  };
  switch (verdict) {
    case 'consistent':
      return { zh: `与${where}所载${ref.text}一致。`, en: `Agrees with ${formatValue(ref.value)} in ${whereEn}.` };
    case 'changed_over_time': {
      const grew = later.value > earlier.value;
      return { zh: `${sides.zh}：数字随时间${grew ? '增长' : '减少'}。`, en: `${sides.en}: the figure ${grew ? 'grew' : 'fell'} over time.` };
    }
    case 'differs':
      if (pageDay === refDay) return { zh: `与同日${where}所载${ref.text}不符。`, en: `Differs from ${formatValue(ref.value)} in ${whereEn}, published the same day.` };
      return { zh: `${sides.zh}：累计数在较晚的报道中反而减少，前后不符。`, en: `${sides.en}: a cumulative count is lower in the later report.` };
    case 'different_scope': {
      const why = describeGap(gap, figure, ref);
      return {
        zh: `${where}有同名指标${ref.text}，但${why.zh}，并非矛盾。`,
        en: `${whereEn} has ${formatValue(ref.value)} for the same label, but ${why.en}; not a contradiction.`,
      };
    }
    default:
      return {
        zh: `${where}有同名指标${ref.text}，数值不同；口径或日期不明，无法判断。`,
        en: `${whereEn} has ${formatValue(ref.value)} for the same label; scope or dates are not known, so this cannot be decided.`,
      };
  }
}

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  if (ctx.references.size === 0) return results;
  const { scopes } = pageScopes(ctx.text, ctx.meta, ctx.figures);
  for (const figure of ctx.figures) {
    const keys = metricKeys(figure);
    const scope = scopes.get(figure.id);
    // A count of kinds (`四类问题`) says how a list splits: no metric to compare across reports.
    if (!keys.labelKey || namesNoMetric(keys.labelKey) || isKindCount(figure) || !scope?.place || exceedsKnownBound(figure, ctx.text.slice(figure.numberStart, figure.numberEnd))) continue;
    const refs = ctx.references.get(keys.labelKey)?.filter((r) => !factsOf(r).impossible && !isKindCount(r));
    if (!refs || refs.length === 0) continue;
    const mine = valueInterval(figure, ctx.text.slice(figure.numberStart, figure.numberEnd));
    const matches = refs
      .map((r) => relate(ctx, figure, mine, scope, r))
      // With a body unknown, a value ten times larger or smaller is another population
      // (一个基层党组织 per cadre vs 2.9万 in the city): silence rather than an empty "unknown".
      .filter((m): m is Match => m !== null && (m.bodyKnown || m.relation === 'consistent' || withinTenfold(figure.value, m.ref.value)));
    const decided = decide(matches);
    if (!decided) continue;
    const message = describe(ctx, figure, decided.verdict, decided.chosen);
    results.push({
      check: 'same-metric',
      figureId: figure.id,
      verdict: decided.verdict,
      confidence: decided.confidence,
      evidence: [
        pageEvidence(ctx.text, ctx.meta, figure),
        ...decided.chosen.map((m) => referenceEvidence(m.ref, ctx.documents.get(m.ref.docId))),
      ],
      message_zh: message.zh,
      message_en: message.en,
    });
  }
  return results;
}

export const sameMetric: Check = {
  id: 'same-metric',
  readsReferences: true,
  description: 'The same label and unit at the same place (or a place within it) in another report: consistent, changed over time, a different scope, or differs.',
  run,
};
