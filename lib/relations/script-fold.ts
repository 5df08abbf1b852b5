// A page in traditional script is read with the same patterns as one in simplified: its text and
// its figures' words are folded character by character (script-fold.json, made from OpenCC's tables
// by scripts/build-script-fold.ts for the characters the patterns are written with). One UTF-16
// unit to one, so every offset into the folded text is an offset into the page's own.
import fold from './script-fold.json';
import type { Figure } from '../types';

// By UTF-16 unit: the simplified unit, or 0 where there is nothing to fold. A table read per
// character: a character class of all of them cost several times more on simplified pages.
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i < fold.traditional.length; i++) SIMPLIFIED[fold.traditional.charCodeAt(i)] = fold.simplified.charCodeAt(i);

export function foldScript(text: string): string {
  let i = 0;
  while (i < text.length && SIMPLIFIED[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) out += String.fromCharCode(SIMPLIFIED[text.charCodeAt(i)] || text.charCodeAt(i));
  return out;
}

/** The figures with their words folded, and the way back to the page's own figure. */
export function foldedFigures(figures: readonly Figure[]): { figures: Figure[]; original: (f: Figure) => Figure } {
  const copies = figures.map((f) => ({ ...f, text: foldScript(f.text), label: f.label && foldScript(f.label), subject: f.subject && foldScript(f.subject) }));
  const back = new Map<Figure, Figure>(copies.map((c, i) => [c, figures[i]!]));
  return { figures: copies, original: (f) => back.get(f) ?? f };
}
