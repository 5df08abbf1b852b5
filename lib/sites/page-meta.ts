// Metadata every page may carry whatever its site: the headline (./headline.ts), the visible
// date and 来源 line between the headline and the body (or just after the body), <meta> tags
// (Open Graph, article:*, the publishdate/source tags Chinese CMSs print), JSON-LD NewsArticle
// and dates in inline scripts.
//
// The date a reader sees wins over metadata, which often holds an update time; metadata only
// adds the time to a visible date of the same day, or stands in when the page shows none.

import type { ArticleMeta } from '../types';
import { bylineInLines, cleanTitle, closingSource, findByline, normalizeIsoDate, outletAfterDate, parseNumericDateLine, outletOfCredit, paperOfEditionLine, parseDateLine, parseSourceLine } from './meta-text';
import { findHeadline } from './headline';
import { dateInScripts } from './script-dates';
import { MAX_LINE, shortLines, textAfter, textOf } from './nearby-text';

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`) ?? doc.querySelector(`meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: { name?: string };
  author?: { name?: string } | Array<{ name?: string }>;
  url?: string;
}

function jsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    const graph = items.flatMap((item) => (item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown[] })['@graph']) ? (item as { '@graph': unknown[] })['@graph'] : [item]));
    for (const item of graph) {
      if (!item || typeof item !== 'object') continue;
      const type = (item as { '@type'?: unknown })['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /(?:News)?Article|Report|BlogPosting/.test(t))) return item as JsonLdArticle;
    }
  }
  return null;
}

const INFO_SELECTORS = [
  '[class*="time"]', '[class*="date"]', '[class*="info"]', '[class*="source"]', '[class*="pubtime"]',
  '[id*="time"]', '[id*="info"]', '[id*="date"]', '[id*="source"]',
];

const MAX_BODY_DATELINE = 60;
/** Levels of the body's ancestors whose next siblings may hold a `发布日期：… 来源：…` line. */
const LEVELS_AFTER_BODY = 3;
const LABELLED_DATE = /发布|日期|时间|来源|來源|更新/;
/** A labelled update time (`最后更新: 2019-09-07 09:27:48`) is not when the article came out. */
const UPDATED = /(?:最后|最近)?(?:更新|修改)(?:时间|日期|于)?\s*[:：]/;
const TABLE_PARTS = new Set(['TR', 'TBODY', 'THEAD', 'TFOOT']);

/**
 * The lines where a date and 来源 line sits, nearest first: after the headline, before the body
 * (its preceding siblings, then its ancestors' ones), the body's first short lines, then after
 * the body (government pages print `发布日期：… 来源：…` below it).
 */
function datelineCandidates(root: Element, headline: Element | null, articleText: string): string[] {
  const lines: string[] = [];
  if (headline && !headline.contains(root)) lines.push(...textAfter(headline, root));
  for (let el: Element | null = root, level = 0; el && level < 3; el = el.parentElement, level++) {
    let sib = el.previousElementSibling;
    for (let i = 0; sib && i < 5; i++, sib = sib.previousElementSibling) shortLines(sib, lines);
  }
  // A date line inside the body container is short; a first paragraph that opens with a date
  // (`2019年2月27日下午，…`) is not one.
  for (const line of articleText.split('\n').slice(0, 3)) if (line.trim().length <= MAX_BODY_DATELINE) lines.push(line.trim());
  for (let el: Element | null = root, level = 0; el && level < LEVELS_AFTER_BODY; el = el.parentElement) {
    // A table's rows and row groups are one level of layout with it: a cell's `来源` line is in the
    // table after the body's table (td → tr → tbody → table).
    if (!TABLE_PARTS.has(el.tagName.toUpperCase())) level++;
    let sib = el.nextElementSibling;
    for (let i = 0; sib && i < 3; i++, sib = sib.nextElementSibling) {
      const after: string[] = [];
      shortLines(sib, after);
      // Below the body, lists of other articles carry dates too: only a labelled line is the page's.
      lines.push(...after.filter((line) => parseDateLine(line) === null || LABELLED_DATE.test(line)));
    }
  }
  return lines;
}

function classedLines(doc: Document, root: Element): string[] {
  const lines: string[] = [];
  for (const sel of INFO_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 20)) {
      if (root.contains(el)) continue;
      const t = textOf(el);
      if (t.length > 0 && t.length <= MAX_LINE) lines.push(t);
    }
  }
  return lines;
}

/** A source from a <meta> tag, which some CMSs fill with the whole `来源：…` line. */
function cleanSource(value: string | null): string | null {
  if (!value) return null;
  return /[来來]源/.test(value) ? parseSourceLine(value) : value;
}

const EDGE_LINES = 4;

/** The first and last few lines of an article, where credits stand. */
function edgeLines(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim());
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

function firstOf(lines: readonly string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const value = read(line);
    if (value) return value;
  }
  return null;
}

/** An outlet on a credit line, or alone on the line just before or after the date line. */
function creditedOutlet(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => parseDateLine(l) !== null);
  for (let i = 0; i < lines.length; i++) {
    const outlet = outletOfCredit(lines[i]!, at >= 0 && Math.abs(i - at) === 1);
    if (outlet) return outlet;
  }
  return null;
}

/** The visible date, completed with metadata's time when that is the same day. */
function pickDate(visible: string | null, meta: string | null): string | null {
  if (!visible) return meta;
  if (meta && visible.length === 10 && meta.length > 10 && meta.startsWith(visible)) return meta;
  return visible;
}

/** Common metadata of any page; site adapters override what they know better. */
export function readCommonMeta(doc: Document, root: Element, articleText: string): Partial<ArticleMeta> {
  const ld = jsonLdArticle(doc);
  const headline = findHeadline(doc, root);
  const rawTitle = headline?.text ?? metaContent(doc, ['og:title', 'twitter:title']) ?? ld?.headline ?? (textOf(doc.querySelector('title')) || null);
  const lines = datelineCandidates(root, headline?.element ?? null, articleText);
  const dateLine = lines.find((l) => parseDateLine(l) !== null && !UPDATED.test(l)) ?? lines.find((l) => parseDateLine(l) !== null);
  const sourceLine = lines.find((l) => parseSourceLine(l) !== null);
  const outlet = sourceLine ? null : (firstOf(lines, outletAfterDate) ?? firstOf(lines, paperOfEditionLine) ?? creditedOutlet(lines));
  const metaDate = metaContent(doc, ['article:published_time', 'datePublished', 'publishdate', 'PubDate', 'pubdate', 'publish_date']) ?? ld?.datePublished ?? null;
  const normalizedMeta = (metaDate ? normalizeIsoDate(metaDate) : null) ?? dateInScripts(doc);
  const fallbackLines = dateLine && sourceLine ? [] : classedLines(doc, root);
  const fallbackDate = fallbackLines.find((l) => parseDateLine(l) !== null);
  const fallbackSource = fallbackLines.find((l) => parseSourceLine(l) !== null);
  const author = Array.isArray(ld?.author) ? ld?.author[0]?.name : ld?.author?.name;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']) ?? ld?.url ?? null;
  // No year-first date shown: a `06/02/2022 - 13:48` line, read in the order metadata's day
  // confirms, is the page's own wall time (metadata's is UTC or another zone).
  const metaDays = metaDate ? [metaDate.slice(0, 10), (normalizedMeta ?? '').slice(0, 10)] : [];
  const numericDate = dateLine || metaDays.length === 0 ? null : firstOf(lines, (l) => parseNumericDateLine(l, metaDays));
  return {
    title: rawTitle ? cleanTitle(rawTitle) : null,
    date: numericDate ?? pickDate(dateLine ? parseDateLine(dateLine) : null, normalizedMeta) ?? (fallbackDate ? parseDateLine(fallbackDate) : null),
    source:
      (sourceLine ? parseSourceLine(sourceLine) : null) ??
      outlet ??
      // A date line saying only `来源：转载文章` leaves the outlet to the article's last lines.
      firstOf(edgeLines(articleText).slice(-EDGE_LINES).reverse(), closingSource) ??
      cleanSource(metaContent(doc, ['source', 'article:source', 'og:article:source'])) ??
      (fallbackSource ? parseSourceLine(fallbackSource) : null) ??
      ld?.publisher?.name ??
      null,
    byline: findByline(articleText) ?? bylineInLines([...lines, ...edgeLines(articleText)]) ?? author ?? null,
    url: canonical,
    siteName: metaContent(doc, ['og:site_name', 'application-name']) ?? null,
  };
}
