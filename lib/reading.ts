// The text the relation finders read: a page's readings taken out (./glosses.ts), the spaces between its words and
// numbers too (./number-spacing.ts), and its script folded (./script-fold.ts), with its figures placed in it and the way
// back to the page's own.
import type { Figure } from './types';
import { cutOut, glossCuts, withoutGlosses } from './glosses';
import { spacingCuts } from './number-spacing';
import { foldScript } from './script-fold';

export interface Reading {
  text: string;
  figures: Figure[];
  /** The page's own figure of one of `figures`. */
  original(f: Figure): Figure;
}

// A page sets spaces around its numbers as its way of writing when it does so this often; a stray space or two is left in
// the page's reading (a reading of its own costs the finders a copy of every figure).
const SPACED_PAGE = 5;

/** A stretch of a page as the finders read it: readings in brackets out, script folded. (Spaces around numbers are taken
 * out of a page's reading, below, not of each stretch: asked of thousands of stretches a page, that would cost more than
 * the rare spaced page gains.) */
export const readWords = (s: string): string => foldScript(withoutGlosses(s)?.text ?? s);

/** The reading of a page, or null when it is the page's text itself. */
export function readingOf(text: string, figures: readonly Figure[]): Reading | null {
  // What the finders read past: readings in brackets (`辦結(jié)`), and spaces around numbers where the page sets them.
  const [glosses, found] = [glossCuts(text), spacingCuts(text)];
  const spaces = found.length >= SPACED_PAGE ? found : [];
  const plain = cutOut(text, spaces.length === 0 ? glosses : [...glosses, ...spaces].sort((a, b) => a.at - b.at));
  const folded = foldScript(plain?.text ?? text);
  if (folded === text) return null;
  // A figure's words hold readings or characters to fold only where its page does (a page read only past its spaces keeps
  // them as they are: reading each again cost a long page tens of milliseconds).
  const words = glosses.length > 0 || folded !== (plain?.text ?? text) ? readWords : (s: string) => s;
  const at = plain ? plain.reading : (o: number) => o;
  // Each copy is written out field by field in the order extraction writes a figure (lib/extract/extract.ts): objects
  // of one make keep the finders' property reads fast, where a spread copy of another make slows them by half.
  const copies = figures.map((f) => {
    const [start, end] = [at(f.start), at(f.end)];
    const c: Figure = {
      id: f.id,
      text: folded.slice(start, end),
      start,
      end,
      numberStart: at(f.numberStart),
      numberEnd: at(f.numberEnd),
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      kind: f.kind,
      label: f.label && words(f.label),
      subject: f.subject && words(f.subject),
      sentence: { start: at(f.sentence.start), end: at(f.sentence.end) },
    };
    if (f.valueMax !== undefined) c.valueMax = f.valueMax;
    return c;
  });
  const back = new Map<Figure, Figure>(copies.map((c, i) => [c, figures[i]!]));
  return { text: folded, figures: copies, original: (f) => back.get(f) ?? f };
}
