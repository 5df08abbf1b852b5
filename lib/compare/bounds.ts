// Known bounds on counts of people (bounds.json, with sources), and which apply to a figure.
import type { Figure } from '../types';
import { unitFamily } from '../dataset/metric';
import { ancestry } from '../place';
import data from './bounds.json';

export interface KnownBound {
  id: string;
  quote_zh: string;
  quote_en: string;
  value: number;
  asOf: string;
  source: string;
  url: string | null;
  /** Regular expression over the figure's label; empty applies to every label. */
  labelPattern: string;
  /** Regular expression over the figure's subject; absent applies to every scope. */
  scopePattern?: string;
  unitFamilies: string[];
  /** Entries of one series are one quantity at its published dates (lib/compare/bounds.json). */
  series?: string;
  /** How far a count may exceed the value before it cannot be right; absent: BOUND_MARGIN. */
  margin?: number;
}

export const BOUND_MARGIN: number = data.margin;
const FLOW_LABEL = new RegExp(data.flowLabelPattern);

/** Whether a count of people is a flow (visits, audiences) that no population bounds. */
export function isFlowLabel(figure: Pick<Figure, 'label' | 'text'>): boolean {
  return FLOW_LABEL.test(figure.label ?? figure.text);
}
export const KNOWN_BOUNDS: readonly KnownBound[] = data.bounds;

// Compiled once, tightest first.
const COMPILED = [...KNOWN_BOUNDS]
  .sort((a, b) => a.value - b.value)
  .map((b) => ({
    bound: b,
    families: new Set(b.unitFamilies),
    label: b.labelPattern ? new RegExp(b.labelPattern) : null,
    scope: b.scopePattern ? new RegExp(b.scopePattern) : null,
  }));

/**
 * The entry of each series for an article of `date` (YYYY-MM-DD…): the latest published at or
 * before it, else the earliest; without a date, the latest.
 */
function forDate(bounds: readonly KnownBound[], date: string | null): KnownBound[] {
  const bySeries = new Map<string, KnownBound[]>();
  for (const b of bounds) {
    const key = b.series ?? b.id;
    bySeries.set(key, [...(bySeries.get(key) ?? []), b]);
  }
  const out: KnownBound[] = [];
  for (const entries of bySeries.values()) {
    const sorted = [...entries].sort((a, b) => a.asOf.localeCompare(b.asOf));
    const day = date?.slice(0, 10);
    const before = day ? sorted.filter((b) => b.asOf <= day) : sorted;
    out.push(before.length > 0 ? before[before.length - 1]! : sorted[0]!);
  }
  return out.sort((a, b) => a.value - b.value);
}

/** The bounds that apply to a figure of an article of `date`, tightest first. */
export function boundsFor(figure: Figure, date: string | null = null): KnownBound[] {
  const family = unitFamily(figure);
  const out: KnownBound[] = [];
  if (isFlowLabel(figure)) return out;
  for (const c of COMPILED) {
    if (!c.families.has(family)) continue;
    if (c.label && !c.label.test(figure.label ?? figure.text)) continue;
    if (c.scope && !c.scope.test(figure.subject ?? '')) continue;
    out.push(c.bound);
  }
  return forDate(out, date);
}

// Bounds by place: the 7th census population of the figure's place (or of the nearest listed place
// it lies within), and a fifth of it for Party members.
const CENSUS = data.placePopulations;
/** A population before the census may exceed the census's by this much (the annual estimates of 2010–2019 ran up to
 * 18 % over it in the north-east: 黑龙江 3751.3万 for 2019 against 3185.0万). */
const BEFORE_CENSUS_MARGIN = 1.25;
const POPULATION = new Map(CENSUS.places.map((p) => [p.code, p]));
// Counts of Party members, not `党员群众` (members and others) nor `非党员`.
const PARTY_LABEL = /^(?!.*(?:群众|非党员)).*党员/;
const placeBoundCache = new Map<string, KnownBound[]>();

function censusBounds(code: string): KnownBound[] {
  let bounds = placeBoundCache.get(code);
  if (bounds) return bounds;
  const place = ancestry(code).map((d) => POPULATION.get(d.code)).find((p) => p !== undefined);
  bounds = !place
    ? []
    : [
        {
          id: `census-${place.code}`,
          quote_zh: `${place.name}常住人口（第七次全国人口普查）`,
          quote_en: `Resident population of ${place.name} (7th census)`,
          value: place.value,
          asOf: CENSUS.asOf,
          source: place.source,
          url: place.url,
          labelPattern: '',
          unitFamilies: ['persons'],
        },
        {
          id: `party-share-${place.code}`,
          quote_zh: `${place.name}常住人口（第七次全国人口普查）的五分之一`,
          quote_en: `A fifth of the resident population of ${place.name} (7th census)`,
          value: Math.round(place.value * CENSUS.partyShareMax),
          asOf: CENSUS.asOf,
          source: place.source,
          url: place.url,
          labelPattern: PARTY_LABEL.source,
          unitFamilies: ['persons'],
        },
      ];
  placeBoundCache.set(code, bounds);
  return bounds;
}

// The Party's members by place (bounds.json, partyMembers), as published by year.
interface MembershipEntry {
  value: number;
  asOf: string;
  source: string;
  url: string | null;
}
const MEMBERS = data.partyMembers;
const MEMBERSHIP = new Map(
  MEMBERS.places.map((p) => [p.code, { name: p.name, series: [...p.series].sort((a, b) => a.asOf.localeCompare(b.asOf)) as MembershipEntry[] }]),
);
// An undated article is taken as of the newest published entry.
const NEWEST_MEMBERSHIP = [...MEMBERSHIP.values()].flatMap((p) => p.series.map((e) => e.asOf)).sort().at(-1) ?? '';

function yearsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);
}

/**
 * The membership entry of a place for an article of `day`: the latest at or before it when no
 * older than maxAgeYears (membership grows; an old count says little of today's), else the
 * earliest when all are later (fewer members then, still an upper bound); otherwise none.
 */
function membershipEntry(series: readonly MembershipEntry[], day: string): MembershipEntry | null {
  const before = series.filter((e) => e.asOf <= day);
  if (before.length === 0) return series[0] ?? null;
  const latest = before[before.length - 1]!;
  return yearsBetween(latest.asOf, day) <= MEMBERS.maxAgeYears ? latest : null;
}

/** Whether a bound is a place's published Party membership (a count of the same quantity). */
export function isMembershipBound(bound: KnownBound): boolean {
  return bound.id.startsWith('party-members-');
}

/** The Party membership of the nearest listed place that holds `code`, as of `date`. */
function membershipBound(code: string, date: string | null): KnownBound | null {
  const day = date?.slice(0, 10) || NEWEST_MEMBERSHIP;
  for (const d of ancestry(code)) {
    const place = MEMBERSHIP.get(d.code);
    const entry = place && membershipEntry(place.series, day);
    if (!place || !entry) continue;
    return {
      id: `party-members-${d.code}-${entry.asOf}`,
      quote_zh: `${place.name}中国共产党党员总数`,
      quote_en: `Members of the Communist Party of China in ${place.name}`,
      value: entry.value,
      asOf: entry.asOf,
      source: entry.source,
      url: entry.url,
      labelPattern: PARTY_LABEL.source,
      unitFamilies: ['persons'],
      margin: MEMBERS.margin,
    };
  }
  return null;
}

/**
 * The bounds of a figure's place (a GB/T 2260 code, lib/place/) that apply to it, tightest first;
 * `date` (the article's) picks the Party membership published for its time.
 */
export function placeBoundsFor(figure: Figure, place: string | null, date: string | null = null): KnownBound[] {
  if (!place || unitFamily(figure) !== 'persons' || isFlowLabel(figure)) return [];
  const members = membershipBound(place, date);
  // Before the census (or with no date), a place's population as its bureau estimated it may stand well above what the
  // census found: 吉林 published 2690.73万 for 2019, the census 2407.35万.
  const before = date === null || date < CENSUS.asOf;
  const census = censusBounds(place).map((b) => (before && !b.labelPattern ? { ...b, margin: BEFORE_CENSUS_MARGIN } : b));
  return [...census, ...(members ? [members] : [])]
    .filter((b) => !b.labelPattern || new RegExp(b.labelPattern).test(figure.label ?? figure.text))
    .sort((a, b) => a.value * (a.margin ?? BOUND_MARGIN) - b.value * (b.margin ?? BOUND_MARGIN));
}
