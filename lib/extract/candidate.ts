import type { Numeral } from '../numbers';
import type { UnitMatch } from './units';

/** A number found in the text with what surrounds it, before it is accepted as a figure. */
export interface Candidate {
  text: string;
  numeral: Numeral;
  unit: UnitMatch | null;
}

/** A named rule that says a candidate is not a figure (a date, a name, an idiom …). */
export interface ExclusionRule {
  id: string;
  description: string;
  excludes(c: Candidate): boolean;
}

/** First non-space character at or after `i`. */
export function charAfter(text: string, i: number): string | undefined {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u3000')) j++;
  return text[j];
}

/** End of the candidate: after the unit if there is one, else after the number. */
export function candidateEnd(c: Candidate): number {
  return c.unit ? c.unit.end : c.numeral.end;
}
