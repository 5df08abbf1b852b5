// Place, body and period for records stored before they were kept (schema v3 rows, library files
// of earlier releases): resolved from what a record keeps, the document's title, outlet and
// address and each figure's quoted sentence, as lib/place/ resolves them on a page.
import { articlePlace, figureScope, type FigureScope } from '../place';
import type { RefDocument, RefFigure } from './schema';

/** Quotes per document read to place it: the opening of an article tells its place. */
export const QUOTES_FOR_PLACE = 24;

type StoredDocument = Omit<RefDocument, 'place'> & { place?: string | null };
type StoredFigure = Omit<RefFigure, 'place' | 'body' | 'period'> & Partial<Pick<RefFigure, 'place' | 'body' | 'period'>>;

export function needsScope(record: StoredDocument | StoredFigure): boolean {
  return !('place' in record) || record.place === undefined;
}

/** The document's place, from its title, outlet, address and some of its figures' sentences. */
export function storedDocumentPlace(doc: StoredDocument, quotes: readonly string[]): string | null {
  return articlePlace(quotes.join('\n'), { title: doc.title, source: doc.source, siteName: doc.siteName, url: doc.url });
}

export function withPlace(doc: StoredDocument, quotes: readonly string[]): RefDocument {
  return needsScope(doc) ? { ...doc, place: storedDocumentPlace(doc, quotes) } : (doc as RefDocument);
}

/** A stored figure's scope, read in its quoted sentence as if that were the page. */
export function storedFigureScope(figure: StoredFigure, doc: RefDocument | null): FigureScope {
  const quote = figure.quote;
  const at = quote.indexOf(figure.text);
  const start = at < 0 ? quote.length : at;
  const inQuote = { ...figure, start, end: start + figure.text.length, sentence: { start: 0, end: quote.length } } as RefFigure;
  return figureScope(quote, inQuote, doc?.place ?? null, doc?.date ?? null);
}

export function withScope(figure: StoredFigure, doc: RefDocument | null): RefFigure {
  return needsScope(figure) ? { ...figure, ...storedFigureScope(figure, doc) } : (figure as RefFigure);
}

/** Documents and figures of a file or a store, each with its place, body and period. */
export function completeScopes(documents: readonly StoredDocument[], figures: readonly StoredFigure[]): { documents: RefDocument[]; figures: RefFigure[] } {
  // A file of this release: nothing to resolve, nothing copied.
  if (!documents.some(needsScope) && !figures.some(needsScope)) return { documents: documents as RefDocument[], figures: figures as RefFigure[] };
  const quotes = new Map<string, string[]>();
  for (const f of figures) {
    const list = quotes.get(f.docId) ?? [];
    if (list.length < QUOTES_FOR_PLACE) list.push(f.quote);
    quotes.set(f.docId, list);
  }
  const docs = documents.map((d) => withPlace(d, quotes.get(d.id) ?? []));
  const byId = new Map(docs.map((d) => [d.id, d]));
  return { documents: docs, figures: figures.map((f) => withScope(f, byId.get(f.docId) ?? null)) };
}
