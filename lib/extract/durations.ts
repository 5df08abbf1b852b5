// A number of years, months or weeks is a figure when it is a span of time (`连续四年`, `十余年来`,
// `用一个月时间`, `3年内`), not when it names a year (`2023年`) or a grade (`3年级`).
import type { Candidate } from './candidate';
import { candidateEnd } from './candidate';

const TIME_UNITS = new Set(['年', '个月', '周', '天']);
const BEFORE = /(?:连续|持续|长达|历时|坚持|为期|仅用|用了?|花了?|经过|整整|近|逾|超过|多达|过去|未来|前后|前)$/;
const AFTER = /^(?:来|以来|之内|内|间|之久|左右|以上|时间|后|里)/;

export function isDuration(c: Candidate): boolean {
  if (!c.unit || !TIME_UNITS.has(c.unit.unit)) return false;
  const { text, numeral: n } = c;
  return BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)) || AFTER.test(text.slice(candidateEnd(c), candidateEnd(c) + 3));
}
