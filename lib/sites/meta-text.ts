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

const NUMERIC_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-–,]?\s*(\d{1,2})[:：](\d{2}))?/;

/**
 * A date written `06/02/2022 - 13:48`, day first or month first as the site's country writes it:
 * read in the order that gives one of the `known` days (metadata's), null when neither does.
 */
export function parseNumericDateLine(line: string, known: readonly string[]): string | null {
  const m = NUMERIC_DATE.exec(line);
  if (!m) return null;
  const [, a, b, y, h, mi] = m;
  for (const [d, mo] of [[a!, b!], [b!, a!]] as const) {
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (!known.includes(day) || !isCalendarDate(Number(y), Number(mo), Number(d))) continue;
    return h === undefined || Number(h) > 23 || Number(mi) > 59 ? day : `${day}T${pad(h)}:${mi}:00`;
  }
  return null;
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

const SOURCE = /(?:[来來]源于?|稿源|出处)\s*[:：]\s*[\[【《]?\s*([^\s|｜　,，;；\]】》]{2,24})/;

/** The outlet after 来源：, without a portal prefix (`人民网－人民日报` → `人民日报`). */
export function parseSourceLine(line: string): string | null {
  const m = SOURCE.exec(line);
  if (!m) return null;
  let source = m[1]!.replace(/[（(].*$/, '');
  // `来源：转载文章` says that it is reprinted, not from where: the outlet is named elsewhere.
  if (/^转载/.test(source)) return null;
  const portal = /^[\u4e00-\u9fa5]{2,6}网[－—\-–]/.exec(source);
  if (portal && source.length > portal[0].length) source = source.slice(portal[0].length);
  return source.replace(/[”"」』]+$/, '') || null;
}

/** `石佳/中国青年报`: a writer and the outlet, as reposts credit them. */
const WRITER_AND_OUTLET = /^([\u4e00-\u9fa5·]{2,4})\s*[/／]\s*([\u4e00-\u9fa5·]{2,14})$/;
/** An outlet's name as it stands alone on a line: ends as papers, sites and agencies do. */
const OUTLET = /^[\u4e00-\u9fa5·]{1,12}(?:报|网|社|台|刊|杂志|客户端|新闻|周刊)$/;

/**
 * The outlet of a credit line `石佳/中国青年报` (writer/outlet, as reposts give it), or an outlet
 * named alone on the line next to the date line (`中国网` above `2019-11-25 10:37:31`).
 */
export function outletOfCredit(line: string, besideDate: boolean): string | null {
  const credit = WRITER_AND_OUTLET.exec(line.trim());
  if (credit && OUTLET.test(credit[2]!)) return credit[2]!;
  const alone = line.trim();
  return besideDate && OUTLET.test(alone) ? alone : null;
}

/** Words that follow a date line's date without being an outlet (举报, 分享 …). */
const NOT_AN_OUTLET = /^(?:上一篇|下一篇|上一页|下一页|举报|分享|评论|收藏|打印|关闭|字号|浏览|阅读|点击|编辑|责任编辑|作者|记者|更新|发布|来源|大|中|小|星期.)/;

/**
 * The outlet a date line names right after its date without a 来源 label (`2019-09-26 10:56:28
 * 证券时报网`, `2005年03月21日 11:21 《理财周刊》`), or null.
 */
export function outletAfterDate(line: string): string | null {
  const m = DATE_TIME.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length).replace(/^\s*(?:更新)?\s*/, '');
  // `金羊网—新快报`: a portal and the paper it carries, as 来源 lines give them.
  const outlet = /^[《\[【]?\s*([\u4e00-\u9fa5]{2,12})(?:[－—\-–]([\u4e00-\u9fa5]{2,12}))?\s*[》\]】]?(?:\s|$)/.exec(rest);
  if (!outlet || NOT_AN_OUTLET.test(outlet[1]!)) return null;
  return outlet[2] ?? outlet[1]!;
}

/** An e-paper's edition line (`郑州日报 2024年01月29日 第01版：要闻`, the founder layout most city dailies use). */
const EDITION_LINE = /^\s*《?([\u4e00-\u9fa5]{2,10}报)》?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?.{0,12}?第\s*[0-9０-９A-Za-z]+\s*版/;

/** The paper an e-paper's edition line names before its date and page, or null. */
export function paperOfEditionLine(line: string): string | null {
  return EDITION_LINE.exec(line)?.[1] ?? null;
}

/** `转自《北京科技报》`, `摘自：…`: where an article was taken from, as its last line says. */
const TAKEN_FROM = /^[（(【\[]?\s*(?:转载自|转自|摘自|选自)\s*[:：]?\s*[《【\[]?\s*([^》】\]\s，。；]{2,24})/;

/**
 * The outlet a line closing the article names: `来源：南方都市报` (not a picture's or a figure's
 * 来源), or `转自《北京科技报》`; null otherwise.
 */
export function closingSource(line: string): string | null {
  const t = line.trim();
  const taken = TAKEN_FROM.exec(t);
  if (taken) return taken[1]!;
  return /^[（(【\[]?\s*(?:[来來]源|稿源)/.test(t) ? parseSourceLine(t) : null;
}

const CREDIT_LINE = /(?:^|[\s（(])((?:[\u4e00-\u9fa5·]{0,10}(?:记者|通讯员)[\s\u3000：:]*[\u4e00-\u9fa5·]{2,4}(?:[\s\u3000]+[\u4e00-\u9fa5·]{2,4})*[\s\u3000]*)+)/;

/** A credit in parentheses near a paragraph's start: after 本报讯, a dateline (`…电`), `快讯`, or alone. */
const OPENING_CREDIT = /^(?:[^（(。，]{0,24})[（(]((?:[^）)]{0,6}(?:记者|通讯员))[^）)]{1,30})[）)]/;
/** `作者：李在山`, `《棱镜》作者 周纯`, a report's `执笔人：闵乐夫 赵兰波`: a writer named outside a
 * reporter's credit (not a link to `该作者文章`). */
const AUTHOR_LINE = /(?:作者|执笔人?)\s*[:：]?\s*(?!文章|简介|专栏)([\u4e00-\u9fa5·]{2,4}(?:[\s\u3000]+[\u4e00-\u9fa5·]{2,4})*)\s*$/;

/** `【文/观察者网专栏作者 王文】`, `文/王文`: the writer after 文/, past the outlet and role. */
const WRITER_CREDIT = /^[【\[（(]?\s*文\s*[/／|｜丨]\s*(?:[^\s】\]）)]*?(?:作者|记者|评论员|撰稿人)\s+)?([\u4e00-\u9fa5·]{2,4})\s*[】\]）)]?$/;

/** A credit closing a paragraph: `…起到极大推动作用。（总台记者 张倩）`. */
const CLOSING_CREDIT = /[（(]([^（）()]{0,10}(?:记者|通讯员)[^（）()]{2,20})[）)]\s*$/;

/** A byline from the short lines around an article (its date line, the credit line above it,
 * the article's own first and last lines). */
export function bylineInLines(lines: readonly string[]): string | null {
  for (const raw of lines) {
    const closing = CLOSING_CREDIT.exec(raw);
    if (closing) return closing[1]!.trim().replace(/[\s\u3000]+/g, ' ');
    const line = raw.trim();
    if (line.length === 0 || line.length > 60 || /[。，！？]/.test(line)) continue;
    const credit = CREDIT_LINE.exec(line);
    if (credit) return credit[1]!.trim().replace(/[\s\u3000]+/g, ' ');
    const penned = WRITER_CREDIT.exec(line);
    if (penned) return penned[1]!;
    const author = AUTHOR_LINE.exec(line);
    if (author) return author[1]!.trim().replace(/[\s\u3000]+/g, ' ');
    const writer = WRITER_AND_OUTLET.exec(line);
    if (writer && OUTLET.test(writer[2]!)) return writer[1]!;
  }
  return null;
}

/** The reporter line of an article text (`本报记者 李娜 袁帅 通讯员 李绍廷`), from its short lines. */
export function findByline(text: string, maxLines = 400): string | null {
  let lines = 0;
  for (const raw of text.split('\n')) {
    if (++lines > maxLines) break;
    const line = raw.trim();
    // 本报讯(记者 裴其娟), 新华社巴黎12月9日电（记者唐霁） open a paragraph: the credit in the parentheses.
    const opening = OPENING_CREDIT.exec(line.slice(0, 40));
    if (opening && /记者|通讯员/.test(opening[1]!)) return opening[1]!.trim().replace(/[\s\u3000]+/g, ' ');
    if (line.length === 0 || line.length > 60) continue;
    if (/[。，！？]/.test(line)) continue;
    const m = CREDIT_LINE.exec(line);
    if (m) return m[1]!.trim().replace(/[\s\u3000]+/g, ' ');
  }
  return null;
}

/** A site or section name as <title> suffixes give it: a few words, no sentence punctuation. */
const NAME = /^[\u4e00-\u9fa5A-Za-z0-9.·()（）&\s]{2,20}$/;

/**
 * A page title without the site and section names after it: `…_中华网`, `…__商贸_产业资讯`,
 * `…--新华网`, `…-搜狐财经`, `… - 要闻云南 - 云南日报网`, `… | 人民网`, `… 松花江网`. `_` and `--`
 * only ever separate such names; `-` and `|` do so when a name follows (`1-10月` and
 * `书记市长这一周 | 奋马扬鞭…` keep theirs).
 */
export function cleanTitle(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const cut = /_|--/.exec(t);
  if (cut && cut.index >= 4) t = t.slice(0, cut.index).trim();
  for (;;) {
    const m = /\s*(?:——|(?<!\d)[-–—|｜](?!\d)|\s[-–—|｜]\s)\s*([^-–—|｜]+)$/.exec(t);
    // A name is shorter than the headline it follows (`Joel on Software - 给计算机系学生的建议` keeps it).
    if (!m || m.index < 4 || !NAME.test(m[1]!) || /[，。：；！？“”]/.test(m[1]!) || m[1]!.trim().length >= m.index) break;
    t = t.slice(0, m.index).trim();
  }
  const site = /\s+[\u4e00-\u9fa5A-Za-z]{2,10}(?:网|网站|门户)$/.exec(t);
  if (site && site.index >= 4) t = t.slice(0, site.index);
  return t.trim();
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
