// Normalized keys for "the same metric" across articles: label + unit family (+ scope).
// Lookups go by labelKey (label + unit family); the scope decides whether two figures with the
// same label speak of the same population (`different_scope` otherwise). The vocabulary lives
// in metric-tables.json so that it can be reviewed and extended without touching code.
import type { Figure } from '../types';
import tables from './metric-tables.json';

const LABEL_SYNONYMS: Record<string, string> = tables.labelSynonyms;
const SCOPE_SYNONYMS: Record<string, string> = tables.scopeSynonyms;
const RELATIVE_SCOPES: Record<string, string> = tables.relativeScopes;
// Longest first, so that 共计 is stripped before 共.
const SCOPE_PREFIXES = [...tables.scopePrefixes].sort((a, b) => b.length - a.length);
const SCOPE_LEAD_WORDS = [...tables.scopeLeadWords].sort((a, b) => b.length - a.length);
const LIGHT_VERBS = [...tables.lightVerbs].sort((a, b) => b.length - a.length);
const UNIT_FAMILY = new Map<string, string>();
for (const [family, units] of Object.entries(tables.unitFamilies)) {
  for (const unit of units) UNIT_FAMILY.set(unit, family);
}

// Quotes, brackets, spaces and punctuation carry no meaning inside a label.
const LABEL_NOISE = /[\s“”"‘’'「」『』《》〈〉（）()【】\[\]·・,，、。:：;；!！?？]/g;

function stripNoise(s: string): string {
  return s.normalize('NFKC').replace(LABEL_NOISE, '');
}

// Pure functions of a string that every check of a page asks again: remembered, up to a bound.
function remembered(fn: (s: string) => string | null): (s: string) => string | null {
  const cache = new Map<string, string | null>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      if (cache.size >= 10_000) cache.clear();
      cache.set(s, (out = fn(s)));
    }
    return out;
  };
}

/** The canonical form of a label: noise and scope prefixes removed, synonyms applied. */
export function normalizeLabel(label: string | null): string | null {
  return label ? labelOf(label) : null;
}

const labelOf = remembered((label) => {
  let s = stripNoise(label);
  // `目前全市已开展中心组学习` counts 中心组学习: cut after the last light verb.
  for (const verb of LIGHT_VERBS) {
    const at = s.lastIndexOf(verb);
    if (at >= 0 && s.length - (at + verb.length) >= 2) {
      s = s.slice(at + verb.length);
      break;
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of SCOPE_PREFIXES) {
      if (s.startsWith(prefix) && s.length > prefix.length + 1) {
        s = s.slice(prefix.length);
        changed = true;
      }
    }
  }
  s = LABEL_SYNONYMS[s] ?? s;
  return s.length > 0 ? s : null;
});

/**
 * Which kind of quantity a figure states. Counts of persons, of person-times, of events and of
 * things are different families; measures keep their own unit (公里 is not 平方米).
 */
export function unitFamily(figure: Pick<Figure, 'unit' | 'kind'>): string {
  if (figure.kind === 'rank') return 'rank';
  if (figure.kind === 'percentage_points') return 'percentage_points';
  if (figure.kind === 'percent') return 'percent';
  if (!figure.unit) return figure.kind === 'count' ? 'count_unspecified' : figure.kind;
  const unit = figure.unit.normalize('NFKC');
  const family = UNIT_FAMILY.get(unit);
  if (family) return family;
  return figure.kind === 'measure' ? `measure:${unit}` : `${figure.kind}:${unit}`;
}

/** The canonical form of a scope (`我市` → `全市`, `市委常委班子` → `市委常委会班子`). */
export function normalizeScope(subject: string | null): string | null {
  return subject ? scopeOf(subject) : null;
}

const scopeOf = remembered((subject) => {
  let s = stripNoise(subject);
  for (const word of SCOPE_LEAD_WORDS) {
    if (s.startsWith(word) && s.length > word.length + 1) {
      s = s.slice(word.length);
      break;
    }
  }
  if (!s) return null;
  return SCOPE_SYNONYMS[s] ?? s;
});

const PLACE_NAME = /^[\u4e00-\u9fff]{1,6}$/;

/**
 * Whether two normalized scopes may speak of the same population.
 * - equal keys;
 * - a relative scope (`全市`) and a bare place name of that level (`郑州市`);
 * - one scope extended by a conjunction (`全市县处级以上领导班子` / `…和领导干部`).
 */
export function scopesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const levelOfRelative = (rel: string, place: string): boolean => {
    const level = RELATIVE_SCOPES[rel];
    return level !== undefined && PLACE_NAME.test(place) && place.endsWith(level) && !/[委局厅办部]/.test(place);
  };
  if (levelOfRelative(a, b) || levelOfRelative(b, a)) return true;
  const extends_ = (short: string, long: string): boolean =>
    long.startsWith(short) && /^[和及与、]/.test(long.slice(short.length));
  return extends_(a, b) || extends_(b, a);
}

export interface MetricKeys {
  labelKey: string | null;
  scopeKey: string | null;
  metricKey: string | null;
}

/** The keys a figure is stored and looked up by; null labelKey when the figure has no label. */
export function metricKeys(figure: Pick<Figure, 'label' | 'unit' | 'kind' | 'subject'>): MetricKeys {
  const label = normalizeLabel(figure.label);
  const scopeKey = normalizeScope(figure.subject);
  if (!label) return { labelKey: null, scopeKey, metricKey: null };
  const labelKey = `${label}|${unitFamily(figure)}`;
  return { labelKey, scopeKey, metricKey: `${labelKey}|${scopeKey ?? ''}` };
}
