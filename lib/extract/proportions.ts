// `三次产业结构比例为6.01:55.04:38.95`: the terms of a proportion written with colons are figures
// (kind ratio, no unit). Elsewhere a colon between numbers is a clock time or a score, so the run
// must follow a word that announces a proportion.
import type { Numeral } from '../numbers';
import type { Candidate } from './candidate';
import { isAsciiDigit } from './text-classes';

// The colons a proportion is written with, the ratio sign ∶ (U+2236) of Chinese typesetting among them. The words
// around a proportion are read in both scripts: the extractor reads the page's own.
export const COLON = /[:：∶]/;
const INTRO = /(?:结构|結構|比例|比重|之比|[产產][业業]比)[^，,。；;！？\n]{0,10}$/;
const TERM = /^\d+(?:\.\d+)?$/;

// (A space may follow a colon: `29.67: 39.5:30.83`.)
function inRun(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== undefined && (isAsciiDigit(ch) || ch === '.' || COLON.test(ch) || (ch === ' ' && COLON.test(text[at - 1] ?? '')));
}

// A proportion is a few terms: a longer run of digits, points and colons is none (and is not walked).
const LONGEST_RUN = 48;

function runAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (start - from <= LONGEST_RUN && inRun(text, from - 1)) from--;
  let to = end;
  while (to - end <= LONGEST_RUN && inRun(text, to)) to++;
  return { from, to };
}

/**
 * The terms of a proportion run as written, each with its offset. A term with two decimal points
 * (`14.33:46.3439.33`, a colon dropped in print) is two terms when every other term has the same
 * decimals d and it splits into two numbers of d decimals: no other reading of it has d decimals
 * throughout. Otherwise the run is no proportion.
 */
function termsOf(run: string): Array<{ at: number; written: string }> | null {
  if (run.length > LONGEST_RUN) return null;
  const spaced = run.split(COLON);
  if (spaced.length < 2) return null;
  // A space after a colon is read past: the term starts after it.
  const lead = spaced.map((p) => p.length - p.trimStart().length);
  const pieces = spaced.map((p) => p.trimStart());
  const clean = pieces.filter((p) => TERM.test(p));
  const glued = pieces.filter((p) => !TERM.test(p));
  if (glued.length === 0) {
    let at = 0;
    return pieces.map((written, k) => {
      const term = { at: at + lead[k]!, written };
      at += lead[k]! + written.length + 1;
      return term;
    });
  }
  const decimals = clean.map((p) => (p.split('.')[1] ?? '').length);
  const d = decimals[0];
  if (glued.length > 1 || !d || decimals.some((x) => x !== d)) return null;
  const split = new RegExp(`^(\\d+\\.\\d{${d}})(\\d+\\.\\d{${d}})$`);
  const terms: Array<{ at: number; written: string }> = [];
  let at = 0;
  for (const [k, p] of pieces.entries()) {
    at += lead[k]!;
    const m = split.exec(p);
    if (m) terms.push({ at, written: m[1]! }, { at: at + m[1]!.length, written: m[2]! });
    else if (TERM.test(p)) terms.push({ at, written: p });
    else return null;
    at += p.length + 1;
  }
  return terms;
}

// `结构由13.88:53.06:33.06调整为14.33:46.34:39.33`: a run right after another announced one.
/** `由A:B:C调整为D:E:F`: the words between an earlier proportion and the later one. */
export const CHANGED_TO = /[，,]?\s*(?:调整|調整|变化|變化|优化|優化|转变|轉變|变|變)(?:为|為|到)\s*$/;

/** Whether the run starting at `from` follows a word that announces a proportion, or such a run. */
function announced(text: string, from: number, depth = 0): boolean {
  const before = text.slice(Math.max(0, from - 16), from);
  if (INTRO.test(before)) return true;
  const m = CHANGED_TO.exec(before);
  if (!m || depth > 0) return false;
  const end = from - m[0].length;
  const prior = runAround(text, end, end);
  return prior.from < end && COLON.test(text.slice(prior.from, end)) && announced(text, prior.from, depth + 1);
}

/** Whether the number is a term of a colon-written proportion that the text announces. */
export function isProportionTerm(text: string, n: Numeral): boolean {
  if (n.script !== 'arabic' || n.multiplierExponent > 0) return false;
  // A term stands by a colon, or right after the first half of a glued term (`46.34|39.33`).
  const before = text[n.start - 1];
  if (!COLON.test(before ?? '') && !COLON.test(text[n.end] ?? '') && !isAsciiDigit(before ?? '') && !(before === ' ' && inRun(text, n.start - 1))) return false;
  const { from, to } = runAround(text, n.start, n.end);
  const terms = termsOf(text.slice(from, to));
  if (!terms || !terms.some((t) => from + t.at === n.start && t.written.length === n.end - n.start)) return false;
  return announced(text, from);
}

/**
 * The scanner's numbers with a glued proportion term read as its two terms: `46.3439.33` is read as
 * `46.3439` and `33`, and becomes `46.34` and `39.33` when the run is a proportion (`termsOf`).
 */
export function* splitGluedTerms(text: string, candidates: Iterable<Candidate>): Generator<Candidate> {
  let skipFrom = -1;
  for (const c of candidates) {
    const n = c.numeral;
    if (n.start === skipFrom) continue;
    if (c.unit || n.script !== 'arabic' || text[n.end] !== '.' || !isAsciiDigit(text[n.end + 1] ?? '')) {
      yield c;
      continue;
    }
    const { from, to } = runAround(text, n.start, n.end);
    const terms = termsOf(text.slice(from, to));
    const first = terms?.find((t) => from + t.at === n.start);
    const second = first && terms![terms!.indexOf(first) + 1];
    if (!first || !second || from + second.at !== n.start + first.written.length || !announced(text, from)) {
      yield c;
      continue;
    }
    const mid = n.start + first.written.length;
    const term = (start: number, written: string): Candidate => ({ ...c, numeral: { ...n, start, end: start + written.length, value: Number(written), digitCount: written.length - 1, hasDecimalPoint: true } });
    yield term(n.start, first.written);
    yield term(mid, second.written);
    // The scanner's next number is the glued term's tail (`33` of `.33`).
    skipFrom = n.end + 1;
  }
}
