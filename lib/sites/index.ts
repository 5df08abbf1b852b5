// Site registry: which adapter serves a page, and the article it finds there.
//
//   URL ─► adapter (china.com, zynews, dahe, people, xinhua; generic otherwise)
//       ─► article root (adapter's selectors; generic block scoring when they find nothing)
//       ─► ArticleText (text + node map) and ArticleMeta (adapter's fields over common metadata)

import type { Article, ArticleMeta } from '../types';
import { collectArticleText, type ArticleText } from '../page/article-text';
import type { SiteAdapter } from './types';
import { chinaComSite } from './china-com';
import { zynewsSite } from './zynews';
import { daheSite } from './dahe';
import { peopleSite } from './people';
import { xinhuaSite } from './xinhua';
import { genericSite } from './generic';
import { acceptedCanonical } from './canonical';
import { readCommonMeta } from './page-meta';
import { dateFromUrl } from './meta-text';

export type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [chinaComSite, zynewsSite, daheSite, peopleSite, xinhuaSite];

/** Less text than this is a teaser or an empty shell, not an article. */
const MIN_ARTICLE_CHARS = 60;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function adapterFor(url: string): SiteAdapter {
  const parsed = parseUrl(url);
  if (!parsed) return genericSite;
  return SITE_ADAPTERS.find((a) => a.matches(parsed)) ?? genericSite;
}

function pick<T>(preferred: T | null | undefined, fallback: T | null | undefined): T | null {
  return preferred ?? fallback ?? null;
}

export interface ReadArticleResult {
  article: Article;
  root: Element;
  text: ArticleText;
  /** Id of the adapter whose rules found the article body. */
  site: string;
}

/** Where the article body is and which adapter found it: the first, costlier half of readArticle,
 * apart so that a content script can let the page run in between. */
export interface FoundArticle {
  root: Element;
  adapter: SiteAdapter;
}

export function findArticle(doc: Document, url: string): FoundArticle | null {
  // A document without a root element (an empty response) has no body to ask for.
  if (!doc.documentElement || !doc.body || doc.body.tagName.toUpperCase() !== 'BODY') return null;
  let adapter = adapterFor(url);
  let root = adapter.findArticle(doc);
  if (!root && adapter !== genericSite) {
    adapter = genericSite;
    root = genericSite.findArticle(doc);
  }
  return root ? { root, adapter } : null;
}

/** The article's text and metadata once its body is found; null when there is too little text. */
export function readFoundArticle(doc: Document, url: string, { root, adapter }: FoundArticle): ReadArticleResult | null {
  const text = collectArticleText(root, adapter.skip ? { skip: adapter.skip } : {});
  if (text.text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS) return null;
  const common = readCommonMeta(doc, root, text.text);
  const own = adapter.readMeta(doc, root);
  const meta: ArticleMeta = {
    title: pick(own.title, common.title),
    date: pick(own.date, common.date) ?? dateFromUrl(url),
    source: pick(own.source, common.source),
    byline: pick(own.byline, common.byline),
    url: acceptedCanonical(pick(own.url, common.url), url) ?? url,
    siteName: pick(own.siteName, common.siteName) ?? (adapter.name || null),
  };
  return { article: { text: text.text, meta, headings: text.headings }, root, text, site: adapter.id };
}

/** The article on a page, or null when the page holds none (list pages, framesets, empty shells). */
export function readArticle(doc: Document, url: string): ReadArticleResult | null {
  const found = findArticle(doc, url);
  return found && readFoundArticle(doc, url, found);
}
