// Multipliers after a number: `1.5万`, `7796.68亿`, `2万亿`, `5千万`, `3千`.

export interface Multiplier {
  end: number;
  /** Power of ten: 万 → 4, 亿 → 8, 万亿 → 12. */
  exponent: number;
}

const PLACE_EXP: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

/** Units that begin with a place character (千米 is a kilometre, not a thousand metres). */
const PLACE_UNITS = ['千米', '千克', '千瓦', '千伏', '千帕', '千兆', '百米', '十米'];

function startsWithAt(text: string, i: number, word: string): boolean {
  return text.startsWith(word, i);
}

/** Reads a multiplier at `i`, or null. A lone 十/百 after Arabic digits is not one. */
export function readMultiplier(text: string, i: number): Multiplier | null {
  let j = i;
  let exponent = 0;
  const place = text[j];
  if (place !== undefined && place in PLACE_EXP) {
    if (PLACE_UNITS.some((u) => startsWithAt(text, j, u))) return null;
    const next = text[j + 1];
    const followedByLarge = next === '万' || next === '萬' || next === '亿' || next === '億';
    // `3千` reads as 3000, but `5十`/`5百` only before 万/亿 (`5百万`).
    if (place !== '千' && !followedByLarge) return null;
    exponent += PLACE_EXP[place]!;
    j++;
  }
  const c = text[j];
  if (c === '万' || c === '萬') {
    exponent += 4;
    j++;
    if (text[j] === '亿' || text[j] === '億') {
      exponent += 8;
      j++;
    }
  } else if (c === '亿' || c === '億') {
    exponent += 8;
    j++;
  }
  if (j === i) return null;
  return { end: j, exponent };
}
