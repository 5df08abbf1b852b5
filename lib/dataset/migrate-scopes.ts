// Schema v4: every stored figure gets its place, body and period, every document its place
// (stored-scope.ts), rewritten in place: row keys do not change, nothing is dropped. The rows
// are read twice with cursors inside the upgrade transaction (first the quotes that place each
// document, then every row), so a failure undoes the whole upgrade.
import type { FigureRow } from './figure-rows';
import type { RefDocument } from './schema';
import { needsScope, QUOTES_FOR_PLACE, withPlace, withScope } from './stored-scope';

/** Runs `then` once the store is in its v3 layout: step 3 copies rows batch by batch in this same transaction. */
function afterRelayout(db: IDBDatabase, tx: IDBTransaction, name: string, then: () => void): void {
  if (!db.objectStoreNames.contains(`${name}-v2`)) return then();
  // A request queued now runs after the copy requests already queued: ask again until the copy is done.
  tx.objectStore('meta').count().onsuccess = () => afterRelayout(db, tx, name, then);
}

function eachRow(store: IDBObjectStore, visit: (cursor: IDBCursorWithValue) => void, done: () => void): void {
  const request = store.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return done();
    visit(cursor);
    cursor.continue();
  };
}

/** Adds place, body and period to one figure store and its documents. Idempotent: complete records are left alone. */
export function addScopes(db: IDBDatabase, tx: IDBTransaction, name: 'figures' | 'libraryFigures', docStore: 'documents' | 'libraryDocuments'): void {
  afterRelayout(db, tx, name, () => {
    const rows = tx.objectStore(name);
    const docsRequest = tx.objectStore(docStore).getAll();
    docsRequest.onsuccess = () => {
      const stale = new Map((docsRequest.result as RefDocument[]).filter(needsScope).map((d) => [d.id, d]));
      const quotes = new Map<string, string[]>();
      const placed = new Map<string, RefDocument>();
      const placeOf = (doc: RefDocument | null): RefDocument | null => {
        if (!doc || !needsScope(doc)) return doc;
        let done = placed.get(doc.id);
        if (!done) placed.set(doc.id, (done = withPlace(doc, quotes.get(doc.id) ?? [])));
        return done;
      };
      eachRow(
        rows,
        (cursor) => {
          const { figure, doc } = cursor.value as FigureRow;
          if (!doc || !needsScope(doc)) return;
          const list = quotes.get(doc.id) ?? [];
          if (list.length < QUOTES_FOR_PLACE) quotes.set(doc.id, [...list, figure.quote]);
        },
        () => {
          const docs = tx.objectStore(docStore);
          for (const doc of stale.values()) docs.put(placeOf(doc));
          eachRow(
            rows,
            (cursor) => {
              const row = cursor.value as FigureRow;
              if (!needsScope(row.figure) && (!row.doc || !needsScope(row.doc))) return;
              const doc = placeOf(row.doc);
              cursor.update({ figure: withScope(row.figure, doc), doc } satisfies FigureRow);
            },
            () => undefined,
          );
        },
      );
    };
  });
}
