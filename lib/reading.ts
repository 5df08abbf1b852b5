// The text the relation finders read: a page's readings taken out (./glosses.ts) and its script
// folded (./script-fold.ts), with its figures placed in it and the way back to the page's own.
import type { Figure } from './types';
import { withoutGlosses } from './glosses';
import { foldScript } from './script-fold';

export interface Reading {
  text: string;
  figures: Figure[];
  /** The page's own figure of one of `figures`. */
  original(f: Figure): Figure;
}

/** A stretch of a page as the finders read it: readings in brackets out (`辦結(jié)`), script folded. */
export const readWords = (s: string): string => foldScript(withoutGlosses(s)?.text ?? s);

/** The reading of a page, or null when it is the page's text itself. */
export function readingOf(text: string, figures: readonly Figure[]): Reading | null {
  const plain = withoutGlosses(text);
  const folded = foldScript(plain?.text ?? text);
  if (folded === text) return null;
  const at = plain ? plain.reading : (o: number) => o;
  const copies = figures.map((f) => {
    const [start, end] = [at(f.start), at(f.end)];
    return {
      ...f,
      text: folded.slice(start, end),
      start,
      end,
      numberStart: at(f.numberStart),
      numberEnd: at(f.numberEnd),
      sentence: { start: at(f.sentence.start), end: at(f.sentence.end) },
      label: f.label && readWords(f.label),
      subject: f.subject && readWords(f.subject),
    };
  });
  const back = new Map<Figure, Figure>(copies.map((c, i) => [c, figures[i]!]));
  return { text: folded, figures: copies, original: (f) => back.get(f) ?? f };
}
