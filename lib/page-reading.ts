// What the background makes of an article the engine read from a page: whether it is a campaign
// article, and its figures with their sentences. It runs in the background, where the recognizer
// and the extractor stay compiled between pages; in the page they would start cold every time.
import type { ArticleMeta, Figure, Recognition, Span } from './types';
import { recognizeCampaign } from './recognize';
import { extractFigures } from './extract';
import { quotesFor } from './export';

export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
  headings: Span[];
}

export interface ArticleReading {
  recognition: Recognition;
  figures: Figure[];
  quotes: Record<string, string>;
}

/** Recognition, then the figures. `campaignOnly`: a page that is no campaign article is read no
 * further (the engine looked at it by itself; the reader did not ask). */
export function readArticle(article: ArticleInput, campaignOnly: boolean): ArticleReading {
  const recognition = recognizeCampaign(article);
  if (campaignOnly && !recognition.isCampaign) return { recognition, figures: [], quotes: {} };
  const figures = extractFigures(article.text);
  return { recognition, figures, quotes: quotesFor(article.text, figures) };
}
