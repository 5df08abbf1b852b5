import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { onLibraryChange } from '../../lib/dataset/library-changes';
import { DB_NAME, DB_VERSION, openReferenceDb } from '../../lib/dataset/db';
import { FIGURES_PER_LABEL, recencyOf } from '../../lib/dataset/figure-rows';
import { addToLibrary, libraryEntryFromPage, listLibrary } from '../../lib/dataset/library';
import { exportLibrary, importLibrary, LIBRARY_FILE_SCHEMA } from '../../lib/dataset/library-file';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import type { RefDocument, RefFigure } from '../../lib/dataset/schema';
import { createIdbLookup, libraryIsEmpty, storedDatasetVersion } from '../../lib/dataset/store';
import { removeFromLibrary } from '../../lib/dataset/library';
import { handFigures, meta, SEED, seedText } from '../compare/hand-figures';
import { smallDataset } from './fixtures';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** A database as version 2 shipped it: figures keyed by `key`, four indexes, history. */
function openVersion2(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 2);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore('documents', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('libraryDocuments', { keyPath: 'id' });
    for (const name of ['figures', 'libraryFigures']) {
      const s = db.createObjectStore(name, { keyPath: 'key' });
      for (const index of ['metricKey', 'labelKey', 'docId', 'campaign']) s.createIndex(index, index);
    }
    db.createObjectStore('libraryHistory', { keyPath: 'id', autoIncrement: true }).createIndex('docId', 'docId');
  };
  return request(open);
}

async function put(db: IDBDatabase, store: string, records: unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  for (const r of records) tx.objectStore(store).put(r);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}

/** Kept articles of one day each (2023-01-01 onwards), every one reporting the same metric. */
function keptReports(count: number, figuresEach = 1): { documents: RefDocument[]; figures: RefFigure[] } {
  const text = seedText(SEED.jinshui);
  const documents: RefDocument[] = [];
  const figures: RefFigure[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
    const entry = libraryEntryFromPage({
      text,
      meta: meta({ title: `金水区报道 ${i}`, date: day, url: `https://henan.china.com/news/${i}.html`, source: '郑州日报' }),
      figures: handFigures(text, [{ written: '新闻稿件169838篇', label: '新闻稿件', subject: '全区' }]),
    });
    documents.push(entry.document);
    for (let k = 0; k < figuresEach; k++) figures.push({ ...entry.figures[0]!, id: `f${k}`, key: `${entry.document.id}#f${k}` });
  }
  return { documents, figures };
}

const byKey = (figures: RefFigure[]) => [...figures].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

describe('schema v3: label-ordered figure rows', () => {
  it('a v2 database with a library and a bundle upgrades intact and still answers lookups', async () => {
    const factory = new IDBFactory();
    const bundle = smallDataset(2);
    // Over one copy batch (2,000) of library figures, and one figure whose document is missing.
    const library = keptReports(30, 80);
    const orphan: RefFigure = { ...library.figures[0]!, key: 'lib-gone#f0', docId: 'lib-gone' };
    const old = await openVersion2(factory);
    await put(old, 'documents', bundle.documents);
    await put(old, 'figures', bundle.figures);
    await put(old, 'libraryDocuments', library.documents);
    await put(old, 'libraryFigures', [...library.figures, orphan]);
    await put(old, 'libraryHistory', [{ docId: library.documents[0]!.id, action: 'added', at: '2024-01-01T00:00:00Z', title: null, url: null }]);
    old.close();

    const db = await openReferenceDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'figures', 'libraryDocuments', 'libraryFigures', 'libraryHistory', 'meta']);
    expect(byKey((await db.getAll('libraryFigures')).map((r) => r.figure))).toEqual(byKey([...library.figures, orphan]));
    expect(byKey((await db.getAll('figures')).map((r) => r.figure))).toEqual(byKey(bundle.figures));
    expect(await listLibrary(db)).toEqual([...library.documents].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.count('libraryHistory')).toBe(1);
    // Every bundled figure is found as before; the library gives its newest reports of the label.
    const memory = createMemoryLookup(bundle);
    const keys = [...new Set(bundle.figures.map((f) => f.labelKey))];
    const lookup = createIdbLookup(db);
    expect(byKey(await lookup.findByLabelKeys(keys))).toEqual(byKey(await memory.findByLabelKeys(keys)));
    const found = await lookup.findByLabelKeys(['新闻稿件|items']);
    expect(found).toHaveLength(FIGURES_PER_LABEL);
    const docs = await lookup.getDocuments(found.map((f) => f.docId));
    expect(docs.map((d) => d.date)).toEqual([...new Set(docs.map((d) => d.date))].sort().reverse());
    db.close();
  });

  it('a failed copy leaves the v2 database as it was', async () => {
    const factory = new IDBFactory();
    const library = keptReports(3);
    const old = await openVersion2(factory);
    await put(old, 'libraryDocuments', library.documents);
    await put(old, 'libraryFigures', library.figures);
    old.close();
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(openReferenceDb(factory)).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    const raw = await request(factory.open(DB_NAME));
    expect(raw.version).toBe(2);
    const tx = raw.transaction('libraryFigures');
    expect(tx.objectStore('libraryFigures').keyPath).toBe('key');
    expect(await request(tx.objectStore('libraryFigures').getAll())).toEqual(byKey(library.figures));
    raw.close();
  });
});

describe('lookups over many kept reports of one metric', () => {
  it.each([
    ['fewer than the cap: all of them', FIGURES_PER_LABEL - 4],
    ['more than the cap: the newest', FIGURES_PER_LABEL * 5],
  ])('%s', async (_name, count) => {
    const db = await openReferenceDb(new IDBFactory());
    const library = keptReports(count);
    await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: '2024-01-01T00:00:00Z', ...library });
    const lookup = createIdbLookup(db);
    const found = await lookup.findByLabelKeys(['新闻稿件|items']);
    const dates = (await lookup.getDocuments(found.map((f) => f.docId))).map((d) => d.date!);
    const newest = library.documents.map((d) => d.date!).sort().reverse().slice(0, FIGURES_PER_LABEL);
    expect(dates.sort().reverse()).toEqual(newest);
    db.close();
  });

  it('re-adding an article replaces its rows; its documents come with them', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const [first] = keptReports(1).documents;
    const text = seedText(SEED.jinshui);
    const page = (title: string, date: string) =>
      libraryEntryFromPage({
        text,
        meta: meta({ title, date, url: first!.url, source: '郑州日报' }),
        figures: handFigures(text, [{ written: '新闻稿件169838篇', label: '新闻稿件', subject: '全区' }]),
      });
    await addToLibrary(db, page('初稿', '2023-01-01'));
    await addToLibrary(db, page('改定稿', '2023-02-01'));
    const lookup = createIdbLookup(db);
    const found = await lookup.findByLabelKeys(['新闻稿件|items']);
    expect(found).toHaveLength(1);
    expect((await lookup.getDocuments([found[0]!.docId])).map((d) => [d.title, d.date])).toEqual([['改定稿', '2023-02-01']]);
    expect((await exportLibrary(db)).figures).toHaveLength(1);
    db.close();
  });

  it('a label key that begins another is found alone', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const library = keptReports(2);
    library.figures[1] = { ...library.figures[1]!, labelKey: '新闻稿件|items|extra' };
    await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: '2024-01-01T00:00:00Z', ...library });
    const lookup = createIdbLookup(db);
    expect((await lookup.findByLabelKeys(['新闻稿件|items'])).map((f) => f.key)).toEqual([library.figures[0]!.key]);
    expect((await lookup.findByLabelKeys(['新闻稿件|item'])).map((f) => f.key)).toEqual([]);
    db.close();
  });

  it('an empty library is told in one request, and so is one emptied again', async () => {
    const db = await openReferenceDb(new IDBFactory());
    expect(await libraryIsEmpty(db)).toBe(true);
    const library = keptReports(FIGURES_PER_LABEL * 2);
    await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: '2024-01-01T00:00:00Z', ...library });
    expect(await libraryIsEmpty(db)).toBe(false);
    for (const doc of library.documents) await removeFromLibrary(db, doc.id);
    expect(await libraryIsEmpty(db)).toBe(true);
    db.close();
  });

  it('every write to the library is announced to whoever keeps what it holds', async () => {
    const db = await openReferenceDb(new IDBFactory());
    let heard = 0;
    const stop = onLibraryChange(() => heard++);
    try {
      const library = keptReports(2);
      await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: '2024-01-01T00:00:00Z', ...library });
      await removeFromLibrary(db, library.documents[0]!.id);
      await vi.waitFor(() => expect(heard).toBe(2));
    } finally {
      stop();
      db.close();
    }
  });

  it('a library said to be empty is not asked; one said not to be is', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const library = keptReports(2);
    await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: '2024-01-01T00:00:00Z', ...library });
    // What the lookup is told decides whether it reads: told empty (stale here), it finds nothing.
    const lookup = (empty: boolean) => createIdbLookup(db, { bundled: false, emptyLibrary: async () => empty });
    expect(await lookup(true).findByLabelKeys(['新闻稿件|items'])).toEqual([]);
    expect(await lookup(false).findByLabelKeys(['新闻稿件|items'])).toHaveLength(2);
    db.close();
  });

  it('a document not found through figures is still read from its store', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const library = keptReports(2);
    await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: '2024-01-01T00:00:00Z', ...library });
    expect(await createIdbLookup(db).getDocuments([library.documents[1]!.id, 'lib-unknown'])).toEqual([library.documents[1]]);
    expect(await storedDatasetVersion(db)).toBeNull();
    db.close();
  });
});

describe('recencyOf', () => {
  it.each([
    ['a later day sorts first', '2023-10-15', '2023-06-01', -1],
    ['a day with a time, after the bare day', '2023-10-15T08:00:00+08:00', '2023-10-14', -1],
    ['an undated article sorts last', null, '1999-01-01', 1],
    ['an unreadable date counts as undated', '十月中旬', '1999-01-01', 1],
    ['a date before 1970 sorts after later ones', '1969-07-20', '1970-01-02', 1],
  ] as const)('%s', (_name, a, b, sign) => {
    // In the order IndexedDB sorts keys by.
    expect(new IDBFactory().cmp(recencyOf(a), recencyOf(b))).toBe(sign);
  });
});
