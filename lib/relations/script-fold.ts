// A page in traditional script is read with the same patterns as one in simplified: its text and
// its figures' words are folded character by character (script-fold.json, made from OpenCC's tables
// by scripts/build-script-fold.ts for the characters the patterns are written with). One UTF-16
// unit to one, so every offset into the folded text is an offset into the page's own.
import fold from './script-fold.json';
import type { Figure } from '../types';

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < fold.traditional.length; i++) SIMPLIFIED.set(fold.traditional[i]!, fold.simplified[i]!);
const TRADITIONAL_CHAR = new RegExp(`[${fold.traditional}]`, 'g');
const HAS_TRADITIONAL = new RegExp(`[${fold.traditional}]`);

export function foldScript(text: string): string {
  return HAS_TRADITIONAL.test(text) ? text.replace(TRADITIONAL_CHAR, (ch) => SIMPLIFIED.get(ch)!) : text;
}

/** The figures with their words folded, and the way back to the page's own figure. */
export function foldedFigures(figures: readonly Figure[]): { figures: Figure[]; original: (f: Figure) => Figure } {
  const copies = figures.map((f) => ({ ...f, text: foldScript(f.text), label: f.label && foldScript(f.label), subject: f.subject && foldScript(f.subject) }));
  const back = new Map<Figure, Figure>(copies.map((c, i) => [c, figures[i]!]));
  return { figures: copies, original: (f) => back.get(f) ?? f };
}
