// What the readers make of a page, reduced to what is compared: built the same way in Node and,
// bundled, in Chromium (test/e2e/real-pages.test.ts), so that the two can be compared field by field.
import { readArticle } from '../../lib/sites';
import type { ArticleMeta } from '../../lib/types';

export interface Reading {
  found: boolean;
  text: string;
  meta: Pick<ArticleMeta, 'title' | 'date' | 'source' | 'byline'>;
  continues: boolean;
}

export function readingOf(doc: Document, url: string): Reading {
  const result = readArticle(doc, url);
  if (!result) return { found: false, text: '', meta: { title: null, date: null, source: null, byline: null }, continues: false };
  const { title, date, source, byline } = result.article.meta;
  return { found: true, text: result.article.text, meta: { title, date, source, byline }, continues: result.continues };
}
