// How figures are laid out in IndexedDB (schema v3): one row per figure, keyed by
// labelKey, recency and figure key, so that the figures of one label are contiguous and newest first,
// and carrying their document, so that a page's lookup is a few sequential range reads and
// no random reads at all. (In Chromium every record read costs about the same whichever way
// it is reached, and an index read costs a random read more: the number of rows read is
// what a page pays for.)
import type { RefDocument, RefFigure } from './schema';

export interface FigureRow {
  figure: RefFigure;
  /** The figure's document as stored with it; null only for a figure whose document was missing
   * when an older database was migrated (kept, never found as evidence). */
  doc: RefDocument | null;
}

/** `labelKey \u0001 recency \u0001 key`: a string, as Chromium writes string keys faster than arrays. */
export type FigureRowKey = string;

/**
 * At most this many figures per label key are read for a page from each store (the bundled
 * dataset, the library): the newest by their article's date, undated articles last. A label
 * that thousands of kept articles share (党员, 参学单位) cannot make a page slow; the newest
 * reports of a metric are the ones a reader compares against first. Every row read costs
 * (about 0.02-0.05 ms in Chromium), so a page of 90 labels reads at most 1,440 library rows.
 */
export const FIGURES_PER_LABEL = 16;

/** Separates the parts of a row key; label keys are normalized text and never hold it. */
const SEP = '\u0001';
const LATEST = 9_999_999_999_999; // milliseconds, in 13 digits: dates up to the year 2286

/** Newer articles first (sorts lower); articles without a usable date last. */
export function recencyOf(date: string | null): string {
  const time = date ? Date.parse(date) : Number.NaN;
  if (!Number.isFinite(time)) return '~';
  return String(LATEST - Math.min(Math.max(time, 0), LATEST)).padStart(13, '0');
}

export function figureRowKey(figure: RefFigure, doc: RefDocument | null): FigureRowKey {
  return `${figure.labelKey}${SEP}${recencyOf(doc?.date ?? null)}${SEP}${figure.key}`;
}

/** Every row of one label key. */
export function labelRange(labelKey: string): IDBKeyRange {
  return IDBKeyRange.bound(`${labelKey}${SEP}`, `${labelKey}${SEP}\uffff`);
}

/** The document index of a figure store: rows are found by document when one is replaced. */
export const DOC_INDEX = { name: 'docId', keyPath: 'figure.docId' } as const;

/**
 * Queues the rows of these figures on a raw store, without a promise per request: bulk writes
 * finish with the transaction, and a failed request aborts it (nothing is written).
 */
export function putFigureRows(store: IDBObjectStore, figures: Iterable<RefFigure>, docOf: (docId: string) => RefDocument | null | undefined): void {
  for (const figure of figures) {
    const doc = docOf(figure.docId) ?? null;
    store.put({ figure, doc } satisfies FigureRow, figureRowKey(figure, doc));
  }
}

/**
 * The keys of every row of these documents, read from the document index (keys only: no
 * record is read). Wait for them before queuing new rows: a re-added figure may have the key
 * of the row it replaces.
 */
export async function rowKeysOf(store: IDBObjectStore, docIds: Iterable<string>): Promise<IDBValidKey[]> {
  const index = store.index(DOC_INDEX.name);
  const requests = [...docIds].map(
    (docId) =>
      new Promise<IDBValidKey[]>((resolve, reject) => {
        const request = index.getAllKeys(docId);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
  );
  return (await Promise.all(requests)).flat();
}
