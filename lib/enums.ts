// Every closed set of values the extension passes around, each defined once, as a `const` tuple.
// The TypeScript types (lib/types.ts, lib/messages.ts) and the schemas that validate what crosses a
// boundary (lib/schemas/) both derive from these lists, and so does the content script's small
// hand-checked parser (lib/messages.ts): none of them keeps a copy. Plain data, no imports, so the
// content script can use it without bundling a validator.

/** What kind of quantity a figure states. */
export const FIGURE_KINDS = ['count', 'amount', 'percent', 'percentage_points', 'rank', 'ratio', 'measure', 'other'] as const;

/** What a qualifier says about the stated number (see test/gold/README.md); a figure without one has null. */
export const QUALIFIERS = ['more_than', 'about', 'at_least', 'less_than'] as const;

/** The verdicts of a check, most serious first: a figure shows the most serious among its checks. */
export const VERDICTS = ['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope', 'consistent', 'unknown'] as const;

/** Where a reference document comes from: shipped with the extension, or kept by the reader. */
export const DOCUMENT_ORIGINS = ['bundled', 'library'] as const;

/** Where a quoted side of a check comes from: the page itself, a reference document, or lib/compare/bounds.json. */
export const EVIDENCE_ORIGINS = ['page', ...DOCUMENT_ORIGINS, 'bounds'] as const;

/** Where in an article a campaign phrase was found. */
export const CAMPAIGN_EVIDENCE_PLACES = ['title', 'lead', 'heading', 'body'] as const;

/** The campaigns the extension recognizes; lib/recognize/campaigns.ts has one entry for each. */
export const CAMPAIGN_IDS = [
  'theme-education',
  'party-history',
  'serve-the-masses',
  'stay-true-to-mission',
  'party-discipline',
  'three-standards',
  'enterprises-and-projects',
  'mass-line',
  'three-stricts',
  'two-studies',
  'political-legal-rectification',
  'work-style',
  'inspection-rectification',
  'livelihood-projects',
  'environmental-inspection',
  'anti-gang',
  'grassroots-graft',
  'five-batches',
  'civilized-city',
  'village-cleanup',
  'rivers-and-lakes',
  'zhejiang-drives',
  'village-residence',
  'two-reports',
  'unnamed-drive',
] as const;

/** The checks, one file each in lib/compare/checks/ named by its id (test/compare/registry.test.ts holds the two together). */
export const CHECK_IDS = [
  'rate-vs-counts',
  'share-of-total',
  'parts-vs-total',
  'growth-vs-values',
  'average-vs-total',
  'done-vs-planned',
  'plausible-magnitude',
  'same-metric',
  'garbled-statement',
] as const;

/** Which reference figures a page is checked against. */
export const REFERENCE_SCOPES = ['both', 'bundled', 'library'] as const;

/** Where the content script is with its page. */
export const PAGE_STATUSES = ['working', 'not-article', 'not-campaign', 'checked', 'error'] as const;

/** Why a page, or part of it, was not checked. */
export const SKIP_REASONS = ['article-too-long', 'page-too-large'] as const;

/** True when `value` is one of `list` (a type guard for the hand-checked parsers). */
export function isOneOf<const T extends readonly unknown[]>(list: T, value: unknown): value is T[number] {
  return list.includes(value);
}
