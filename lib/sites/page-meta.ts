// Metadata every page may carry whatever its site: <meta> tags (Open Graph, article:*, the
// publishdate/source tags Chinese CMSs print), JSON-LD NewsArticle, <title>, <h1>, and the visible
// date/source line near the article.

import type { ArticleMeta } from '../types';
import { cleanTitle, findByline, normalizeIsoDate, parseDateLine, parseSourceLine } from './meta-text';

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`) ?? doc.querySelector(`meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
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

/** The short visible line that carries date and source, searched near the article first. */
function infoLines(doc: Document, root: Element): string[] {
  const lines: string[] = [];
  // Siblings before the article body and their descendants: where the 来源 line usually sits.
  let sib = root.previousElementSibling;
  for (let i = 0; sib && i < 6; i++, sib = sib.previousElementSibling) {
    const t = textOf(sib);
    if (t.length > 0 && t.length <= 200) lines.push(t);
  }
  for (const sel of INFO_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 20)) {
      if (root.contains(el)) continue;
      const t = textOf(el);
      if (t.length > 0 && t.length <= 200) lines.push(t);
    }
  }
  return lines;
}

/** A source from a <meta> tag, which some CMSs fill with the whole `来源：…` line. */
function cleanSource(value: string | null): string | null {
  if (!value) return null;
  return /[来來]源/.test(value) ? parseSourceLine(value) : value;
}

/** Common metadata of any page; site adapters override what they know better. */
export function readCommonMeta(doc: Document, root: Element, articleText: string): Partial<ArticleMeta> {
  const ld = jsonLdArticle(doc);
  const h1 = textOf(doc.querySelector('h1'));
  const rawTitle = metaContent(doc, ['og:title', 'twitter:title']) ?? ld?.headline ?? (h1 || null) ?? (textOf(doc.querySelector('title')) || null);
  const lines = infoLines(doc, root);
  const dateLine = lines.find((l) => parseDateLine(l) !== null);
  const sourceLine = lines.find((l) => parseSourceLine(l) !== null);
  const metaDate = metaContent(doc, ['article:published_time', 'datePublished', 'publishdate', 'PubDate', 'pubdate', 'publish_date']) ?? ld?.datePublished ?? null;
  const author = Array.isArray(ld?.author) ? ld?.author[0]?.name : ld?.author?.name;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']) ?? ld?.url ?? null;
  return {
    title: rawTitle ? cleanTitle(rawTitle) : null,
    date: (metaDate ? normalizeIsoDate(metaDate) : null) ?? (dateLine ? parseDateLine(dateLine) : null),
    source: cleanSource(metaContent(doc, ['source', 'article:source', 'og:article:source'])) ?? (sourceLine ? parseSourceLine(sourceLine) : null) ?? ld?.publisher?.name ?? null,
    byline: findByline(articleText) ?? author ?? null,
    url: canonical,
    siteName: metaContent(doc, ['og:site_name', 'application-name']) ?? null,
  };
}
