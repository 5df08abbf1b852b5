// `三次产业结构比例为6.01:55.04:38.95`: the terms of a proportion written with colons are figures
// (kind ratio, no unit). Elsewhere a colon between numbers is a clock time or a score, so the run
// must follow a word that announces a proportion.
import type { Numeral } from '../numbers';
import { isAsciiDigit } from './text-classes';

const COLON = /[:：]/;
const INTRO = /(?:结构|比例|之比)[^，,。；;！？\n]{0,10}$/;

function inRun(ch: string | undefined): boolean {
  return ch !== undefined && (isAsciiDigit(ch) || ch === '.' || COLON.test(ch));
}

/** Whether the number is a term of a colon-written proportion that the text announces. */
export function isProportionTerm(text: string, n: Numeral): boolean {
  if (n.script !== 'arabic' || n.multiplierExponent > 0) return false;
  if (!COLON.test(text[n.start - 1] ?? '') && !COLON.test(text[n.end] ?? '')) return false;
  let from = n.start;
  while (inRun(text[from - 1])) from--;
  let to = n.end;
  while (inRun(text[to])) to++;
  if (!/^\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)+$/.test(text.slice(from, to))) return false;
  return INTRO.test(text.slice(Math.max(0, from - 16), from));
}
