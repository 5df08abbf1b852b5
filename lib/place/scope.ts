// What a figure counts over besides its label: the place (a GB/T 2260 code), the body (市委常委会,
// 县处级以上领导班子, 市城管局) and the period (`2023:1-9`, `2023`, `since-start`). Same-metric
// compares two figures only when these allow it.
import { normalizeScope } from '../dataset/metric';
import type { ArticleMeta, Figure } from '../types';
import { articlePlace, TEXT_SCAN } from './article-place';
import { CHINA } from './divisions';
import { findPlaceMentions, resolveMention, type PlaceMention } from './mentions';
import { periodMentions, type PeriodMention } from './period';
import { firstAtOrAfter } from '../sorted';

export interface FigureScope {
  /** GB/T 2260 code of the place the figure is about; null when nothing tells. */
  place: string | null;
  /** Who within the place: the subject without its place words (`县处级以上领导班子`); null for the place at large or an unknown subject. */
  body: string | null;
  /** See period.ts; null: as of the page's date. */
  period: string | null;
}

// An organ keeps the level char its place words end with: `郑州市委` is the 市委 of 郑州.
const ORGAN_START = /^(?:委|政府|人大|政协|纪委|监委)/;
const LEADING_NOISE = /^[的在和及与、，,\s]+/;

/** The subject's place (absolute or relative) and what remains of it: the body. */
function subjectScope(written: string, ownPlace: string | null): { place: string | null; body: string | null } {
  // `目前全市…` is `全市…`: lead words and synonyms first.
  const subject = normalizeScope(written);
  if (!subject) return { place: null, body: null };
  const mentions = findPlaceMentions(subject);
  const first = mentions[0];
  if (!first || first.start > 0) return { place: null, body: subject };
  let end = first.end;
  // `郑州市委常委会`: the 市 of 郑州市 belongs to 市委.
  if (!first.relative && ORGAN_START.test(subject.slice(end)) && /[省市区县]$/.test(subject.slice(0, end))) end--;
  // `市委` names a place and is the body's own first word.
  if (first.relative && !/^[全我本该]/.test(subject)) end = first.start;
  const rest = subject.slice(end).replace(LEADING_NOISE, '');
  return { place: resolveMention(first, ownPlace), body: rest.length > 1 ? normalizeScope(rest) : null };
}

const RECEIVED_FROM = /(?:受理|接收|接到|收到|来自|承接|承办)$/;
// `对省委巡视组转交的35件信访件…办结率100%`: what a body sent down is counted where it was sent.
const SENT_BY = /^[\u4e00-\u9fff]{0,6}?(?:转交|交办|转办|下派|移交)的/;
// `省级12345热线转派工单8件`, `省长信箱、…`: a place that names a channel requests came by is no place they count.
const CHANNEL = /^[级长]?[\u4e00-\u9fff0-9]{0,8}?(?:热线|信箱|平台)/;
// `全省第十期“三个一批”项目建设中原科技城专场活动举行,现场集中签约…`: a place in the name of an event held is whose event it
// is, not where the figures reported at it count (a session held elsewhere in the province).
// `河钢集团石家庄钢铁…、河北同福大健康食品城等130个续建项目`: a place in the names of the examples a count lists is no place
// the count is of.
const NAMED_EXAMPLE = /^[^，,；;。！？\n]{0,60}?等[0-9一二三四五六七八九十两]/;
const EVENT_HELD = /^[^，,；;。！？\n]{0,40}?(?:活动|会议|大会|仪式|论坛|推进会|观摩会)[^，,；;。！？\n]{0,6}?(?:举行|召开|举办|开幕)(?=[，,；;。！？\n])/;

/** What a sentence names before its figures: places and periods, in text order. */
interface SentenceWords {
  /** With where the brackets a place stands in close, if it does (an aside). */
  places: (PlaceMention & { asideEnd?: number })[];
  /** Places things came from (`受理宜春下派工单`): no scope, in the subject either. */
  sources: string[];
  periods: PeriodMention[];
}

/** The place named closest before `at` (the country only compares: `高于全国平均`), else null. */
function placeBefore(words: SentenceWords, at: number, ownPlace: string | null): string | null {
  for (let i = words.places.length - 1; i >= 0; i--) {
    const m = words.places[i]!;
    // A place in an aside closed before the figure (`共处理…22361件(…省级下派47件),…接通率为93.35%`) is the aside's.
    if (m.end > at || (m.asideEnd !== undefined && m.asideEnd < at) || m.candidates.some((d) => d.code === CHINA)) continue;
    const code = resolveMention(m, ownPlace);
    if (code) return code;
  }
  return null;
}

function periodBefore(words: SentenceWords, at: number): string | null {
  for (let i = words.periods.length - 1; i >= 0; i--) if (words.periods[i]!.end <= at) return words.periods[i]!.key;
  return null;
}

function resolveScope(figure: Figure, words: SentenceWords, ownPlace: string | null): FigureScope & { explicit: boolean } {
  const fromSource = words.sources.some((name) => figure.subject?.startsWith(name));
  const fromSubject = figure.subject && !fromSource ? subjectScope(figure.subject, ownPlace) : { place: null, body: null };
  const named = fromSubject.place ?? placeBefore(words, figure.start, ownPlace);
  return { place: named ?? ownPlace, body: fromSubject.body, period: periodBefore(words, figure.start), explicit: named !== null };
}

/** The mentions of a sorted list that lie in [start, end). */
function mentionsIn(sorted: readonly PlaceMention[], start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = firstAtOrAfter(sorted, start, (m) => m.start); i < sorted.length && sorted[i]!.end <= end; i++) out.push(sorted[i]!);
  return out;
}

/**
 * Reads a figure's sentence up to `end` (the last figure of it that is asked about); within the
 * part of the text already scanned for the article's place, from that scan.
 */
function sentenceWords(text: string, start: number, end: number, date: string | null, scanned?: { mentions: readonly PlaceMention[]; to: number }): SentenceWords {
  const mentioned = scanned && end <= scanned.to ? mentionsIn(scanned.mentions, start, end) : findPlaceMentions(text, start, end);
  // `受理宜春下派工单1905件`, `接收宜春市热线中心转来的…`, `省委巡视组转交的…`: what came from a place is
  // not counted over it.
  const places: SentenceWords['places'] = [];
  const sources: string[] = [];
  // …nor is a place in the title of a platform or a document (`《吉林省政务服务热线转办平台》2053件`) the place it counts.
  const inTitle = (m: PlaceMention) => {
    const before = text.slice(start, m.start);
    return before.lastIndexOf('《') > before.lastIndexOf('》');
  };
  for (const m of mentioned) {
    if (inTitle(m) || RECEIVED_FROM.test(text.slice(Math.max(start, m.start - 4), m.start)) || SENT_BY.test(text.slice(m.end, m.end + 12)) || CHANNEL.test(text.slice(m.end, m.end + 12)) || EVENT_HELD.test(text.slice(m.end, m.end + 50)) || NAMED_EXAMPLE.test(text.slice(m.end, m.end + 64))) sources.push(text.slice(m.start, m.end));
    else places.push({ ...m, asideEnd: asideEnd(text, start, m) });
  }
  const periods = periodMentions(text.slice(start, end), date).map((p) => ({ ...p, at: p.at + start, end: p.end + start }));
  return { places, sources, periods };
}

/** Where the brackets around a mention close, when it stands in brackets opened within its sentence. */
function asideEnd(text: string, sentenceStart: number, m: PlaceMention): number | undefined {
  const before = text.slice(sentenceStart, m.start);
  if (Math.max(before.lastIndexOf('('), before.lastIndexOf('（')) <= Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'))) return undefined;
  const close = text.slice(m.end).search(/[)）]/);
  return close < 0 ? undefined : m.end + close;
}

/** One figure's scope, given the article's place (see articlePlace) and date. */
export function figureScope(text: string, figure: Figure, ownPlace: string | null, date: string | null): FigureScope {
  const { place, body, period } = resolveScope(figure, sentenceWords(text, figure.sentence.start, figure.start, date), ownPlace);
  return { place, body, period };
}

export interface PageScopes {
  place: string | null;
  scopes: ReadonlyMap<string, FigureScope>;
  /** Figures whose place their subject or sentence names (the others take the article's). */
  explicit: ReadonlySet<string>;
}

// Several checks of one page ask: resolved once per figure list (and text).
const resolved = new WeakMap<readonly Figure[], { text: string; meta: ArticleMeta; result: PageScopes }>();

/** The article's place and every figure's scope, by figure id. Each sentence is read once. */
export function pageScopes(text: string, meta: ArticleMeta, figures: readonly Figure[]): PageScopes {
  const cached = resolved.get(figures);
  if (cached && cached.text === text && cached.meta === meta) return cached.result;
  const to = Math.min(text.length, TEXT_SCAN);
  const scanned = { mentions: findPlaceMentions(text, 0, to), to };
  const place = articlePlace(text, meta, scanned.mentions);
  // The part of each sentence before its last figure.
  const reach = new Map<number, number>();
  for (const f of figures) reach.set(f.sentence.start, Math.max(reach.get(f.sentence.start) ?? 0, f.start));
  const words = new Map<number, SentenceWords>();
  for (const [start, end] of reach) words.set(start, sentenceWords(text, start, end, meta.date, scanned));
  const scopes = new Map<string, FigureScope>();
  const explicit = new Set<string>();
  for (const f of figures) {
    const { explicit: named, ...scope } = resolveScope(f, words.get(f.sentence.start)!, place);
    scopes.set(f.id, scope);
    if (named) explicit.add(f.id);
  }
  const result = { place, scopes, explicit };
  resolved.set(figures, { text, meta, result });
  return result;
}
