// Counts of people that cannot be right: more Party members than China has or than the place's
// published membership allows, more people than the place has, or more than the population the
// same article states. `实现2041个基层党组织、44984万名党员全覆盖` in a district of `162万` people
// is 449,840,000 members; 44,984 was meant.
import { readWords } from '../../reading';
import type { CheckResult, Evidence, Figure } from '../../types';
import { BOUND_MARGIN, boundsFor, isFlowLabel, isMembershipBound, placeBoundsFor, type KnownBound } from '../bounds';
import { CHINA, findPlaceMentions, pageScopes, resolveMention } from '../../place';
import type { Check, CheckContext } from '../context';
import { boundEvidence, pageEvidence } from '../evidence';
import { formatValue, formatZh, valueInterval } from '../quantity';
import { unitFamily } from '../../dataset/metric';

interface Population {
  figure: Figure;
  /** The place stem (`金水` for `162万金水人`). */
  place: string;
}

// `金水人` right after the number, not `青年人才`.
const DEMONYM = /^([\u4e00-\u9fff]{2,3}?)人(?![\u4e00-\u9fff])/;
const POPULATION_LABEL = /(?:([\u4e00-\u9fff]{2,4}?)(?:市|区|县|省)?)?(?:常住|户籍)?人口$/;

/** Figures that state how many people live in a place: `162万金水人`, `常住人口1300.8万`. */
export function articlePopulations(ctx: CheckContext): Population[] {
  const out: Population[] = [];
  for (const f of ctx.figures) {
    if (f.kind !== 'count' || unitFamily(f) === 'person_times') continue;
    // Only the words after the number: `162万金水人` → 金水.
    const demonym = DEMONYM.exec(ctx.text.slice(f.numberEnd, f.end)) ?? DEMONYM.exec(f.label ?? '');
    const place = demonym?.[1];
    // `金水人` names a population only when the article speaks of 金水区 (or 市/县/省).
    if (place && new RegExp(`${place}[区市县省]`).test(ctx.text)) {
      out.push({ figure: f, place });
      continue;
    }
    const pop = POPULATION_LABEL.exec(f.label ?? '');
    // A kind of people before 人口 (`出生人口`, `乡村人口`, `老年人口`) is no place: such a count bounds nothing.
    if (pop && (!pop[1] || findPlaceMentions(pop[1]).length > 0)) out.push({ figure: f, place: pop[1] ?? '' });
  }
  return out;
}

// Registered (户籍) and resident (常住) people are two counts of a place: either may be the larger (people leave, people come).
const MEASURE = /户籍|常住/;
const otherMeasure = (a: Figure, b: Figure) => {
  const [x, y] = [MEASURE.exec(readWords(a.label ?? ''))?.[0], MEASURE.exec(readWords(b.label ?? ''))?.[0]];
  return !!x && !!y && x !== y;
};

/** The place a figure's own words begin with (`浙江省共有党员396.7万名`, `全省共有党员…`), else null. */
function labelPlace(figure: Figure, articlePlace: string | null): string | null {
  const label = figure.label ?? '';
  const first = findPlaceMentions(label)[0];
  if (!first || first.start > 0 || first.candidates.some((d) => d.code === CHINA)) return null;
  return resolveMention(first, articlePlace);
}

/**
 * What was probably meant: a unit dropped (`44984万` for 44,984) under the tightest limit; against a
 * place's published membership, a slipped digit (×10, ×100) or unit that brings the figure within
 * the margin of that count, else nothing (a doubling has no likely intent).
 */
function intendedValue(f: Figure, written: string, tightest: number, exceeded: readonly KnownBound[]): number | null {
  const members = exceeded.find(isMembershipBound);
  if (members) {
    const margin = members.margin ?? BOUND_MARGIN;
    return [10, 100, 1e4].map((k) => f.value / k).find((v) => v >= members.value / margin && v <= members.value * margin) ?? null;
  }
  const multiplier = /[万萬]/.test(written) ? 1e4 : /[亿億]/.test(written) ? 1e8 : 1;
  return multiplier > 1 && f.value / multiplier <= tightest ? f.value / multiplier : null;
}

/** The first figure of the 、-joined list that `ctx.figures[i]` ends (itself when it heads none): what the list
 * counts is named once, before its first value (`分别完成客运量34.3億人、26.5億人、29.7億人`). */
function listHead(ctx: CheckContext, i: number): Figure {
  let k = i;
  while (k > 0) {
    const [before, f] = [ctx.figures[k - 1]!, ctx.figures[k]!];
    if (before.sentence.start !== f.sentence.start || before.unit !== f.unit || !/^\s*[、和及与]\s*$/.test(ctx.text.slice(before.end, f.numberStart))) break;
    k--;
  }
  return ctx.figures[k]!;
}

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  const nt = (f: Figure) => ctx.text.slice(f.numberStart, f.numberEnd);
  const populations = articlePopulations(ctx);
  const popIds = new Set(populations.map((p) => p.figure.id));
  const scopes = pageScopes(ctx.text, ctx.meta, ctx.figures);
  for (const [i, f] of ctx.figures.entries()) {
    if (f.kind !== 'count' || popIds.has(f.id) || unitFamily(f) !== 'persons' || isFlowLabel(f) || isFlowLabel(listHead(ctx, i))) continue;
    const lo = valueInterval(f, nt(f)).lo;
    // A place's own bounds only where the figure names its place (its subject, sentence or own
    // words): a figure that merely stands in the article may be the nation's.
    const place = scopes.explicit.has(f.id) ? (scopes.scopes.get(f.id)?.place ?? null) : labelPlace(f, scopes.place);
    const exceeded = [...boundsFor(f, ctx.meta.date), ...placeBoundsFor(f, place, ctx.meta.date)]
      .filter((b) => lo > b.value * (b.margin ?? BOUND_MARGIN))
      .sort((a, b) => a.value - b.value);
    // The article's own population counts only where the figure is about that place.
    const scopeWords = `${f.subject ?? ''}${f.label ?? ''}`;
    const overPopulation = populations.filter(
      (p) => p.place && scopeWords.includes(p.place) && lo > valueInterval(p.figure, nt(p.figure)).hi && !otherMeasure(f, p.figure),
    );
    if (exceeded.length === 0 && overPopulation.length === 0) continue;
    const evidence: Evidence[] = [pageEvidence(ctx.text, ctx.meta, f)];
    for (const b of exceeded) evidence.push(boundEvidence(b.quote_zh, b.value, b.source, b.asOf, b.url));
    // The article's population supports a bound-based finding even when the scope is implicit.
    const shownPopulations = exceeded.length > 0 ? populations : overPopulation;
    for (const p of shownPopulations) evidence.push(pageEvidence(ctx.text, ctx.meta, p.figure));
    const limits = [...exceeded.map((b) => b.value), ...shownPopulations.map((p) => p.figure.value)];
    const tightest = Math.min(...limits);
    const intended = intendedValue(f, nt(f), tightest, exceeded);
    const against = exceeded[0]
      ? { zh: `${exceeded[0].quote_zh}（${formatZh(exceeded[0].value)}，${exceeded[0].asOf}）`, en: `${exceeded[0].quote_en} (${formatValue(exceeded[0].value)}, ${exceeded[0].asOf})` }
      : { zh: `文中所述人口${overPopulation[0]!.figure.text}`, en: `the population the article states (${formatValue(overPopulation[0]!.figure.value)})` };
    results.push({
      check: 'plausible-magnitude',
      figureId: f.id,
      verdict: 'implausible',
      confidence: exceeded.length > 0 ? 0.9 : 0.75,
      evidence,
      message_zh: `${f.text}即${formatZh(f.value)}人，超过${against.zh}，量级不可能${intended !== null ? `；疑为${formatZh(intended)}` : ''}。`,
      message_en: `${formatValue(f.value)} people is more than ${against.en}${intended !== null ? `; ${formatValue(intended)} was probably meant` : ''}.`,
    });
  }
  return results;
}

export const plausibleMagnitude: Check = {
  id: 'plausible-magnitude',
  description: 'Counts of people must not exceed known bounds or the population the article itself states.',
  run,
};
