// Figures that stand together: in one sentence, or in one clause list of it. Lookups are by
// binary search over the figures' offsets, so that a page of 50,000 figures stays linear.
import type { Figure } from '../types';

// Clauses inside a sentence end at these; 、 and ， (and an ASCII comma, which some pages use)
// join the items of one list and do not end it.
const CLAUSE_END = /[；;。！？!?\n]/;

/** Whether nothing but list punctuation and words, no clause end, stands between a and b. */
export function sameClause(text: string, a: Figure, b: Figure): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return from > to || !CLAUSE_END.test(text.slice(from, to));
}

/** Index of the first figure whose number starts at or after `offset` (figures in document order). */
export function firstNumberAtOrAfter(figures: readonly Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.numberStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Figures whose number starts in [from, to), in document order. */
export function figuresWithNumberIn(figures: readonly Figure[], from: number, to: number): Figure[] {
  const out: Figure[] = [];
  for (let i = firstNumberAtOrAfter(figures, from); i < figures.length && figures[i]!.numberStart < to; i++) out.push(figures[i]!);
  return out;
}

/** The last figure that ends at or before `offset`, if any. */
export function lastFigureBefore(figures: readonly Figure[], offset: number): Figure | undefined {
  for (let i = firstNumberAtOrAfter(figures, offset) - 1; i >= 0; i--) {
    if (figures[i]!.end <= offset) return figures[i];
  }
  return undefined;
}
