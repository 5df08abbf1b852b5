// Known bounds on counts of people (bounds.json, with sources), and which apply to a figure.
import type { Figure } from '../types';
import { unitFamily } from '../dataset/metric';
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

/** The bounds that apply to a figure, tightest first. */
export function boundsFor(figure: Figure): KnownBound[] {
  const family = unitFamily(figure);
  const out: KnownBound[] = [];
  if (isFlowLabel(figure)) return out;
  for (const c of COMPILED) {
    if (!c.families.has(family)) continue;
    if (c.label && !c.label.test(figure.label ?? figure.text)) continue;
    if (c.scope && !c.scope.test(figure.subject ?? '')) continue;
    out.push(c.bound);
  }
  return out;
}
