// Quoted sides of a comparison, each with where it comes from.
import { quoteFor } from '../dataset/assemble';
import type { RefDocument, RefFigure } from '../dataset/schema';
import type { ArticleMeta, Evidence, EvidenceSource, Figure } from '../types';
import { formatZh } from './quantity';

export function pageSource(meta: ArticleMeta): EvidenceSource {
  return { origin: 'page', documentId: null, title: meta.title, url: meta.url, date: meta.date, siteName: meta.siteName ?? meta.source };
}

export function pageEvidence(text: string, meta: ArticleMeta, figure: Figure): Evidence {
  return { quote: quoteFor(text, figure), figureText: figure.text, value: figure.value, source: pageSource(meta) };
}

export function referenceEvidence(ref: RefFigure, doc: RefDocument | undefined): Evidence {
  return {
    quote: ref.quote,
    figureText: ref.text,
    value: ref.value,
    source: {
      origin: doc?.origin ?? 'bundled',
      documentId: ref.docId,
      title: doc?.title ?? null,
      url: doc?.url ?? null,
      date: doc?.date ?? null,
      siteName: doc?.siteName ?? doc?.source ?? null,
    },
  };
}

export function boundEvidence(quote: string, value: number, source: string, asOf: string, url: string | null): Evidence {
  return {
    // The bound's words are Chinese: its value reads as a Chinese reader writes it (9918.5万).
    quote: `${quote}：${formatZh(value)}（${asOf}）`,
    figureText: null,
    value,
    source: { origin: 'bounds', documentId: null, title: source, url, date: asOf, siteName: null },
  };
}
