// The same metric in another report. `9600多个基层参学单位` vs `9606个参学单位`: consistent.
// `中心组学习506场次` (October) vs `1559场次` (the final summary): changed over time, both dates
// shown. `调研课题41个` (the standing committee) vs `2364个` (all county-level leadership
// groups): a different scope, not a contradiction.
import type { RefFigure } from '../../dataset/schema';
import { metricKeys, scopesCompatible } from '../../dataset/metric';
import type { CheckResult, Figure, Verdict } from '../../types';
import type { Check, CheckContext } from '../context';
import { BOUND_MARGIN, boundsFor } from '../bounds';
import { pageEvidence, referenceEvidence } from '../evidence';
import { formatValue, overlaps, valueInterval, type Interval } from '../quantity';

type Relation = 'consistent' | 'changed_over_time' | 'differs' | 'dates_unknown' | 'different_scope';

interface Match {
  ref: RefFigure;
  relation: Relation;
  scopeKnown: boolean;
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

function relate(ctx: CheckContext, figure: Figure, mine: Interval, scopeKey: string | null, ref: RefFigure): Match {
  const scopeKnown = scopeKey !== null && ref.scopeKey !== null;
  const theirs = factsOf(ref).interval;
  const agree = overlaps(mine, theirs);
  if (scopeKnown && !scopesCompatible(scopeKey!, ref.scopeKey!)) {
    // Equal values under differently worded scopes are most likely the same fact.
    return { ref, relation: agree ? 'consistent' : 'different_scope', scopeKnown: !agree };
  }
  if (agree) return { ref, relation: 'consistent', scopeKnown };
  const pageDay = day(ctx.meta.date);
  const refDay = day(ctx.documents.get(ref.docId)?.date);
  if (!pageDay || !refDay) return { ref, relation: 'dates_unknown', scopeKnown };
  return { ref, relation: pageDay === refDay ? 'differs' : 'changed_over_time', scopeKnown };
}

/** Verdict and confidence for a figure, from the most telling of its matches. */
function decide(matches: Match[]): { verdict: Verdict; confidence: number; chosen: Match[] } | null {
  const pick = (relation: Relation, scopeKnown: boolean) => matches.filter((m) => m.relation === relation && m.scopeKnown === scopeKnown);
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
  for (const [relation, scopeKnown, verdict, confidence] of order) {
    const chosen = pick(relation, scopeKnown);
    if (chosen.length > 0) return { verdict, confidence, chosen: chosen.slice(0, MAX_EVIDENCE) };
  }
  return null;
}

function describe(ctx: CheckContext, figure: Figure, verdict: Verdict, chosen: Match[]): { zh: string; en: string } {
  const ref = chosen[0]!.ref;
  const doc = ctx.documents.get(ref.docId);
  const where = `${doc?.source ?? doc?.title ?? '另一报道'}${doc?.date ? `（${day(doc.date)}）` : ''}`;
  const whereEn = `${doc?.source ?? doc?.title ?? 'another report'}${doc?.date ? ` (${day(doc.date)})` : ''}`;
  const pageDay = day(ctx.meta.date);
  switch (verdict) {
    case 'consistent':
      return { zh: `与${where}所载${ref.text}一致。`, en: `Agrees with ${formatValue(ref.value)} in ${whereEn}.` };
    case 'changed_over_time': {
      const grew = figure.value > ref.value;
      return {
        zh: `${where}为${ref.text}，本文（${pageDay}）为${figure.text}：数字随时间${grew ? '增长' : '减少'}。`,
        en: `${whereEn} gives ${formatValue(ref.value)}; this page (${pageDay}) gives ${formatValue(figure.value)}: the figure ${grew ? 'grew' : 'fell'} over time.`,
      };
    }
    case 'differs':
      return { zh: `与同日${where}所载${ref.text}不符。`, en: `Differs from ${formatValue(ref.value)} in ${whereEn}, published the same day.` };
    case 'different_scope':
      return {
        zh: `${where}有同名指标${ref.text}，但口径不同（${ref.subject ?? '?'} / ${figure.subject ?? '?'}），并非矛盾。`,
        en: `${whereEn} has ${formatValue(ref.value)} for the same label but a different scope (${ref.subject ?? '?'} vs ${figure.subject ?? '?'}); not a contradiction.`,
      };
    default:
      return {
        zh: `${where}有同名指标${ref.text}，数值不同；口径或日期不明，无法判断。`,
        en: `${whereEn} has ${formatValue(ref.value)} for the same label; scope or dates are not known, so this cannot be decided.`,
      };
  }
}

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const figure of ctx.figures) {
    const keys = metricKeys(figure);
    if (!keys.labelKey || exceedsKnownBound(figure, ctx.text.slice(figure.numberStart, figure.numberEnd))) continue;
    const refs = ctx.references.get(keys.labelKey)?.filter((r) => !factsOf(r).impossible);
    if (!refs || refs.length === 0) continue;
    const mine = valueInterval(figure, ctx.text.slice(figure.numberStart, figure.numberEnd));
    const matches = refs
      .map((r) => relate(ctx, figure, mine, keys.scopeKey, r))
      // With the scope unknown, a value ten times larger or smaller is another population
      // (一个基层党组织 per cadre vs 2.9万 in the city): silence rather than an empty "unknown".
      .filter((m) => m.scopeKnown || m.relation === 'consistent' || withinTenfold(figure.value, m.ref.value));
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
  description: 'The same label, unit and scope in another report: consistent, changed over time, a different scope, or differs.',
  run,
};
