// Site registry: which adapter serves a page, and the article it finds there.
//
//   URL ─► adapter (dahe, people, xinhua: each tested on a real saved page of its site; generic otherwise)
//       ─► article root (adapter's selectors; generic block scoring when they find nothing)
//       ─► ArticleText (text + node map) and ArticleMeta (adapter's fields over common metadata)

import type { Article, ArticleMeta } from '../types';
import { collectArticleText, type ArticleText } from '../page/article-text';
import type { SiteAdapter } from './types';
import { daheSite } from './dahe';
import { peopleSite } from './people';
import { xinhuaSite } from './xinhua';
import { genericSite } from './generic';
import { articleByScoringInSteps, runSteps, type Steps } from './block-scoring';
export type { Steps } from './block-scoring';
import { acceptedCanonical } from './canonical';
import { readCommonMeta } from './page-meta';
import { dateFromUrl } from './meta-text';
import { continuesOnNextPage } from './pagination';
import { findHeadline } from './headline';
import { openingBlocks, withoutStaffFooter } from './article-edges';

export type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [daheSite, peopleSite, xinhuaSite];

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
  /** The page says the article goes on on another page (下一页, 【2】, 第1页/共3页). */
  continues: boolean;
}

/** Where the article body is and which adapter found it: the first, costlier half of readArticle,
 * apart so that a content script can let the page run in between. */
export interface FoundArticle {
  root: Element;
  adapter: SiteAdapter;
}

export function findArticle(doc: Document, url: string): FoundArticle | null {
  return runSteps(findArticleInSteps(doc, url));
}

/** findArticle in steps (the generic search scores a page's blocks a few at a time), so that a
 * content script can let the page run between them on a page of megabytes. */
export function* findArticleInSteps(doc: Document, url: string): Steps<FoundArticle | null> {
  // A document without a root element (an empty response) has no body to ask for.
  if (!doc.documentElement || !doc.body || doc.body.tagName.toUpperCase() !== 'BODY') return null;
  const adapter = adapterFor(url);
  const root = adapter === genericSite ? null : adapter.findArticle(doc);
  if (root) return { root, adapter };
  const found = yield* articleByScoringInSteps(doc);
  return found ? { root: found, adapter: genericSite } : null;
}

/** The article's text and metadata once its body is found; null when there is too little text. */
export function readFoundArticle(doc: Document, url: string, found: FoundArticle): ReadArticleResult | null {
  return runSteps(readFoundArticleInSteps(doc, url, found));
}

/** readFoundArticle in steps: the body's text, then the page's metadata lines, then the adapter's (on a page of
 * megabytes each takes milliseconds of its own). */
export function* readFoundArticleInSteps(doc: Document, url: string, { root, adapter }: FoundArticle): Steps<ReadArticleResult | null> {
  const opening = openingBlocks(root, findHeadline(doc, root)?.element ?? null);
  const ownSkip = adapter.skip;
  const skip = opening.size === 0 ? ownSkip : (el: Element) => opening.has(el) || (ownSkip?.(el) ?? false);
  const text = withoutStaffFooter(collectArticleText(root, skip ? { skip } : {}));
  if (text.text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS) return null;
  yield;
  const common = readCommonMeta(doc, root, text.text);
  yield;
  const own = adapter.readMeta(doc, root);
  const meta: ArticleMeta = {
    title: pick(own.title, common.title),
    date: pick(own.date, common.date) ?? dateFromUrl(url),
    source: pick(own.source, common.source),
    byline: pick(own.byline, common.byline),
    url: acceptedCanonical(pick(own.url, common.url), url) ?? url,
    siteName: pick(own.siteName, common.siteName) ?? (adapter.name || null),
  };
  return { article: { text: text.text, meta, headings: text.headings }, root, text, site: adapter.id, continues: continuesOnNextPage(root, url) };
}

/** The article on a page, or null when the page holds none (list pages, framesets, empty shells). */
export function readArticle(doc: Document, url: string): ReadArticleResult | null {
  const found = findArticle(doc, url);
  return found && readFoundArticle(doc, url, found);
}
