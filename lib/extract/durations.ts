// A number of years, months or weeks is a figure when it is a span of time (`连续四年`, `十余年来`,
// `用一个月时间`, `3年内`), not when it names a year (`2023年`) or a grade (`3年级`).
import type { Candidate } from './candidate';
import { candidateEnd } from './candidate';

const TIME_UNITS = new Set(['年', '个月', '周', '天']);
// Simplified and traditional forms (`连续`, `連續`).
const BEFORE = /(?:连续|連續|持续|持續|长达|長達|历时|歷時|坚持|堅持|为期|為期|仅用|僅用|用了?|花了?|经过|經過|整整|近|逾|超过|超過|多达|多達|过去|過去|未来|未來|前后|前後|前)$/;
const AFTER = /^(?:来|來|以来|以來|之内|之內|内|內|间|間|之久|左右|以上|时间|時間|后|後|里|裡|裏)/;

export function isDuration(c: Candidate): boolean {
  if (!c.unit || !TIME_UNITS.has(c.unit.unit)) return false;
  const { text, numeral: n } = c;
  return BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)) || AFTER.test(text.slice(candidateEnd(c), candidateEnd(c) + 3));
}
