// Figures that stand together: in one sentence, or in one clause list of it.
import type { Figure } from '../types';

/** Figures of the same sentence as `figure`, in document order (itself included). */
export function sentenceMates(figures: readonly Figure[], figure: Figure): Figure[] {
  return figures.filter((f) => f.sentence.start === figure.sentence.start && f.sentence.end === figure.sentence.end);
}

// Clauses inside a sentence end at these; 、 and ， (and an ASCII comma, which some pages use)
// join the items of one list and do not end it.
const CLAUSE_END = /[；;。！？!?\n]/;

/** Whether nothing but list punctuation and words, no clause end, stands between a and b. */
export function sameClause(text: string, a: Figure, b: Figure): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return from > to || !CLAUSE_END.test(text.slice(from, to));
}

/** Text between the end of one figure and the start of the next. */
export function between(text: string, a: Figure, b: Figure): string {
  return text.slice(Math.min(a.end, b.start), Math.max(a.end, b.start));
}
