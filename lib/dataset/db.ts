// The one IndexedDB database of the extension: its schema, its upgrade ladder and how it opens.
// Bundled records (documents, figures, meta) are replaced by a newer bundle; the user's library
// (library*) is never touched by a dataset update, and no migration drops a record: a store whose
// layout changes is copied in full, inside the upgrade transaction, before the old one goes.
import { unwrap, wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FigureRow, FigureRowKey } from './figure-rows';
import { relayoutFigureStore } from './migrate-figure-rows';
import { addScopes } from './migrate-scopes';
import type { RefDocument } from './schema';

export const DB_NAME = 'figure-check';

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

/** One step of the ladder: step n (MIGRATIONS[n - 1]) brings schema n - 1 to schema n. */
export type MigrationStep = (db: ReferenceDb, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly MigrationStep[] = [
  (db, tx) => {
    ensureStore(db, 'documents');
    ensureStore(db, 'meta');
    ensureStore(db, 'libraryDocuments');
    ensureFigureStore(db, tx, 'figures', ['metricKey', 'labelKey', 'docId']);
    ensureFigureStore(db, tx, 'libraryFigures', ['metricKey', 'labelKey', 'docId']);
  },
  (db, tx) => {
    ensureFigureStore(db, tx, 'figures', ['campaign']);
    ensureFigureStore(db, tx, 'libraryFigures', ['campaign']);
    if (!db.objectStoreNames.contains('libraryHistory')) {
      db.createObjectStore('libraryHistory', { keyPath: 'id', autoIncrement: true }).createIndex('docId', 'docId');
    }
  },
  // Label-ordered figure rows that carry their document: a page's lookup reads contiguous rows.
  (db, tx) => {
    relayoutFigureStore(unwrap(db), unwrap(tx), 'figures', 'documents');
    relayoutFigureStore(unwrap(db), unwrap(tx), 'libraryFigures', 'libraryDocuments');
  },
  // Place, body and period on every figure, place on every document (lib/place/).
  (db, tx) => {
    addScopes(unwrap(db), unwrap(tx), 'figures', 'documents');
    addScopes(unwrap(db), unwrap(tx), 'libraryFigures', 'libraryDocuments');
  },
];

/** The schema version: add a step to MIGRATIONS to bump it; never edit a released step. */
export const DB_VERSION = MIGRATIONS.length;

// The schema version the database holds is recorded in it (meta, under this key), written in
// the transaction of its steps: a repair bumps the IndexedDB version number past the ladder, so
// that number cannot tell which steps have run.
const SCHEMA_KEY = 'schema';
interface SchemaRecord {
  key: typeof SCHEMA_KEY;
  version: number;
}

function upgrade(db: ReferenceDb, tx: UpgradeTx, steps: readonly MigrationStep[], recorded: number | null): void {
  // No record (a database from before it was kept) or a store missing (a repair): every step
  // again. Steps must stay idempotent for this, creating only what is missing.
  const from = recorded !== null && missingStores(db).length === 0 ? recorded : 0;
  for (let v = from + 1; v <= steps.length; v++) steps[v - 1]!(db, tx);
  // Never lowered: a repair by an older release keeps the newer schema's record.
  const record: SchemaRecord = { key: SCHEMA_KEY, version: Math.max(recorded ?? 0, steps.length) };
  unwrap(tx).objectStore('meta').put(record);
}

/** Reads the record inside the upgrade transaction (null when there is none). */
function readSchemaRecord(tx: IDBTransaction, then: (recorded: number | null) => void): void {
  if (!tx.objectStoreNames.contains('meta')) return then(null);
  const request = tx.objectStore('meta').get(SCHEMA_KEY);
  request.onsuccess = () => then((request.result as SchemaRecord | undefined)?.version ?? null);
}

async function recordedSchema(db: ReferenceDb): Promise<number> {
  const tx = db.transaction('meta');
  // The meta store's type describes the bundle's record only; this one shares the store.
  const record = (await tx.store.get(SCHEMA_KEY)) as SchemaRecord | undefined;
  await tx.done; // the connection is handed over idle
  return record?.version ?? 0;
}

export interface OpenHooks {
  /** Another tab or worker holds an older connection open; the upgrade waits for it. */
  onBlocked?: () => void;
  /** A newer version wants to open: this connection has been closed to let it. */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
}

function openAt(factory: IDBFactory, version: number | undefined, hooks: OpenHooks, steps: readonly MigrationStep[]): Promise<ReferenceDb> {
  const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', () => {
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // An upgrade that fails (a migration out of storage) is undone and rejects the open itself.
    tx.done.catch(() => undefined);
    const db = wrap(request.result) as ReferenceDb;
    readSchemaRecord(request.transaction!, (recorded) => upgrade(db, tx, steps, recorded));
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
 * Opens (creating or upgrading) the database through the ladder `steps`. A database left at a
 * higher version by an earlier repair opens at that version; one whose stores are missing, or
 * whose recorded schema is behind the ladder, gets a version bump that runs the steps it lacks.
 */
export async function openReferenceDb(
  factory: IDBFactory = globalThis.indexedDB,
  hooks: OpenHooks = {},
  steps: readonly MigrationStep[] = MIGRATIONS,
): Promise<ReferenceDb> {
  let db: ReferenceDb;
  try {
    db = await openAt(factory, steps.length, hooks, steps);
  } catch (e) {
    if ((e as DOMException | null)?.name !== 'VersionError') throw e;
    db = await openAt(factory, undefined, hooks, steps);
  }
  if (missingStores(db).length > 0 || (await recordedSchema(db)) < steps.length) {
    const next = db.version + 1;
    db.close();
    db = await openAt(factory, next, hooks, steps);
  }
  return db;
}
