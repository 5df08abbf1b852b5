// Fallback for any site without an adapter: score text blocks, read common metadata.
import type { SiteAdapter } from './types';
import { findArticleByScoring, isBoilerplateInside } from './block-scoring';

export const genericSite: SiteAdapter = {
  id: 'generic',
  name: '',
  matches: () => true,
  findArticle: findArticleByScoring,
  readMeta: () => ({}),
  skip: isBoilerplateInside,
};
