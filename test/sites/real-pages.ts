// The real saved pages of test/pages/real/ (manifest.json, and per page page.html, expected.json
// and body.txt, all written by reading the page) and how a reading of one is scored against them.
// Used by the unit test that holds the tuned figures, the evaluation script and the e2e test.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reading } from './reading';

export const REAL_DIR = resolve(import.meta.dirname, '../pages/real');

export interface RealExpected {
  title: string;
  /** As precise as the page shows it: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`; null when it shows no date. */
  date: string | null;
  source: string | null;
  byline: string | null;
  firstSentence: string;
  lastSentence: string;
  bodyChars: number;
  bodyCharsTolerance: number;
  /** The article goes on on another page (下一页, 【2】 …). */
  continues?: boolean;
}

export interface RealPage {
  name: string;
  url: string;
  site: string;
  holdout: boolean;
  /** Which held-apart group: 1 for the first eleven pages, 2 for the eight held apart when twenty were added, 3 for the
   * twelve from five more repositories; null when tuned on. */
  holdoutGroup: 1 | 2 | 3 | null;
  html: string;
  expected: RealExpected;
  /** The body as read by hand, one paragraph a line. */
  body: string;
}

interface ManifestEntry {
  name: string;
  url: string;
  site: string;
  holdout: boolean;
  holdoutGroup?: 2 | 3;
}

export function realPages(): RealPage[] {
  const manifest = JSON.parse(readFileSync(join(REAL_DIR, 'manifest.json'), 'utf8')) as { pages: ManifestEntry[] };
  return manifest.pages.map((p) => ({
    name: p.name,
    url: p.url,
    site: p.site,
    holdout: p.holdout,
    holdoutGroup: p.holdout ? (p.holdoutGroup ?? 1) : null,
    html: readFileSync(join(REAL_DIR, p.name, 'page.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(REAL_DIR, p.name, 'expected.json'), 'utf8')) as RealExpected,
    body: readFileSync(join(REAL_DIR, p.name, 'body.txt'), 'utf8'),
  }));
}


const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const s = text.replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    const k = s.slice(i, i + SHINGLE);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Precision and recall of 4-character shingles (white space removed), counted with multiplicity. */
export function bodyOverlap(found: string, gold: string): { precision: number; recall: number } {
  const f = shingles(found);
  const g = shingles(gold);
  let common = 0;
  let nf = 0;
  let ng = 0;
  for (const [k, n] of f) {
    nf += n;
    common += Math.min(n, g.get(k) ?? 0);
  }
  for (const n of g.values()) ng += n;
  return { precision: nf === 0 ? 0 : common / nf, recall: ng === 0 ? 0 : common / ng };
}

function normalizeTitle(t: string | null): string {
  return (t ?? '').replace(/\s+/g, ' ').trim();
}

export type DateOutcome = 'right' | 'day-only' | 'wrong' | 'missing' | 'none-shown' | 'invented';

/** A date is right when it equals the page's to the precision the page shows (expected dates are
 * written at that precision: a day, minutes or seconds); the right day without the shown time is
 * `day-only`; a date where the page shows none is `invented`. */
export function judgeDate(found: string | null, expected: string | null): DateOutcome {
  if (expected === null) return found === null ? 'none-shown' : 'invented';
  if (found === null) return 'missing';
  if (found.slice(0, expected.length) === expected) return 'right';
  return found.length === 10 && expected.startsWith(found) ? 'day-only' : 'wrong';
}

export interface PageScore {
  name: string;
  found: boolean;
  titleExact: boolean;
  date: DateOutcome;
  sourceRight: boolean | null;
  /** Every name of the page's credit line found in the reader's byline; null when the page names none. */
  bylineRight: boolean | null;
  precision: number;
  recall: number;
  continuesRight: boolean;
}

export function scorePage(page: RealPage, reading: Reading): PageScore {
  const { precision, recall } = reading.found ? bodyOverlap(reading.text, page.body) : { precision: 0, recall: 0 };
  const src = page.expected.source;
  const foundSource = reading.meta.source;
  return {
    name: page.name,
    found: reading.found,
    titleExact: reading.found && normalizeTitle(reading.meta.title) === normalizeTitle(page.expected.title),
    date: reading.found ? judgeDate(reading.meta.date, page.expected.date) : page.expected.date === null ? 'none-shown' : 'missing',
    // 来源 lines vary in how much of the outlet's name they give (人民网-文化频道, 文化频道).
    sourceRight: src === null ? null : foundSource !== null && (foundSource.includes(src) || src.includes(foundSource)),
    bylineRight: page.expected.byline === null ? null : page.expected.byline.split(/\s+/).every((name) => (reading.meta.byline ?? '').includes(name)),
    precision,
    recall,
    continuesRight: reading.continues === (page.expected.continues ?? false),
  };
}

export interface Summary {
  pages: number;
  found: number;
  titleExact: number;
  datesShown: number;
  dateRight: number;
  dateDayOnly: number;
  dateWrong: number;
  dateInvented: number;
  sourcesShown: number;
  sourceRight: number;
  bylinesShown: number;
  bylineRight: number;
  precision: number;
  recall: number;
  continuesRight: number;
}

export function summarize(scores: readonly PageScore[]): Summary {
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    pages: scores.length,
    found: scores.filter((s) => s.found).length,
    titleExact: scores.filter((s) => s.titleExact).length,
    datesShown: scores.filter((s) => s.date !== 'none-shown' && s.date !== 'invented').length,
    dateDayOnly: scores.filter((s) => s.date === 'day-only').length,
    dateRight: scores.filter((s) => s.date === 'right').length,
    dateWrong: scores.filter((s) => s.date === 'wrong').length,
    dateInvented: scores.filter((s) => s.date === 'invented').length,
    sourcesShown: scores.filter((s) => s.sourceRight !== null).length,
    sourceRight: scores.filter((s) => s.sourceRight === true).length,
    bylinesShown: scores.filter((s) => s.bylineRight !== null).length,
    bylineRight: scores.filter((s) => s.bylineRight === true).length,
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    continuesRight: scores.filter((s) => s.continuesRight).length,
  };
}
