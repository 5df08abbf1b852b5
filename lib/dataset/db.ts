// The one IndexedDB database of the extension: its schema, its upgrade ladder and how it opens.
// Bundled records (documents, figures, meta) are replaced by a newer bundle; the user's library
// (library*) is never touched by a dataset update, and no migration drops a record: a store whose
// layout changes is copied in full, inside the upgrade transaction, before the old one goes.
import { unwrap, wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FigureRow, FigureRowKey } from './figure-rows';
import { relayoutFigureStore } from './migrate-figure-rows';
import type { RefDocument } from './schema';

export const DB_NAME = 'figure-check';
/** Bump with a new step in MIGRATIONS; never edit a released step. */
export const DB_VERSION = 3;

export interface StoredDatasetMeta {
  key: 'bundled';
  version: string;
  schema: number;
  documentCount: number;
  figureCount: number;
  loadedAt: string;
  /** The distinct label keys of the bundled figures, so lookups ask only for keys that exist. */
  labelKeys?: string[];
}

export interface LibraryHistoryEntry {
  id?: number;
  docId: string;
  action: 'added' | 'removed';
  at: string;
  title: string | null;
  url: string | null;
  /** When an article kept before is added again: its figures as they were, and what changed. */
  previousFigures?: { text: string; value: number; unit: string | null }[];
  changes?: { added: string[]; removed: string[] };
}

/** The indexes the figure stores had up to v2 (v3 keeps only docId; see figure-rows.ts). */
type FigureIndexesV2 = { metricKey: string; labelKey: string; docId: string; campaign: string };

/** Figure stores hold label-ordered rows (figure-rows.ts), found by document through docId. */
export interface ReferenceSchema extends DBSchema {
  documents: { key: string; value: RefDocument };
  figures: { key: FigureRowKey; value: FigureRow; indexes: { docId: string } };
  meta: { key: string; value: StoredDatasetMeta };
  libraryDocuments: { key: string; value: RefDocument };
  libraryFigures: { key: FigureRowKey; value: FigureRow; indexes: { docId: string } };
  libraryHistory: { key: number; value: LibraryHistoryEntry; indexes: { docId: string } };
}

export type ReferenceDb = IDBPDatabase<ReferenceSchema>;
type UpgradeTx = IDBPTransaction<ReferenceSchema, StoreNames<ReferenceSchema>[], 'versionchange'>;

export const STORE_NAMES: readonly StoreNames<ReferenceSchema>[] = [
  'documents',
  'figures',
  'meta',
  'libraryDocuments',
  'libraryFigures',
  'libraryHistory',
];

// Steps are idempotent (they create only what is missing), so the same code also repairs a
// database whose stores went missing.
function ensureStore(db: ReferenceDb, name: 'documents' | 'libraryDocuments' | 'meta'): void {
  if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: name === 'meta' ? 'key' : 'id' });
}

// Steps 1 and 2 build the v2 layout of the figure stores, which step 3 then migrates; they work
// on the raw database, as the schema type describes v3 only.
function ensureFigureStore(db: ReferenceDb, tx: UpgradeTx, name: 'figures' | 'libraryFigures', indexes: (keyof FigureIndexesV2)[]): void {
  const raw = unwrap(db);
  if (!raw.objectStoreNames.contains(name)) raw.createObjectStore(name, { keyPath: 'key' });
  const store = unwrap(tx).objectStore(name);
  if (store.keyPath === null) return; // already v3: step 3 keeps its indexes right
  for (const index of indexes) if (!store.indexNames.contains(index)) store.createIndex(index, index);
}

const MIGRATIONS: Record<number, (db: ReferenceDb, tx: UpgradeTx) => void> = {
  1: (db, tx) => {
    ensureStore(db, 'documents');
    ensureStore(db, 'meta');
    ensureStore(db, 'libraryDocuments');
    ensureFigureStore(db, tx, 'figures', ['metricKey', 'labelKey', 'docId']);
    ensureFigureStore(db, tx, 'libraryFigures', ['metricKey', 'labelKey', 'docId']);
  },
  2: (db, tx) => {
    ensureFigureStore(db, tx, 'figures', ['campaign']);
    ensureFigureStore(db, tx, 'libraryFigures', ['campaign']);
    if (!db.objectStoreNames.contains('libraryHistory')) {
      db.createObjectStore('libraryHistory', { keyPath: 'id', autoIncrement: true }).createIndex('docId', 'docId');
    }
  },
  // Label-ordered figure rows that carry their document: a page's lookup reads contiguous rows.
  3: (db, tx) => {
    relayoutFigureStore(unwrap(db), unwrap(tx), 'figures', 'documents');
    relayoutFigureStore(unwrap(db), unwrap(tx), 'libraryFigures', 'libraryDocuments');
  },
};

function upgrade(db: ReferenceDb, oldVersion: number, tx: UpgradeTx): void {
  for (let v = oldVersion + 1; v <= DB_VERSION; v++) MIGRATIONS[v]?.(db, tx);
  // Repair (a version bump over a database with missing stores): every step again. Steps must
  // stay idempotent for this, creating only what is missing.
  if (oldVersion >= DB_VERSION) for (let v = 1; v <= DB_VERSION; v++) MIGRATIONS[v]?.(db, tx);
}

export interface OpenHooks {
  /** Another tab or worker holds an older connection open; the upgrade waits for it. */
  onBlocked?: () => void;
  /** A newer version wants to open: this connection has been closed to let it. */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
}

function openAt(factory: IDBFactory, version: number | undefined, hooks: OpenHooks): Promise<ReferenceDb> {
  const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // An upgrade that fails (a migration out of storage) is undone and rejects the open itself.
    tx.done.catch(() => undefined);
    upgrade(wrap(request.result) as ReferenceDb, event.oldVersion, tx);
  });
  request.addEventListener('blocked', () => hooks.onBlocked?.());
  return (wrap(request) as Promise<ReferenceDb>).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      hooks.onVersionChange?.();
    });
    db.addEventListener('close', () => hooks.onTerminated?.());
    return db;
  });
}

export function missingStores(db: ReferenceDb): string[] {
  return STORE_NAMES.filter((name) => !db.objectStoreNames.contains(name));
}

/**
 * Opens (creating or upgrading) the database. A database left at a higher version by an earlier
 * repair opens at that version; one whose stores are missing is repaired by a version bump.
 */
export async function openReferenceDb(factory: IDBFactory = globalThis.indexedDB, hooks: OpenHooks = {}): Promise<ReferenceDb> {
  let db: ReferenceDb;
  try {
    db = await openAt(factory, DB_VERSION, hooks);
  } catch (e) {
    if ((e as DOMException | null)?.name !== 'VersionError') throw e;
    db = await openAt(factory, undefined, hooks);
  }
  if (missingStores(db).length > 0) {
    const next = db.version + 1;
    db.close();
    db = await openAt(factory, next, hooks);
  }
  return db;
}
