// The period a figure counts over, from the words before it in its sentence: `1-9月`, `2023年`,
// `今年以来`, `开展以来`. Null when the text names none: the figure then stands as of the page's date.
// Keys are plain strings, equal when the periods are: `2023`, `2023:1-9`, `since-start`.

export const SINCE_START = 'since-start';

const MONTHS = /(?:(\d{4}|今|去|前)年)?(\d{1,2})\s*(?:[-－—–~～至到])\s*(\d{1,2})月(?:份)?/g;
const YEAR = /(\d{4}|今|去|前)年(?:度|全年)?(?!\d{1,2}月\d{1,2}日)(?![\d来])(以来)?/g;
const SINCE = /(?:开展|启动|实施|部署|开始|活动)以来|累计|截至目前|至今/g;

function yearOf(word: string | undefined, pageYear: number | null): number | null {
  if (!word) return pageYear;
  if (/^\d{4}$/.test(word)) return Number(word);
  if (pageYear === null) return null;
  return word === '今' ? pageYear : word === '去' ? pageYear - 1 : pageYear - 2;
}

export interface PeriodMention {
  /** Offsets in the text read. */
  at: number;
  end: number;
  key: string | null;
}

/** Every period a text names, in text order. `pageDate` gives the year of `今年` and of a month range without a year. */
export function periodMentions(text: string, pageDate: string | null): PeriodMention[] {
  const pageYear = pageDate && /^\d{4}/.test(pageDate) ? Number(pageDate.slice(0, 4)) : null;
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(MONTHS)) {
    const year = yearOf(m[1], pageYear);
    out.push({ at: m.index, key: year === null ? null : `${year}:${Number(m[2])}-${Number(m[3])}`, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR)) {
    // A year that opens a month range was read above.
    if (/^\d{1,2}\s*[-－—–~～至到]/.test(text.slice(m.index + m[0].length))) continue;
    const year = yearOf(m[1], pageYear);
    out.push({ at: m.index, key: m[2] ? SINCE_START : year === null ? null : String(year), end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SINCE)) out.push({ at: m.index, key: SINCE_START, end: m.index + m[0].length });
  return out.sort((a, b) => a.at - b.at);
}

/** The period named closest before the figure in `prefix` (the sentence up to the figure). */
export function periodOf(prefix: string, pageDate: string | null): string | null {
  return periodMentions(prefix, pageDate).at(-1)?.key ?? null;
}

/** Whether two periods may hold the same count: the same period, or either open-ended to the page's date. */
export function periodsComparable(a: string | null, b: string | null): boolean {
  return a === b || a === null || b === null || a === SINCE_START || b === SINCE_START;
}

/** A period as a reader writes it: `2023年1-9月`, `2023年`, `开展以来`. */
export function describePeriod(key: string | null): string {
  if (key === null) return '截至发布日';
  if (key === SINCE_START) return '开展以来';
  const m = /^(\d{4})(?::(\d+)-(\d+))?$/.exec(key);
  if (!m) return key;
  return m[2] ? `${m[1]}年${m[2]}-${m[3]}月` : `${m[1]}年`;
}
