import type { Candidate, ExclusionRule } from '../candidate';
import { charAfter } from '../candidate';
import { isAsciiDigit } from '../text-classes';
import { isDuration } from '../durations';

const CALENDAR_AFTER = new Set([...'年月日号旬']);
const CLOCK_AFTER = new Set([...'时点']);

function isYearLike(c: Candidate): boolean {
  const n = c.numeral;
  return n.script === 'arabic' && n.digitCount === 4 && !n.hasDecimalPoint && n.multiplierExponent === 0 && n.value >= 1900 && n.value <= 2100;
}

/** Dates (`2023年9月`, `10月15日`, `2021-12-27`), clock times (`11:47:22`, `11时47分`), bare years and years that are not spans of time. */
export const datesAndTimes: ExclusionRule = {
  id: 'date-or-time',
  description: 'calendar dates, years and clock times',
  excludes(c) {
    const { text, numeral: n } = c;
    // `2023年`, `3年级`: a year is a date unless it is a span of time (`连续四年`, `3年内`).
    if (c.unit?.unit === '年') return isYearLike(c) || !isDuration(c);
    const next = charAfter(text, n.end);
    if (next !== undefined && CALENDAR_AFTER.has(next) && !c.unit) return true;
    // `9月13日前`: the month before the day is a date too
    if (next !== undefined && CLOCK_AFTER.has(next) && n.value <= 24 && !c.unit) return true;
    const before = text[n.start - 1];
    const after = text[n.end];
    // numeric dates and times: 2021-12-27, 2021/12/27, 2021.12.27, 11:47:22
    if ((before === '-' || before === '/' || before === '.' || before === ':' || before === '：') && isAsciiDigit(text[n.start - 2])) return true;
    if ((after === '-' || after === '/' || after === ':' || after === '：') && isAsciiDigit(text[n.end + 1]) && (isYearLike(c) || after === ':' || after === '：')) return true;
    if (after === '.' && isYearLike(c) && isAsciiDigit(text[n.end + 1])) return true;
    // a decimal that is really a date (2021.12 before .27)
    if (n.hasDecimalPoint && text[n.end] === '.' && isAsciiDigit(text[n.end + 1])) return true;
    // minutes and seconds after an hour: 11时47分
    if (before === '时' || before === '点' || before === '分') return n.value < 60 && isAsciiDigit(text[n.start - 2]);
    // a year written without 年 (`2023中国产业转移发展对接活动`)
    if (isYearLike(c) && !c.unit) return true;
    return false;
  },
};
