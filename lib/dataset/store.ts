// The reference dataset in IndexedDB: load the bundle when its version changes (one
// transaction, all or nothing), and look figures up by label, newest first (figure-rows.ts).
import { unwrap } from 'idb';
import { DatasetQuotaError, isQuotaError } from './errors';
import type { ReferenceDb, StoredDatasetMeta } from './db';
import { FIGURES_PER_LABEL, labelRange, putFigureRows, type FigureRow } from './figure-rows';
import { isLibraryDocumentId } from './library-id';
import type { ReferenceLookup } from './lookup';
import type { Dataset, RefDocument, RefFigure } from './schema';

export { openReferenceDb, DB_NAME, DB_VERSION, type ReferenceDb, type OpenHooks } from './db';
export { DatasetQuotaError } from './errors';

const META_KEY = 'bundled';

export async function storedDatasetMeta(db: ReferenceDb): Promise<StoredDatasetMeta | null> {
  return (await db.get('meta', META_KEY)) ?? null;
}

export async function storedDatasetVersion(db: ReferenceDb): Promise<string | null> {
  return (await storedDatasetMeta(db))?.version ?? null;
}

/** Whether the stored bundle is whole: its record counts match what its meta says. */
async function storedDatasetIntact(db: ReferenceDb, meta: StoredDatasetMeta): Promise<boolean> {
  const tx = db.transaction(['documents', 'figures'], 'readonly');
  const [docs, figures] = await Promise.all([tx.objectStore('documents').count(), tx.objectStore('figures').count()]);
  return docs === meta.documentCount && figures === meta.figureCount;
}

export type LoadStatus = 'unchanged' | 'loaded';

/**
 * Stores the bundled dataset unless the same version is already stored intact (or `force`, a
 * repair the reader asks for). Replaces only
 * bundled records, in one transaction: on any failure the previous dataset stays as it was.
 * Throws DatasetQuotaError when the browser is out of storage.
 */
export async function loadBundledDataset(db: ReferenceDb, dataset: Dataset, options: { force?: boolean } = {}): Promise<LoadStatus> {
  const previous = await storedDatasetMeta(db);
  if (!options.force && previous?.version === dataset.version && (await storedDatasetIntact(db, previous))) return 'unchanged';
  const tx = db.transaction(['documents', 'figures', 'meta'], 'readwrite', { durability: 'relaxed' });
  try {
    const documents = unwrap(tx.objectStore('documents'));
    const figures = unwrap(tx.objectStore('figures'));
    documents.clear();
    figures.clear();
    for (const doc of dataset.documents) documents.put(doc);
    const docs = new Map(dataset.documents.map((d) => [d.id, d]));
    putFigureRows(figures, dataset.figures, (id) => docs.get(id));
    const meta: StoredDatasetMeta = {
      key: META_KEY,
      version: dataset.version,
      schema: dataset.schema,
      documentCount: dataset.documents.length,
      figureCount: dataset.figures.length,
      loadedAt: new Date().toISOString(),
      labelKeys: [...new Set(dataset.figures.map((f) => f.labelKey).filter((k) => k.length > 0))],
    };
    unwrap(tx.objectStore('meta')).put(meta);
  } catch (e) {
    // A put that throws at once (a quota check, a bad record) must not leave a half-written set.
    tx.abort();
    await tx.done.catch(() => undefined);
    throw isQuotaError(e) ? new DatasetQuotaError(dataset.version, previous?.version ?? null, { cause: e }) : e;
  }
  try {
    await tx.done;
  } catch (e) {
    const cause = tx.error ?? e;
    throw isQuotaError(cause) || isQuotaError(e) ? new DatasetQuotaError(dataset.version, previous?.version ?? null, { cause }) : e;
  }
  return 'loaded';
}

/** Reads the newest rows of each label key from one figure store, in one batch of range reads. */
function readLabels(store: IDBObjectStore, keys: string[]): Promise<FigureRow[][]> {
  return Promise.all(
    keys.map(
      (k) =>
        new Promise<FigureRow[]>((resolve, reject) => {
          const request = store.getAll(labelRange(k), FIGURES_PER_LABEL);
          request.onsuccess = () => resolve(request.result as FigureRow[]);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
}

/** Whether the library holds no figure: one request, whatever its size. */
export async function libraryIsEmpty(db: ReferenceDb): Promise<boolean> {
  return (await db.transaction('libraryFigures').store.openKeyCursor()) === null;
}

/**
 * Lookups over the bundled dataset and the user's library. A page costs sequential reads of at
 * most FIGURES_PER_LABEL rows per label key and store, whatever the size of either store; the
 * documents come with the rows, so getDocuments reads nothing for the figures just found.
 * `bundled: false` reads the library only (the background keeps the small bundle in memory).
 * `emptyLibrary`: whether the library is known to be empty (most readers' is): then a lookup of
 * the library alone opens no transaction at all.
 */
export function createIdbLookup(db: ReferenceDb, { bundled = true, emptyLibrary }: { bundled?: boolean; emptyLibrary?: () => Promise<boolean> } = {}): ReferenceLookup {
  const seen = new Map<string, RefDocument>();
  return {
    async findByLabelKeys(keys: string[]): Promise<RefFigure[]> {
      if (!bundled && emptyLibrary && (await emptyLibrary())) return [];
      const unique = [...new Set(keys)].filter((k) => k.length > 0);
      if (unique.length === 0) return [];
      const tx = db.transaction(['figures', 'libraryFigures', 'meta'], 'readonly');
      // Ask the bundled store only for keys it holds (a page has dozens of labels, the bundle
      // a few hundred). Each request has a fixed cost.
      // (Without the bundled store, its meta record is not read at all.)
      const known = bundled ? (await tx.objectStore('meta').get(META_KEY))?.labelKeys : undefined;
      const knownSet = known ? new Set(known) : null;
      const bundledKeys = !bundled ? [] : knownSet ? unique.filter((k) => knownSet.has(k)) : unique;
      // An empty library (most readers' at first) answers one cursor request instead of one per
      // label; count() would read a large store whole.
      const library = tx.objectStore('libraryFigures');
      const libraryKeys = (await library.openKeyCursor()) ? unique : [];
      const found = await Promise.all([readLabels(unwrap(tx.objectStore('figures')), bundledKeys), readLabels(unwrap(library), libraryKeys)]);
      const figures: RefFigure[] = [];
      for (const rows of found.flat()) {
        for (const row of rows) {
          figures.push(row.figure);
          if (row.doc) seen.set(row.doc.id, row.doc);
        }
      }
      return figures;
    },
    async getDocuments(ids: string[]): Promise<RefDocument[]> {
      const unique = [...new Set(ids)];
      // Without the bundled store, bundled documents are another source's to give: no request for them.
      const missing = unique.filter((id) => !seen.has(id) && (bundled || isLibraryDocumentId(id)));
      if (missing.length > 0) {
        const tx = db.transaction(['documents', 'libraryDocuments'], 'readonly');
        const docs = await Promise.all(missing.map((id) => tx.objectStore(isLibraryDocumentId(id) ? 'libraryDocuments' : 'documents').get(id)));
        for (const doc of docs) if (doc) seen.set(doc.id, doc);
      }
      return unique.flatMap((id) => seen.get(id) ?? []);
    },
  };
}
