// Reading metadata out of the visible lines news pages print: `2021-12-27 11:47:22 来源:郑州日报`,
// `2023年10月08日08:24 | 来源：人民网－人民日报`, `本报记者 李娜 通讯员 李绍廷`. Pure string functions.

const DATE_TIME =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;

function pad(n: string | undefined): string {
  return (n ?? '0').padStart(2, '0');
}

/** Whether the day exists in the calendar (no 31 February, 29 February in leap years only). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** The first date (and time, when given) in a line, as ISO `YYYY-MM-DD[THH:mm:ss]`; null if none. */
export function parseDateLine(line: string): string | null {
  const m = DATE_TIME.exec(line);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  if (year < 1990 || year > 2100 || !isCalendarDate(year, Number(mo), Number(d))) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || Number(h) > 23) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

/** China has kept UTC+8, without daylight saving time, since 1992. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/**
 * An ISO timestamp from metadata as Asia/Shanghai wall time, `YYYY-MM-DD[THH:mm:ss]` without a zone,
 * like every date the extension keeps (date lines print Shanghai time): a time with a zone
 * (`2021-12-27T03:47:22Z`) is converted to it, one without is taken as Shanghai time already.
 * Null for an impossible date or time, so that the caller falls back to the page's date line.
 */
export function normalizeIsoDate(value: string): string | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return parseDateLine(value);
  const [, y, mo, d, h, mi, s = '00', zone] = m;
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  if (!zone) return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  const zoneMinutes = z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0)) : 0;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return new Date(utc + (SHANGHAI_OFFSET_MINUTES - zoneMinutes) * 60_000).toISOString().slice(0, 19);
}

const SOURCE = /[来來]源\s*[:：]\s*([^\s|｜　,，;；]{2,24})/;

/** The outlet after 来源：, without a portal prefix (`人民网－人民日报` → `人民日报`). */
export function parseSourceLine(line: string): string | null {
  const m = SOURCE.exec(line);
  if (!m) return null;
  let source = m[1]!.replace(/[（(].*$/, '');
  const portal = /^[\u4e00-\u9fa5]{2,6}网[－—\-–]/.exec(source);
  if (portal && source.length > portal[0].length) source = source.slice(portal[0].length);
  return source.replace(/[”"」』]+$/, '') || null;
}

const CREDIT_LINE = /(?:^|[\s（(])((?:[\u4e00-\u9fa5]{0,6}(?:记者|通讯员)[\s\u3000：:]*[\u4e00-\u9fa5·]{2,4}(?:[\s\u3000]+[\u4e00-\u9fa5·]{2,4})*[\s\u3000]*)+)/;

/** The reporter line of an article text (`本报记者 李娜 袁帅 通讯员 李绍廷`), from its short lines. */
export function findByline(text: string, maxLines = 400): string | null {
  let lines = 0;
  for (const raw of text.split('\n')) {
    if (++lines > maxLines) break;
    const line = raw.trim();
    // 本报讯(记者 裴其娟) opens a paragraph: take the credit in the parentheses.
    const opening = /^本报讯[（(]([^）)]{2,30})[）)]/.exec(line);
    if (opening && /记者|通讯员/.test(opening[1]!)) return opening[1]!.trim();
    if (line.length === 0 || line.length > 60) continue;
    if (/[。，！？]/.test(line)) continue;
    const m = CREDIT_LINE.exec(line);
    if (m) return m[1]!.trim().replace(/[\s\u3000]+/g, ' ');
  }
  return null;
}

/** A page title without the site suffix (`…_中华网`, `… - 人民网`, `…--新华网`). */
export function cleanTitle(title: string): string {
  return title
    .replace(/\s*(?:[_|｜]|--|-\s|—)\s*[^_|｜]{0,20}(?:网|频道|日报|晚报|新闻|China\.com|中华网)[^_|｜]{0,10}$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A date in an article URL: `/html/2024-01/29/content_…`, `/news/20211227/…`, `/n1/2023/1008/…`. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const patterns = [/\/(20\d{2})-?(\d{2})\/(\d{2})\//, /\/(20\d{2})(\d{2})(\d{2})\//, /\/(20\d{2})\/(\d{2})(\d{2})\//];
  for (const re of patterns) {
    const m = re.exec(url);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}
