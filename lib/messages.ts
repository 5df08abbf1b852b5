// The messages that cross context boundaries (content script ⇄ background ⇄ popup / side panel).
// Every receiver validates a message first: a message that does not have exactly the expected shape
// and sizes is refused, whoever sent it. The background and the extension pages use the schemas of
// lib/schemas/ (valibot): background-request.ts for what they receive, page-summary.ts for a content
// script's summary. The content script keeps this file's small hand-checked parser
// (parseContentRequest), so that it bundles no validator: this file imports no schema library.
import { MAX_ARTICLE_CHARS } from './page/article-text';
import { REFERENCE_SCOPES, isOneOf, type PAGE_STATUSES, type SKIP_REASONS } from './enums';
import type { ArticleMeta, CheckResult, Figure, Recognition } from './types';

// Inferred from the background's schema (lib/schemas/background-request.ts); types only, no code.
export type { BackgroundRequest, PagePayload } from './schemas/background-request';

/** Upper bounds for what a page may send; a 20 MB page has far fewer figures than this. */
export const LIMITS = {
  // No page sends more text than the content script reads of an article.
  textChars: MAX_ARTICLE_CHARS,
  figures: 50_000,
  headings: 5_000,
  stringChars: 2_000,
  urlChars: 4_096,
} as const;

/** Which reference figures a page is checked against. */
export type ReferenceScope = (typeof REFERENCE_SCOPES)[number];

/** The background's reading of an article: recognition, then (for a campaign article, or any page
 * the reader asked about) its figures, their sentences and the checks. */
export interface CheckPageResponse {
  ok: true;
  recognition: Recognition;
  figures: Figure[];
  /** Sentences keyed by figure id, as in the summary. */
  quotes: Record<string, string>;
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

export type PageStatus = (typeof PAGE_STATUSES)[number];

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
  skipped?: { reason: (typeof SKIP_REASONS)[number]; checkedChars: number };
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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A missing or unknown scope is the default, both sources. */
function parseScope(v: unknown): ReferenceScope {
  return isOneOf(REFERENCE_SCOPES, v) ? v : 'both';
}

/** What the content script receives, checked by hand (see the top of this file). */
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
      return typeof v.figureId === 'string' && v.figureId.length <= 32 ? { type: 'focus-figure', figureId: v.figureId } : null;
    case 'step-flagged':
      return v.direction === 1 || v.direction === -1 ? { type: 'step-flagged', direction: v.direction } : null;
    default:
      return null;
  }
}
