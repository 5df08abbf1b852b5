import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openReferenceDb, type ReferenceDb } from '../../lib/dataset/db';
import { DatasetQuotaError } from '../../lib/dataset/errors';
import { addToLibrary, libraryEntryFromPage, listLibrary, removeFromLibrary } from '../../lib/dataset/library';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { createIdbLookup, loadBundledDataset, storedDatasetVersion } from '../../lib/dataset/store';
import { handFigures, meta, SEED, seedText } from '../compare/hand-figures';
import { smallDataset } from './fixtures';

function rawOpen(factory: IDBFactory, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, store: string, records: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const r of records) tx.objectStore(store).put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** The schema as version 1 shipped it: no campaign index, no libraryHistory. */
function createVersion1(db: IDBDatabase): void {
  db.createObjectStore('documents', { keyPath: 'id' });
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('libraryDocuments', { keyPath: 'id' });
  for (const name of ['figures', 'libraryFigures']) {
    const s = db.createObjectStore(name, { keyPath: 'key' });
    for (const index of ['metricKey', 'labelKey', 'docId']) s.createIndex(index, index);
  }
}

function userLibraryEntry() {
  const text = seedText(SEED.jinshui);
  return libraryEntryFromPage({
    text,
    meta: meta({ title: '金水区走好新时代赶考之路', date: '2021-12-27', url: 'https://henan.china.com/news/jinshui.html', source: '郑州日报' }),
    figures: handFigures(text, [{ written: '新闻稿件169838篇', label: '新闻稿件', subject: '全区' }]),
  });
}

function byKey<T extends { key: string }>(figures: T[]): T[] {
  return [...figures].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The figures a store holds, whatever its layout keys them by. */
async function storedFigures(db: ReferenceDb, store: 'figures' | 'libraryFigures') {
  return byKey((await db.getAll(store)).map((row) => row.figure));
}

afterEach(() => vi.restoreAllMocks());

describe('openReferenceDb', () => {
  it('creates every store and index on a fresh profile', async () => {
    const db = await openReferenceDb(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'figures', 'libraryDocuments', 'libraryFigures', 'libraryHistory', 'meta']);
    const tx = db.transaction(['figures', 'libraryFigures']);
    for (const store of ['figures', 'libraryFigures'] as const) {
      // Label-ordered rows with out-of-line keys, found by document for replacement.
      expect(tx.objectStore(store).keyPath).toBeNull();
      expect([...tx.objectStore(store).indexNames]).toEqual(['docId']);
    }
    db.close();
  });

  it('migrates a version-1 database and keeps the user library intact', async () => {
    const factory = new IDBFactory();
    const entry = userLibraryEntry();
    const old = await rawOpen(factory, 1, createVersion1);
    await rawPut(old, 'libraryDocuments', [entry.document]);
    await rawPut(old, 'libraryFigures', entry.figures);
    old.close();

    const db = await openReferenceDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('libraryDocuments')).toEqual([entry.document]);
    expect(await storedFigures(db, 'libraryFigures')).toEqual(byKey(entry.figures));
    expect((await createIdbLookup(db).findByLabelKeys(['新闻稿件|items'])).map((f) => f.value)).toEqual([169838]);
    expect(db.objectStoreNames.contains('libraryHistory')).toBe(true);
    db.close();
  });

  it('repairs a database whose stores went missing, and the bundle loads again', async () => {
    const factory = new IDBFactory();
    const broken = await rawOpen(factory, DB_VERSION, (db) => db.createObjectStore('meta', { keyPath: 'key' }));
    broken.close();
    const db = await openReferenceDb(factory);
    expect(db.version).toBe(DB_VERSION + 1);
    expect(await loadBundledDataset(db, smallDataset())).toBe('loaded');
    db.close();
    // Opening again at the repaired (higher) version works.
    const again = await openReferenceDb(factory);
    expect(await storedDatasetVersion(again)).toBe(smallDataset().version);
    again.close();
  });

  it('waits while an older connection blocks the upgrade, and says so', async () => {
    const factory = new IDBFactory();
    const old = await rawOpen(factory, 1, createVersion1);
    const onBlocked = vi.fn(() => old.close());
    const db = await openReferenceDb(factory, { onBlocked });
    expect(onBlocked).toHaveBeenCalled();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('reports a connection the browser closed (storage cleared, disk error)', async () => {
    const onTerminated = vi.fn();
    const db = await openReferenceDb(new IDBFactory(), { onTerminated });
    forceCloseDatabase(unwrap(db) as never);
    expect(onTerminated).toHaveBeenCalledOnce();
  });

  it('closes its connection when a newer version wants to open', async () => {
    const factory = new IDBFactory();
    const onVersionChange = vi.fn();
    const db = await openReferenceDb(factory, { onVersionChange });
    const newer = await rawOpen(factory, DB_VERSION + 5, () => {});
    expect(onVersionChange).toHaveBeenCalledOnce();
    newer.close();
    void db;
  });
});

describe('loadBundledDataset', () => {
  it('loads, then leaves the same version alone', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const dataset = smallDataset();
    expect(await loadBundledDataset(db, dataset)).toBe('loaded');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    expect(await loadBundledDataset(db, dataset)).toBe('unchanged');
    expect(put).not.toHaveBeenCalled();
    expect(await db.count('figures')).toBe(dataset.figures.length);
    db.close();
  });

  it('replaces only bundled records when the version changes', async () => {
    const db = await openReferenceDb(new IDBFactory());
    await loadBundledDataset(db, smallDataset(1));
    const entry = userLibraryEntry();
    await addToLibrary(db, entry);
    const next = smallDataset(2);
    expect(next.version).not.toBe(smallDataset(1).version);
    expect(await loadBundledDataset(db, next)).toBe('loaded');
    expect(await storedDatasetVersion(db)).toBe(next.version);
    expect(await db.count('figures')).toBe(next.figures.length);
    expect(await listLibrary(db)).toEqual([entry.document]);
    expect(await storedFigures(db, 'libraryFigures')).toEqual(byKey(entry.figures));
    db.close();
  });

  it('reloads a stored dataset whose records went missing', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const dataset = smallDataset();
    await loadBundledDataset(db, dataset);
    await db.clear('figures');
    expect(await loadBundledDataset(db, dataset)).toBe('loaded');
    expect(await db.count('figures')).toBe(dataset.figures.length);
    db.close();
  });

  it('out of storage: a typed error, and the previous dataset stays usable', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const first = smallDataset(1);
    await loadBundledDataset(db, first);
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error = await loadBundledDataset(db, smallDataset(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetQuotaError);
    expect((error as DatasetQuotaError).keptVersion).toBe(first.version);
    expect((error as Error).message).toMatch(/Not enough storage.*previous dataset/);
    vi.restoreAllMocks();
    expect(await storedDatasetVersion(db)).toBe(first.version);
    const found = await createIdbLookup(db).findByLabelKeys(['参学单位|items']);
    expect(found.map((f) => f.value).sort()).toEqual([9600, 9606]);
    db.close();
  });
});

describe('lookups', () => {
  it('IndexedDB and in-memory lookups find the same figures and documents', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const dataset = smallDataset(2);
    await loadBundledDataset(db, dataset);
    const keys = ['参学单位|items', '中心组学习|events', '调研课题|items', 'nothing|items'];
    const idb = createIdbLookup(db);
    const memory = createMemoryLookup(dataset);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect((await idb.findByLabelKeys(keys)).sort(byKey)).toEqual((await memory.findByLabelKeys(keys)).sort(byKey));
    const ids = dataset.documents.map((d) => d.id);
    expect(await idb.getDocuments(ids)).toEqual(await memory.getDocuments(ids));
    db.close();
  });

  it('finds library figures beside bundled ones, and forgets them when removed', async () => {
    const db = await openReferenceDb(new IDBFactory());
    await loadBundledDataset(db, smallDataset());
    const entry = userLibraryEntry();
    await addToLibrary(db, entry);
    const lookup = createIdbLookup(db);
    expect((await lookup.findByLabelKeys(['新闻稿件|items'])).map((f) => f.value)).toEqual([169838]);
    expect((await lookup.getDocuments([entry.document.id]))[0]?.origin).toBe('library');
    await removeFromLibrary(db, entry.document.id);
    expect(await lookup.findByLabelKeys(['新闻稿件|items'])).toEqual([]);
    expect((await db.getAll('libraryHistory')).map((h) => h.action)).toEqual(['added', 'removed']);
    db.close();
  });
});
