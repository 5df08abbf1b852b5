// Turns reference articles and their figures into the dataset: documents, figures with their
// lookup keys and quotes, and a version that changes exactly when the content does.
import type { Figure } from '../types';
import { applyCuration, type Curation } from './curation';
import { canonicalJson, cyrb53, textFingerprint } from './hash';
import { metricKeys } from './metric';
import { articlePlace, figureScope } from '../place';
import { DATASET_SCHEMA, type Dataset, type RefDocument, type RefFigure, type SeedMeta } from './schema';

export interface ExtractedSeed {
  meta: SeedMeta;
  text: string;
  figures: Figure[];
}

const QUOTE_MAX = 160;
const QUOTE_SIDE = 60;

/** The figure's sentence, trimmed; a long sentence is cut to a window around the figure. */
export function quoteFor(text: string, figure: Figure): string {
  const sentence = text.slice(figure.sentence.start, figure.sentence.end).trim();
  if (sentence.length > 0 && sentence.length <= QUOTE_MAX) return sentence;
  const from = Math.max(figure.sentence.start, figure.start - QUOTE_SIDE);
  const to = Math.min(Math.max(figure.sentence.end, figure.end), figure.end + QUOTE_SIDE);
  const window = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > figure.sentence.start ? '…' : ''}${window}${to < figure.sentence.end ? '…' : ''}`;
}

export function referenceFigure(doc: RefDocument, text: string, figure: Figure): RefFigure {
  const keys = metricKeys(figure);
  return {
    ...figureScope(text, figure, doc.place, doc.date),
    ...figure,
    key: `${doc.id}#${figure.id}`,
    docId: doc.id,
    campaign: doc.campaign,
    numberText: text.slice(figure.numberStart, figure.numberEnd),
    metricKey: keys.metricKey ?? '',
    labelKey: keys.labelKey ?? '',
    scopeKey: keys.scopeKey,
    quote: quoteFor(text, figure),
  };
}

export function referenceDocument(meta: SeedMeta, text: string, origin: RefDocument['origin'], figureCount: number): RefDocument {
  return {
    id: meta.id,
    origin,
    title: meta.title ?? null,
    source: meta.source ?? null,
    date: meta.date ?? null,
    dateBasis: meta.dateBasis ?? null,
    campaign: meta.campaign ?? null,
    url: meta.url ?? null,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    textHash: textFingerprint(text),
    place: articlePlace(text, { title: meta.title ?? null, source: meta.source ?? null, siteName: meta.siteName ?? null, url: meta.url ?? null }),
    figureCount,
  };
}

export function assembleDataset(seeds: ExtractedSeed[], curation: Curation = {}): Dataset {
  const documents: RefDocument[] = [];
  const figures: RefFigure[] = [];
  const ordered = [...seeds].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  for (const seed of ordered) {
    const curated = applyCuration(seed.meta.id, seed.figures, curation);
    const doc = referenceDocument(seed.meta, seed.text, 'bundled', curated.length);
    documents.push(doc);
    for (const figure of curated) figures.push(referenceFigure(doc, seed.text, figure));
  }
  const version = cyrb53(canonicalJson({ schema: DATASET_SCHEMA, documents, figures }));
  return { schema: DATASET_SCHEMA, version, documents, figures };
}
