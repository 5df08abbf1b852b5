// `糧食作物播種面積154.1萬畝,增長0.4%;…。在糧食作物播種面積中,谷物面積129.9萬畝,…;豆類面積23.9萬畝,…;薯類面積0.2萬畝`:
// a sentence framed by the name of a figure above (在…中) lists parts of that figure. The text need not
// name them all: the list is open.
import { figuresWithNumberIn, firstNumberAtOrAfter } from '../compare/sentences';
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { inBrackets, isAdditive, lineStart, linesBack, OWN_CLAUSE, sameFamily, wordsBefore } from './text';

// Matched from its 在; what stands before it is checked after (a sentence's start). The name is what follows its
// last 的 (`在查處的違反中央八項規定精神問題中`: 違反中央八項規定精神問題).
export const NAMED_FRAME = /在([\u4e00-\u9fff]{2,20})中[，,]/g;
// How far above the frame the figure it names may stand.
const LINES_BACK = 2;

export function findNamedFrames(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const m of text.matchAll(NAMED_FRAME)) {
    if (!/(?:^|[。；;！？\n])\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const name = m[1]!.split('的').pop()!;
    if (name.length < 2 || name.length > 12) continue;
    const from = m.index + m[0].length;
    const whole = namedAbove(text, figures, m.index, name);
    if (!whole) continue;
    const toEnd = text.slice(from).search(/[。！？\n]/);
    const parts = figuresWithNumberIn(figures, from, toEnd < 0 ? text.length : from + toEnd).filter(
      (f) => isAdditive(f) && sameFamily(f, whole) && f.unit === whole.unit && f.value <= whole.value && !writtenAsChange(text, f) && !inBrackets(text, from, f.start),
    );
    if (parts.length >= 2) out.push({ kind: 'parts', target: whole, operands: parts, word: '在…中', closed: false });
  }
  return out;
}

/** The nearest figure above `at` whose own words end with `name`. */
function namedAbove(text: string, figures: readonly Figure[], at: number, name: string): Figure | null {
  const floor = linesBack(text, lineStart(text, at), LINES_BACK);
  for (let i = firstNumberAtOrAfter(figures, at) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (isAdditive(f) && OWN_CLAUSE.exec(wordsBefore(text, f, 16))![0].endsWith(name)) return f;
  }
  return null;
}
