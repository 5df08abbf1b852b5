// The messages that cross context boundaries (content script ⇄ background ⇄ popup / side panel),
// and their validation. Every receiver calls a `parse…` function first: a message that does not
// have exactly the expected shape and sizes is refused, whoever sent it.
import { MAX_ARTICLE_CHARS } from './page/article-text';
import type { ArticleMeta, CampaignMatch, CheckResult, Evidence, Figure, Recognition } from './types';

/** Upper bounds for what a page may send; a 20 MB page has far fewer figures than this. */
export const LIMITS = {
  // No page sends more text than the content script reads of an article.
  textChars: MAX_ARTICLE_CHARS,
  figures: 50_000,
  stringChars: 2_000,
  urlChars: 4_096,
} as const;

export interface PagePayload {
  url: string;
  meta: ArticleMeta;
  text: string;
  figures: Figure[];
}

/** Which reference figures a page is checked against. */
export type ReferenceScope = 'both' | 'bundled' | 'library';
const SCOPES = new Set<string>(['both', 'bundled', 'library']);

export type BackgroundRequest =
  | { type: 'check-page'; page: PagePayload; scope: ReferenceScope }
  | { type: 'check-tab'; tabId: number }
  | { type: 'dataset-status'; reload: boolean }
  | { type: 'library-add'; page: PagePayload; campaign: string | null }
  | { type: 'load-card-ui' };

export interface CheckPageResponse {
  ok: true;
  checks: CheckResult[];
  datasetVersion: string | null;
  /** Why the reference dataset could not be used (storage unavailable …), or null. */
  datasetError: string | null;
}

/** The answer to 'library-add' (and to the content script's 'add-to-library'). */
export interface LibraryAddResponse {
  ok: boolean;
  error?: string;
  updated?: boolean;
  /** For an article kept before: the figures that appeared and the ones that are gone. */
  changes?: { added: string[]; removed: string[] } | null;
}

export interface ErrorResponse {
  ok: false;
  error: string;
}

export type PageStatus = 'working' | 'not-article' | 'not-campaign' | 'checked' | 'error';

/** What the content script knows about its page; the popup and side panel render it. */
export interface PageSummary {
  status: PageStatus;
  url: string;
  meta: ArticleMeta | null;
  recognition: Recognition | null;
  figures: Figure[];
  checks: CheckResult[];
  /** Sentences keyed by figure id, so exports can quote without shipping the whole text. */
  quotes: Record<string, string>;
  checkedAt: string | null;
  error: string | null;
  /** Where the content script spent its time on this page (milliseconds), for the benchmarks. */
  timing: PageTiming | null;
  /** Which reference figures the checks used. */
  scope: ReferenceScope;
  /** Set when the page, or part of it, was not checked: only its first `checkedChars` characters
   * were (article-too-long), or none because the document is far larger than an article page. */
  skipped?: { reason: 'article-too-long' | 'page-too-large'; checkedChars: number };
}

export interface PageTiming {
  /** From the start of the check to the highlights shown, waits for the background included. */
  totalMs: number;
  /** Main-thread time of the content script's own work (reading, recognizing, extracting, painting). */
  busyMs: number;
  /** The longest stretch of that work without yielding to the page. */
  longestSliceMs: number;
}

export type ContentRequest =
  | { type: 'get-summary' }
  | { type: 'run'; force: boolean; scope: ReferenceScope }
  | { type: 'add-to-library' }
  | { type: 'focus-figure'; figureId: string }
  | { type: 'step-flagged'; direction: 1 | -1 };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isString(v: unknown, max: number = LIMITS.stringChars): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isNullableString(v: unknown, max?: number): v is string | null {
  return v === null || isString(v, max);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isOffset(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= LIMITS.textChars;
}

const QUALIFIERS = new Set(['more_than', 'about', 'at_least', 'less_than', null]);
const KINDS = new Set(['count', 'amount', 'percent', 'percentage_points', 'rank', 'ratio', 'measure', 'other']);

export function isArticleMeta(v: unknown): v is ArticleMeta {
  if (!isObject(v)) return false;
  return (
    isNullableString(v.title) &&
    isNullableString(v.date, 64) &&
    isNullableString(v.source) &&
    isNullableString(v.byline) &&
    isNullableString(v.url, LIMITS.urlChars) &&
    isNullableString(v.siteName)
  );
}

export function isFigure(v: unknown, textLength: number): v is Figure {
  if (!isObject(v)) return false;
  const s = v.sentence;
  return (
    isString(v.id, 32) &&
    isString(v.text, 200) &&
    isOffset(v.start) &&
    isOffset(v.end) &&
    (v.start as number) < (v.end as number) &&
    (v.end as number) <= textLength &&
    isOffset(v.numberStart) &&
    isOffset(v.numberEnd) &&
    isFiniteNumber(v.value) &&
    (v.valueMax === undefined || isFiniteNumber(v.valueMax)) &&
    isNullableString(v.unit, 32) &&
    QUALIFIERS.has(v.qualifier as string | null) &&
    KINDS.has(v.kind as string) &&
    isNullableString(v.label, 200) &&
    isNullableString(v.subject, 200) &&
    isObject(s) &&
    isOffset(s.start) &&
    isOffset(s.end) &&
    (s.end as number) <= textLength
  );
}

export function isPagePayload(v: unknown): v is PagePayload {
  if (!isObject(v)) return false;
  if (!isString(v.url, LIMITS.urlChars) || !isString(v.text, LIMITS.textChars) || !isArticleMeta(v.meta)) return false;
  const text = v.text;
  if (!Array.isArray(v.figures) || v.figures.length > LIMITS.figures) return false;
  return v.figures.every(
    (f) => isFigure(f, text.length) && text.slice((f as Figure).start, (f as Figure).end) === (f as Figure).text,
  );
}

function parseScope(v: unknown): ReferenceScope {
  return typeof v === 'string' && SCOPES.has(v) ? (v as ReferenceScope) : 'both';
}

/** Returns the request if it is well-formed, else null. */
export function parseBackgroundRequest(v: unknown): BackgroundRequest | null {
  if (!isObject(v)) return null;
  switch (v.type) {
    case 'check-page':
      return isPagePayload(v.page) ? { type: 'check-page', page: v.page, scope: parseScope(v.scope) } : null;
    case 'library-add':
      return isPagePayload(v.page) && isNullableString(v.campaign, 64) ? { type: 'library-add', page: v.page, campaign: v.campaign } : null;
    case 'check-tab':
      return Number.isInteger(v.tabId) && (v.tabId as number) >= 0 ? { type: 'check-tab', tabId: v.tabId as number } : null;
    case 'dataset-status':
      return { type: 'dataset-status', reload: v.reload === true };
    case 'load-card-ui':
      return { type: 'load-card-ui' };
    default:
      return null;
  }
}

export function parseContentRequest(v: unknown): ContentRequest | null {
  if (!isObject(v)) return null;
  switch (v.type) {
    case 'get-summary':
      return { type: 'get-summary' };
    case 'run':
      return { type: 'run', force: v.force === true, scope: parseScope(v.scope) };
    case 'add-to-library':
      return { type: 'add-to-library' };
    case 'focus-figure':
      return isString(v.figureId, 32) ? { type: 'focus-figure', figureId: v.figureId } : null;
    case 'step-flagged':
      return v.direction === 1 || v.direction === -1 ? { type: 'step-flagged', direction: v.direction } : null;
    default:
      return null;
  }
}

const STATUSES = new Set<string>(['working', 'not-article', 'not-campaign', 'checked', 'error']);
const VERDICTS = new Set<string>(['consistent', 'differs', 'changed_over_time', 'different_scope', 'inconsistent', 'implausible', 'unknown']);
const ORIGINS = new Set<string>(['page', 'bundled', 'library', 'bounds']);
const PLACES = new Set<string>(['title', 'lead', 'heading', 'body']);
const SKIP_REASONS = new Set<string>(['article-too-long', 'page-too-large']);

function isListOf(v: unknown, max: number, item: (x: unknown) => boolean): boolean {
  return Array.isArray(v) && v.length <= max && v.every(item);
}

function isEvidence(v: unknown): v is Evidence {
  if (!isObject(v) || !isObject(v.source)) return false;
  const s = v.source;
  return (
    isString(v.quote) &&
    isNullableString(v.figureText, 200) &&
    (v.value === null || isFiniteNumber(v.value)) &&
    ORIGINS.has(s.origin as string) &&
    isNullableString(s.documentId, 128) &&
    isNullableString(s.title) &&
    isNullableString(s.url, LIMITS.urlChars) &&
    isNullableString(s.date, 64) &&
    isNullableString(s.siteName)
  );
}

function isCheckResult(v: unknown): v is CheckResult {
  if (!isObject(v)) return false;
  return (
    isString(v.check, 64) &&
    isString(v.figureId, 32) &&
    VERDICTS.has(v.verdict as string) &&
    isFiniteNumber(v.confidence) &&
    v.confidence >= 0 &&
    v.confidence <= 1 &&
    isListOf(v.evidence, LIMITS.figures, isEvidence) &&
    isString(v.message_zh) &&
    isString(v.message_en)
  );
}

function isCampaignMatch(v: unknown): v is CampaignMatch {
  if (!isObject(v)) return false;
  return (
    isString(v.id, 64) &&
    isString(v.name, 200) &&
    isFiniteNumber(v.score) &&
    isListOf(v.evidence, LIMITS.figures, (e) => isObject(e) && isString(e.phrase, 200) && PLACES.has(e.where as string) && isOffset(e.offset))
  );
}

function isRecognition(v: unknown): v is Recognition {
  if (!isObject(v)) return false;
  const isCampaigns = (c: unknown) => isListOf(c, LIMITS.figures, isCampaignMatch);
  return (
    typeof v.isCampaign === 'boolean' &&
    isCampaigns(v.campaigns) &&
    (v.sections === undefined ||
      isListOf(v.sections, LIMITS.figures, (x) => isObject(x) && isOffset(x.start) && isOffset(x.end) && isNullableString(x.title) && typeof x.isCampaign === 'boolean' && isCampaigns(x.campaigns)))
  );
}

/** A checked page's summary as returned to the popup: validated again on that side, every nested
 * record as deeply as a page the background receives (the page's text is not sent, so figure
 * offsets are bounded by the longest article instead). */
export function isPageSummary(v: unknown): v is PageSummary {
  if (!isObject(v)) return false;
  const t = v.timing;
  const skipped = v.skipped;
  return (
    STATUSES.has(v.status as string) &&
    isString(v.url, LIMITS.urlChars) &&
    (v.meta === null || isArticleMeta(v.meta)) &&
    (v.recognition === null || isRecognition(v.recognition)) &&
    isListOf(v.figures, LIMITS.figures, (f) => isFigure(f, LIMITS.textChars)) &&
    Array.isArray(v.checks) &&
    v.checks.every(isCheckResult) &&
    isObject(v.quotes) &&
    Object.values(v.quotes).every((q) => isString(q)) &&
    isNullableString(v.checkedAt, 64) &&
    isNullableString(v.error) &&
    (t === null || (isObject(t) && isFiniteNumber(t.totalMs) && isFiniteNumber(t.busyMs) && isFiniteNumber(t.longestSliceMs))) &&
    SCOPES.has(v.scope as string) &&
    (skipped === undefined || (isObject(skipped) && SKIP_REASONS.has(skipped.reason as string) && isOffset(skipped.checkedChars)))
  );
}
