// Schema v4: place, body and period on every stored figure and document, added by an upgrade step
// that rewrites rows in place (same keys, no record dropped, the history untouched), and by the
// import of a library file written before they existed.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, MIGRATIONS, openReferenceDb } from '../../lib/dataset/db';
import { addToLibrary, libraryEntryFromPage, type LibraryEntry } from '../../lib/dataset/library';
import { checkLibraryFile, importLibrary, LIBRARY_FILE_SCHEMA } from '../../lib/dataset/library-file';
import type { Dataset, RefDocument, RefFigure } from '../../lib/dataset/schema';
import { createIdbLookup, loadBundledDataset } from '../../lib/dataset/store';
import { handFigures, meta, SEED, seedText } from '../compare/hand-figures';
import { smallDataset } from './fixtures';

/** A record as schema v3 stored it: no place, body or period. */
function unscoped<T extends RefDocument | RefFigure>(record: T): T {
  const { place: _p, ...rest } = record as RefFigure;
  delete (rest as Partial<RefFigure>).body;
  delete (rest as Partial<RefFigure>).period;
  return rest as T;
}

function v3Dataset(): Dataset {
  const d = smallDataset(2);
  return { ...d, documents: d.documents.map(unscoped), figures: d.figures.map(unscoped) };
}

/** A 金水区 report kept in the library, as v3 kept it. */
function v3LibraryEntry(): LibraryEntry {
  const text = seedText(SEED.jinshui);
  const entry = libraryEntryFromPage({
    text,
    meta: meta({ title: '金水区走好新时代赶考之路', date: '2021-12-27', url: 'https://henan.china.com/news/jinshui.html', source: '郑州日报' }),
    figures: handFigures(text, [
      { written: '新闻稿件169838篇', label: '新闻稿件', subject: '全区' },
      { written: '办复率98%', label: '办复率', subject: null },
    ]),
  });
  return { document: unscoped(entry.document), figures: entry.figures.map(unscoped) };
}

const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));

describe('schema v4: place, body and period on stored records', () => {
  it('a v3 database with a bundle and a library upgrades: every row gets its scope, keys and history kept', async () => {
    const factory = new IDBFactory();
    const v3 = await openReferenceDb(factory, {}, MIGRATIONS.slice(0, 3));
    await loadBundledDataset(v3, v3Dataset());
    await addToLibrary(v3, v3LibraryEntry());
    await addToLibrary(v3, v3LibraryEntry()); // kept twice: a history entry with previous figures
    const keysBefore = { figures: await v3.getAllKeys('figures'), library: await v3.getAllKeys('libraryFigures') };
    const historyBefore = await v3.getAll('libraryHistory');
    expect((await v3.getAll('libraryFigures')).every((r) => !('place' in r.figure))).toBe(true);
    v3.close();

    const db = await openReferenceDb(factory);
    expect(db.version).toBeGreaterThanOrEqual(DB_VERSION);
    expect(await db.getAllKeys('figures')).toEqual(keysBefore.figures);
    expect(await db.getAllKeys('libraryFigures')).toEqual(keysBefore.library);
    expect(await db.getAll('libraryHistory')).toEqual(historyBefore);

    const figures = (await db.getAll('figures')).map((r) => r.figure);
    const byText = (text: string) => figures.find((f) => f.text === text)!;
    // Read by hand: both seeds are Zhengzhou reports; 全市 and 郑州市 are the city.
    expect(byText('9606个参学单位')).toMatchObject({ place: '410100', body: null });
    expect(byText('9600多个基层参学单位')).toMatchObject({ place: '410100', body: null });
    expect(byText('调研课题41个')).toMatchObject({ place: '410100', body: '市委常委会班子' });
    expect(byText('中心组学习1559场次')).toMatchObject({ place: '410100', body: '县处级以上领导班子' });
    for (const doc of await db.getAll('documents')) expect(doc.place).toBe('410100');

    const library = (await db.getAll('libraryFigures')).map((r) => r);
    expect(library.map((r) => r.figure.place)).toEqual(['410105', '410105']);
    expect(library.every((r) => r.doc?.place === '410105')).toBe(true);
    expect((await db.getAll('libraryDocuments')).map((d) => d.place)).toEqual(['410105']);
    // Lookups still find what they found.
    expect((await createIdbLookup(db).findByLabelKeys(['新闻稿件|items'])).map((f) => f.value)).toEqual([169838]);
    db.close();
  });

  it('a v2 database goes through the relayout and the scopes in one upgrade', async () => {
    const factory = new IDBFactory();
    const entry = v3LibraryEntry();
    const open = factory.open(DB_NAME, 2);
    open.onupgradeneeded = () => {
      const raw = open.result;
      raw.createObjectStore('documents', { keyPath: 'id' });
      raw.createObjectStore('meta', { keyPath: 'key' });
      raw.createObjectStore('libraryDocuments', { keyPath: 'id' }).put(entry.document);
      raw.createObjectStore('figures', { keyPath: 'key' }).createIndex('docId', 'docId');
      const figures = raw.createObjectStore('libraryFigures', { keyPath: 'key' });
      figures.createIndex('docId', 'docId');
      for (const f of entry.figures) figures.put(f);
      raw.createObjectStore('libraryHistory', { keyPath: 'id', autoIncrement: true }).createIndex('docId', 'docId');
    };
    await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result.close());
      open.onerror = () => reject(open.error);
    });
    const db = await openReferenceDb(factory);
    const rows = await db.getAll('libraryFigures');
    expect(byKey(rows.map((r) => r.figure)).map((f) => [f.text, f.place])).toEqual([
      ['新闻稿件169838篇', '410105'],
      ['办复率98%', '410105'],
    ]);
    db.close();
  });

  it('a library file of an earlier release imports with its scopes resolved', async () => {
    const entry = v3LibraryEntry();
    const checked = checkLibraryFile({ schema: LIBRARY_FILE_SCHEMA, documents: [entry.document], figures: entry.figures });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.file.documents[0]!.place).toBe('410105');
    expect(checked.file.figures.map((f) => f.place)).toEqual(['410105', '410105']);
    const db = await openReferenceDb(new IDBFactory());
    await importLibrary(db, checked.file);
    expect((await db.getAll('libraryFigures')).every((r) => r.figure.place === '410105' && r.doc?.place === '410105')).toBe(true);
    db.close();
  });
});
