// Scores extracted figures against the hand-labelled gold files (test/gold/README.md).
import { normalizeUnit } from '../../lib/extract/units';
import type { Figure } from '../../lib/types';

export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  number_text: string;
  number_start: number;
  value: number;
  unit: string | null;
  qualifier: Figure['qualifier'];
  kind: Figure['kind'];
  label: string | null;
  subject: string | null;
  optional?: boolean;
}

export interface Tally {
  predicted: number;
  gold: number; // non-optional gold figures
  detectedPredicted: number; // predictions that overlap a gold figure (optional ones included)
  detectedGold: number; // non-optional gold figures found
  correctPredicted: number; // predictions with value, unit and qualifier right
  correctGold: number;
  spanOverlapPredicted: number;
  spanOverlapGold: number;
  exactText: number;
  labelled: number; // correct non-optional gold figures that carry a label
  labelRight: number;
  kindRight: number;
  subjectRight: number;
  errors: string[];
}

export function emptyTally(): Tally {
  return {
    predicted: 0, gold: 0, detectedPredicted: 0, detectedGold: 0, correctPredicted: 0, correctGold: 0,
    spanOverlapPredicted: 0, spanOverlapGold: 0, exactText: 0, labelled: 0, labelRight: 0, kindRight: 0,
    subjectRight: 0, errors: [],
  };
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

/** Labels are compared loosely: brackets, quotes and spaces dropped, one inside the other or half the bigrams shared. */
export function normalizeLabel(s: string): string {
  return s.replace(/（[^）]*）|\([^)]*\)/g, '').replace(/[“”‘’"'\s]/g, '');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

export function labelsAgree(ours: string | null, gold: string | null): boolean {
  if (gold === null) return ours === null;
  if (ours === null) return false;
  const a = normalizeLabel(ours);
  const b = normalizeLabel(gold);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short)) return true;
  const ba = bigrams(a);
  const bb = new Set(bigrams(b));
  const shared = ba.filter((x) => bb.has(x)).length;
  return ba.length + bb.size > 0 && (2 * shared) / (ba.length + bb.size) >= 0.5;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Adds one article's comparison to the tally. Matching is one-to-one on overlap of the numeric parts. */
export function scoreArticle(name: string, figures: Figure[], gold: GoldFigure[], tally: Tally): void {
  tally.predicted += figures.length;
  tally.gold += gold.filter((g) => !g.optional).length;
  const taken = new Set<number>();
  const matchOf = new Map<Figure, GoldFigure>();
  for (const f of figures) {
    const gi = gold.findIndex(
      (g, i) => !taken.has(i) && overlaps(f.numberStart, f.numberEnd, g.number_start, g.number_start + g.number_text.length),
    );
    if (gi >= 0) {
      taken.add(gi);
      matchOf.set(f, gold[gi]!);
    }
  }
  const found = new Map<GoldFigure, Figure>();
  for (const [f, g] of matchOf) found.set(g, f);
  for (const f of figures) {
    const g = matchOf.get(f);
    if (!g) {
      tally.errors.push(`${name} extra: ${JSON.stringify(f.text)} = ${f.value} ${f.unit ?? ''}`);
      continue;
    }
    tally.detectedPredicted++;
    if (overlaps(f.start, f.end, g.start, g.end)) tally.spanOverlapPredicted++;
    const right = sameValue(f.value, g.value) && f.unit === normalizeUnit(g.unit) && f.qualifier === g.qualifier;
    if (right) tally.correctPredicted++;
    else tally.errors.push(`${name} wrong: ${JSON.stringify(f.text)} = ${f.value} ${f.unit} ${f.qualifier}; gold ${JSON.stringify(g.text)} = ${g.value} ${g.unit} ${g.qualifier}`);
  }
  for (const g of gold) {
    if (g.optional) continue;
    const f = found.get(g);
    if (!f) {
      tally.errors.push(`${name} missed: ${JSON.stringify(g.text)} = ${g.value} ${g.unit ?? ''}`);
      continue;
    }
    tally.detectedGold++;
    if (overlaps(f.start, f.end, g.start, g.end)) tally.spanOverlapGold++;
    if (f.text === g.text) tally.exactText++;
    if (!(sameValue(f.value, g.value) && f.unit === normalizeUnit(g.unit) && f.qualifier === g.qualifier)) continue;
    tally.correctGold++;
    if (f.kind === g.kind) tally.kindRight++;
    if (labelsAgree(f.subject, g.subject)) tally.subjectRight++;
    if (g.label !== null) {
      tally.labelled++;
      if (labelsAgree(f.label, g.label)) tally.labelRight++;
      else tally.errors.push(`${name} label: ${JSON.stringify(f.text)} → ${f.label}; gold ${g.label}`);
    }
  }
}

export interface Metrics {
  detection: { precision: number; recall: number };
  valueUnitQualifier: { precision: number; recall: number };
  span: { precision: number; recall: number; exactText: number };
  label: number;
  kind: number;
  subject: number;
}

export function metricsOf(t: Tally): Metrics {
  const r = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    detection: { precision: r(t.detectedPredicted, t.predicted), recall: r(t.detectedGold, t.gold) },
    valueUnitQualifier: { precision: r(t.correctPredicted, t.predicted), recall: r(t.correctGold, t.gold) },
    span: { precision: r(t.spanOverlapPredicted, t.predicted), recall: r(t.spanOverlapGold, t.gold), exactText: r(t.exactText, t.gold) },
    label: r(t.labelRight, t.labelled),
    kind: r(t.kindRight, t.correctGold),
    subject: r(t.subjectRight, t.correctGold),
  };
}
