// The reference dataset in IndexedDB: load the bundle when its version changes (one
// transaction, all or nothing), and look figures up by index.
import { DatasetQuotaError, isQuotaError } from './errors';
import { openReferenceDb, type ReferenceDb, type StoredDatasetMeta } from './db';
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
 * Stores the bundled dataset unless the same version is already stored intact. Replaces only
 * bundled records, in one transaction: on any failure the previous dataset stays as it was.
 * Throws DatasetQuotaError when the browser is out of storage.
 */
export async function loadBundledDataset(db: ReferenceDb, dataset: Dataset): Promise<LoadStatus> {
  const previous = await storedDatasetMeta(db);
  if (previous?.version === dataset.version && (await storedDatasetIntact(db, previous))) return 'unchanged';
  const tx = db.transaction(['documents', 'figures', 'meta'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const documents = tx.objectStore('documents');
    const figures = tx.objectStore('figures');
    writes.push(documents.clear(), figures.clear());
    for (const doc of dataset.documents) writes.push(documents.put(doc));
    for (const figure of dataset.figures) writes.push(figures.put(figure));
    const meta: StoredDatasetMeta = {
      key: META_KEY,
      version: dataset.version,
      schema: dataset.schema,
      documentCount: dataset.documents.length,
      figureCount: dataset.figures.length,
      loadedAt: new Date().toISOString(),
      labelKeys: [...new Set(dataset.figures.map((f) => f.labelKey).filter((k) => k.length > 0))],
    };
    writes.push(tx.objectStore('meta').put(meta));
  } catch (e) {
    // A put that throws at once (a quota check, a bad record) must not leave a half-written set.
    tx.abort();
    await Promise.allSettled([tx.done, ...writes]);
    throw isQuotaError(e) ? new DatasetQuotaError(dataset.version, previous?.version ?? null, { cause: e }) : e;
  }
  try {
    await Promise.all([tx.done, ...writes]);
  } catch (e) {
    await Promise.allSettled([tx.done, ...writes]);
    const cause = tx.error ?? e;
    throw isQuotaError(cause) || isQuotaError(e) ? new DatasetQuotaError(dataset.version, previous?.version ?? null, { cause }) : e;
  }
  return 'loaded';
}

/**
 * Lookups by index over the bundled dataset and the user's library: the cost depends on the
 * number of matches, not on the size of either store.
 */
export function createIdbLookup(db: ReferenceDb): ReferenceLookup {
  return {
    async findByLabelKeys(keys: string[]): Promise<RefFigure[]> {
      const unique = [...new Set(keys)].filter((k) => k.length > 0);
      if (unique.length === 0) return [];
      const tx = db.transaction(['figures', 'libraryFigures', 'meta'], 'readonly');
      // Ask the bundled store only for keys it holds (a page has dozens of labels, the bundle
      // a few hundred); the library only when there is one. Each request has a fixed cost.
      const known = (await tx.objectStore('meta').get(META_KEY))?.labelKeys;
      const knownSet = known ? new Set(known) : null;
      const bundledKeys = knownSet ? unique.filter((k) => knownSet.has(k)) : unique;
      const libraryStore = tx.objectStore('libraryFigures');
      const libraryKeys = (await libraryStore.count()) > 0 ? unique : [];
      const bundled = tx.objectStore('figures').index('labelKey');
      const library = libraryStore.index('labelKey');
      const found = await Promise.all([...bundledKeys.map((k) => bundled.getAll(k)), ...libraryKeys.map((k) => library.getAll(k))]);
      return found.flat();
    },
    async getDocuments(ids: string[]): Promise<RefDocument[]> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const tx = db.transaction(['documents', 'libraryDocuments'], 'readonly');
      const docs = await Promise.all(
        unique.map(async (id) => (await tx.objectStore('documents').get(id)) ?? (await tx.objectStore('libraryDocuments').get(id))),
      );
      return docs.filter((d): d is RefDocument => d !== undefined);
    },
  };
}
