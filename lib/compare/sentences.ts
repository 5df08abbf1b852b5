// Figures by position: lookups are by binary search over the figures' offsets, so that a page of
// 50,000 figures stays linear.
import { firstAtOrAfter } from '../sorted';
import type { Figure } from '../types';

/** Index of the first figure whose number starts at or after `offset` (figures in document order). */
export function firstNumberAtOrAfter(figures: readonly Figure[], offset: number): number {
  return firstAtOrAfter(figures, offset, (f) => f.numberStart);
}

/** Figures whose number starts in [from, to), in document order. */
export function figuresWithNumberIn(figures: readonly Figure[], from: number, to: number): Figure[] {
  const out: Figure[] = [];
  for (let i = firstNumberAtOrAfter(figures, from); i < figures.length && figures[i]!.numberStart < to; i++) out.push(figures[i]!);
  return out;
}
