import type { ArticleMeta } from '../types';

/** One site family: which URLs it serves, where its article body is, how it states its metadata. */
export interface SiteAdapter {
  id: string;
  /** The site as a reader names it (中华网, 人民网 …). */
  name: string;
  matches(url: URL): boolean;
  /** The element that holds the article body, or null when this page has none. */
  findArticle(doc: Document): Element | null;
  readMeta(doc: Document, root: Element): Partial<ArticleMeta>;
  /** Elements inside the article root that are not part of the article (share bars, 责任编辑 lines). */
  skip?(el: Element): boolean;
}
