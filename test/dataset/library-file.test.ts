import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReferenceDb } from '../../lib/dataset/db';
import { addToLibrary, libraryEntryFromPage, listLibrary } from '../../lib/dataset/library';
import { LIBRARY_FILE_LIMITS, LIBRARY_FILE_SCHEMA, LibraryQuotaError, checkLibraryFile, exportLibrary, importLibrary } from '../../lib/dataset/library-file';
import { combineLookups } from '../../lib/dataset/combined-lookup';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { createIdbLookup } from '../../lib/dataset/store';
import { handFigures, meta, SEED, seedText } from '../compare/hand-figures';

afterEach(() => vi.restoreAllMocks());

function keptArticle(url: string) {
  const text = seedText(SEED.jinshui);
  return libraryEntryFromPage({
    text,
    meta: meta({ title: '金水区走好新时代赶考之路', date: '2021-12-27', url, source: '郑州日报' }),
    figures: handFigures(text, [
      { written: '新闻稿件169838篇', label: '新闻稿件', subject: '全区' },
      { written: '2041个基层党组织', label: '基层党组织', subject: '各基层党委' },
    ]),
  });
}

async function dbWithTwoArticles() {
  const db = await openReferenceDb(new IDBFactory());
  await addToLibrary(db, keptArticle('https://henan.china.com/a.html'));
  await addToLibrary(db, keptArticle('https://henan.china.com/b.html'));
  return db;
}

describe('library files', () => {
  it('round-trips: export, wipe, import gives the same documents and figures', async () => {
    const db = await dbWithTwoArticles();
    const file = await exportLibrary(db);
    expect(file.schema).toBe(LIBRARY_FILE_SCHEMA);
    expect(checkLibraryFile(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true });
    const fresh = await openReferenceDb(new IDBFactory());
    await importLibrary(fresh, file);
    expect((await exportLibrary(fresh)).figures.map((f) => f.key).sort()).toEqual(file.figures.map((f) => f.key).sort());
    expect(await listLibrary(fresh)).toHaveLength(2);
  });

  it('importing the same file twice does not duplicate', async () => {
    const db = await dbWithTwoArticles();
    const file = await exportLibrary(db);
    await importLibrary(db, file);
    await importLibrary(db, file);
    const again = await exportLibrary(db);
    expect(again.documents).toHaveLength(2);
    expect(again.figures).toHaveLength(file.figures.length);
  });

  it('importing the same file again changes nothing, history included', async () => {
    const source = await exportLibrary(await dbWithTwoArticles());
    const db = await openReferenceDb(new IDBFactory());
    await importLibrary(db, source);
    const history = await db.getAll('libraryHistory');
    const rows = await db.getAll('libraryFigures');
    expect(history).toHaveLength(2);
    await importLibrary(db, JSON.parse(JSON.stringify(source)));
    expect(await db.getAll('libraryHistory')).toEqual(history);
    expect(await db.getAll('libraryFigures')).toEqual(rows);
    // nor does importing a library's own export into it
    const kept = await dbWithTwoArticles();
    const keptHistory = await kept.getAll('libraryHistory');
    await importLibrary(kept, await exportLibrary(kept));
    expect(await kept.getAll('libraryHistory')).toEqual(keptHistory);
  });

  it('an import that changes a kept document records it in the history', async () => {
    const db = await dbWithTwoArticles();
    const file = await exportLibrary(db);
    const before = await db.getAll('libraryHistory');
    file.figures[0] = { ...file.figures[0]!, value: file.figures[0]!.value + 1 };
    await importLibrary(db, file);
    const after = await db.getAll('libraryHistory');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((h) => h.docId)).toEqual([file.figures[0]!.docId]);
    expect((await exportLibrary(db)).figures.find((f) => f.key === file.figures[0]!.key)?.value).toBe(file.figures[0]!.value);
  });

  it.each([
    ['not an object', 'text', 'not a Figure Check library file'],
    ['another schema', { schema: 'other', documents: [], figures: [] }, 'schema'],
    ['a bundled document', { schema: LIBRARY_FILE_SCHEMA, documents: [{ id: 'lib-1', origin: 'bundled' }], figures: [] }, 'not a library document'],
    ['an id outside the library', { schema: LIBRARY_FILE_SCHEMA, documents: [{ id: '000_seed', origin: 'library' }], figures: [] }, 'library id'],
    ['a figure of no document', { schema: LIBRARY_FILE_SCHEMA, documents: [], figures: [{ key: 'x#f0', docId: 'lib-x' }] }, 'belongs to no document'],
    ['a figures field that is no list', { schema: LIBRARY_FILE_SCHEMA, documents: [], figures: { length: 2 } }, 'no documents or figures list'],
    ['too many figures', { schema: LIBRARY_FILE_SCHEMA, documents: [], figures: new Array(LIBRARY_FILE_LIMITS.figures + 1) }, 'too large'],
  ])('refuses %s with a message', (_name, data, message) => {
    const result = checkLibraryFile(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('a figure with a value that is not finite is refused', async () => {
    const file = JSON.parse(JSON.stringify(await exportLibrary(await dbWithTwoArticles())));
    file.figures[1].value = 'NaN';
    const result = checkLibraryFile(file);
    expect(!result.ok && result.error).toMatch(/bad text or value/);
  });

  it('a quota error mid-import writes nothing and says so', async () => {
    const source = await exportLibrary(await dbWithTwoArticles());
    const db = await openReferenceDb(new IDBFactory());
    await addToLibrary(db, keptArticle('https://henan.china.com/kept-before.html'));
    const before = await exportLibrary(db);
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(importLibrary(db, source)).rejects.toBeInstanceOf(LibraryQuotaError);
    vi.restoreAllMocks();
    const after = await exportLibrary(db);
    expect(after.documents).toEqual(before.documents);
    expect(after.figures).toEqual(before.figures);
  });
});

describe('reference sources', () => {
  it('the library alone reads no bundled figure; combined, both sources answer', async () => {
    const db = await dbWithTwoArticles();
    const library = await exportLibrary(db);
    const keys = library.figures.map((f) => f.labelKey);
    const bundled = createMemoryLookup({ documents: [{ ...library.documents[0]!, id: 'bundled-doc', origin: 'bundled' }], figures: [{ ...library.figures[0]!, key: 'bundled-doc#f0', docId: 'bundled-doc' }] });
    const libraryOnly = createIdbLookup(db, { bundled: false });
    const fromLibrary = await libraryOnly.findByLabelKeys(keys);
    expect(fromLibrary.length).toBe(library.figures.length);
    expect(fromLibrary.every((f) => f.docId.startsWith('lib-'))).toBe(true);
    const both = combineLookups([bundled, libraryOnly]);
    expect((await both.findByLabelKeys(keys)).length).toBe(library.figures.length + 1);
    const docs = await both.getDocuments(['bundled-doc', library.documents[0]!.id, library.documents[0]!.id]);
    expect(docs.map((d) => d.id).sort()).toEqual(['bundled-doc', library.documents[0]!.id].sort());
    // Bundled documents are the memory's to give: the library alone does not read them.
    const reads = vi.spyOn(db, 'transaction');
    expect(await createIdbLookup(db, { bundled: false }).getDocuments(['bundled-doc'])).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });
});
