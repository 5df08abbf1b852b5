// Copies of traditional-script pages on some mirror sites print a character's reading after it in
// brackets (`辦結(jié)`, `生態(tài)環(huán)境保護(hù)督察`). The words are the characters without their readings, so
// the core's readers read the text with the readings taken out and report offsets into the page's
// own text through the maps below (cutOut, which the relations' reading also uses for the spaces of
// ./number-spacing.ts).

// A reading in pinyin with its tone mark, in ASCII brackets, right after a Chinese character; read
// where a bracket opens (a scan for each bracket costs a fraction of a regex tried at every character).
const GLOSS_AT = /\([a-z\u00e0-\u00fc\u0101-\u01dc\u0144\u0148\u01f9]{1,6}\)/y;
const TONE_MARK = /[\u00e0-\u00fc\u0101-\u01dc\u0144\u0148\u01f9]/;
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
/** Readings with a tone mark on a page that make its unmarked words in brackets readings too (a few may be anything: `(kg)`)… */
const MIN_READINGS = 5;
/** …and, with fewer marks, as many words in brackets after characters as make a mirror's page of readings. */
const MIN_UNMARKED = 12;

/** Characters taken out of a text where they stand: `length` of them from `at`. */
export interface Cut {
  at: number;
  length: number;
}

/** A text with some characters taken out, and the maps between it and the page's own. */
export interface Unglossed {
  /** The text without what was taken out. */
  text: string;
  /** The page's offset of a position in `text` (a start: past a reading that stands right before it). */
  original(at: number): number;
  /** The page's offset of an end in `text` (before a reading that stands right after it). */
  originalEnd(at: number): number;
  /** The position in `text` of a page offset (one inside a reading: where the reading was). */
  reading(at: number): number;
}

/** The text without its readings and the maps between the two; null when it has none. */
export function withoutGlosses(text: string): Unglossed | null {
  return cutOut(text, glossCuts(text));
}

/** Where the readings stand in a page, in order. */
export function glossCuts(text: string): Cut[] {
  // Readings after characters, and how many carry a tone mark: some mirrors print them without (`常住(zhu)人(ren)口`),
  // and a page of many readings prints the neutral tone without a mark (`的(de)`). A word in brackets without a mark
  // is a reading only on such a page.
  const found: [at: number, gloss: string][] = [];
  let marked = 0;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    if (i === 0 || !isHan(text.charCodeAt(i - 1))) continue;
    GLOSS_AT.lastIndex = i;
    const gloss = GLOSS_AT.exec(text)?.[0];
    if (!gloss) continue;
    found.push([i, gloss]);
    if (TONE_MARK.test(gloss)) marked++;
  }
  const unmarkedToo = marked >= MIN_READINGS || found.length >= MIN_UNMARKED;
  return found.filter(([, gloss]) => unmarkedToo || TONE_MARK.test(gloss)).map(([at, gloss]) => ({ at, length: gloss.length }));
}

/** The text without the cuts (in order, none overlapping) and the maps between the two; null when there are none. */
export function cutOut(text: string, cuts: readonly Cut[]): Unglossed | null {
  if (cuts.length === 0) return null;
  const at = cuts.map((c) => c.at);
  const length = cuts.map((c) => c.length);
  // (Joined, not concatenated: a string made of pieces slows every later read of a long page.)
  const pieces: string[] = [];
  let from = 0;
  for (const c of cuts) {
    pieces.push(text.slice(from, c.at));
    from = c.at + c.length;
  }
  pieces.push(text.slice(from));
  const out = pieces.join('');
  // removedBefore[k]: characters taken out before cut k; the cut stands at at[k] - removedBefore[k] in `out`.
  const removedBefore: number[] = [];
  let removed = 0;
  for (const n of length) {
    removedBefore.push(removed);
    removed += n;
  }
  const strippedAt = at.map((a, k) => a - removedBefore[k]!);
  /** How many cuts stand at or before `s` in `out` (`inclusive`), or before it. */
  const cutsUpTo = (s: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = strippedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? strippedAt[mid]! <= s : strippedAt[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const shift = (k: number) => (k === 0 ? 0 : removedBefore[k - 1]! + length[k - 1]!);
  return {
    text: out,
    original: (s) => s + shift(cutsUpTo(s, true)),
    originalEnd: (s) => s + shift(cutsUpTo(s, false)),
    reading: (o) => {
      // The first reading that ends after `o`.
      let k = 0;
      let hi = at.length;
      while (k < hi) {
        const mid = (k + hi) >> 1;
        if (at[mid]! + length[mid]! <= o) k = mid + 1;
        else hi = mid;
      }
      // Inside a reading: where it was cut out.
      if (k < at.length && at[k]! < o) return strippedAt[k]!;
      return o - shift(k);
    },
  };
}
