import { LONE_PLACE_QUALIFIERS, numeralRunEnd, readNumeral } from '../numbers';
import type { Candidate } from './candidate';
import { readUnit } from './units';

/** Characters that can start a number: digits (ASCII, full-width), Chinese digits, 十, and 百/千/万 of 百分之, 千余, 万余. */
const START = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) START[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) START[c] = 1;
for (const ch of '零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾兩') START[ch.charCodeAt(0)] = 1;
for (const ch of '百千万萬') START[ch.charCodeAt(0)] = 2;

/** What may follow a lone 百/千/万 for it to start a number (百分之, 千余, 百多). */
const LONE_PLACE_FOLLOWERS = new Set(['分', '余', '餘', '多']);

/** A lone 百/千/万 starts a number before 余/多/分, or after a qualifier and before a measure word. */
function startsLonePlace(text: string, i: number): boolean {
  if (LONE_PLACE_FOLLOWERS.has(text[i + 1] ?? '')) return true;
  return LONE_PLACE_QUALIFIERS.has(text[i - 1] ?? '') && readUnit(text, i + 1) !== null;
}

/**
 * Every number in the text with its unit, in document order. Each character is read a bounded
 * number of times: a failed read resumes after the run it looked at.
 */
export function* scanCandidates(text: string): Generator<Candidate> {
  const len = text.length;
  let i = 0;
  while (i < len) {
    const kind = START[text.charCodeAt(i)];
    if (!kind || (kind === 2 && !startsLonePlace(text, i))) {
      i++;
      continue;
    }
    const numeral = readNumeral(text, i);
    if (!numeral || numeral.end <= i) {
      i = numeralRunEnd(text, i);
      continue;
    }
    yield { text, numeral, unit: numeral.proportion ? null : readUnit(text, numeral.end) };
    i = numeral.end;
  }
}
