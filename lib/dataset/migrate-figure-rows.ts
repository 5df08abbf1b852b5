// Schema v3: figure stores move from rows keyed by figure key (found through a labelKey index)
// to label-ordered rows that carry their document (figure-rows.ts). Every figure is copied,
// batch by batch, inside the upgrade transaction: if anything fails the whole upgrade is undone
// and the database stays at v2, intact.
import { DOC_INDEX, figureRowKey, type FigureRow } from './figure-rows';
import type { RefDocument, RefFigure } from './schema';

const BATCH = 2_000;

/**
 * Brings one figure store to the v3 layout. Idempotent: a store already in it only loses the
 * indexes that earlier steps (re-run by a repair) may have added to it.
 */
export function relayoutFigureStore(db: IDBDatabase, tx: IDBTransaction, name: 'figures' | 'libraryFigures', docStore: 'documents' | 'libraryDocuments'): void {
  if (!db.objectStoreNames.contains(name)) {
    db.createObjectStore(name).createIndex(DOC_INDEX.name, DOC_INDEX.keyPath);
    return;
  }
  const old = tx.objectStore(name);
  if (old.keyPath === null) {
    for (const index of [...old.indexNames]) if (index !== DOC_INDEX.name) old.deleteIndex(index);
    if (!old.indexNames.contains(DOC_INDEX.name)) old.createIndex(DOC_INDEX.name, DOC_INDEX.keyPath);
    return;
  }
  const staging = `${name}-v2`;
  old.name = staging;
  const rows = db.createObjectStore(name);
  rows.createIndex(DOC_INDEX.name, DOC_INDEX.keyPath);
  const docsRequest = tx.objectStore(docStore).getAll();
  docsRequest.onsuccess = () => {
    const docs = new Map((docsRequest.result as RefDocument[]).map((d) => [d.id, d]));
    const copyAfter = (lastKey: IDBValidKey | null) => {
      const request = old.getAll(lastKey === null ? null : IDBKeyRange.lowerBound(lastKey, true), BATCH);
      request.onsuccess = () => {
        const figures = request.result as RefFigure[];
        for (const figure of figures) {
          const doc = docs.get(figure.docId) ?? null;
          rows.put({ figure, doc } satisfies FigureRow, figureRowKey(figure, doc));
        }
        if (figures.length === BATCH) copyAfter(figures[figures.length - 1]!.key);
        else db.deleteObjectStore(staging);
      };
    };
    copyAfter(null);
  };
}
