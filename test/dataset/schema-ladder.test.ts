// The upgrade ladder follows the schema version recorded in the database, not the IndexedDB
// version number: a repair bumps the latter past the ladder, and a later release's new step must
// still run.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, MIGRATIONS, openReferenceDb, type MigrationStep } from '../../lib/dataset/db';
import { addToLibrary, libraryEntryFromPage, listLibrary } from '../../lib/dataset/library';
import { createIdbLookup, loadBundledDataset, storedDatasetVersion } from '../../lib/dataset/store';
import { handFigures, meta, SEED, seedText } from '../compare/hand-figures';
import { smallDataset } from './fixtures';

function deleteStore(factory: IDBFactory, version: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => request.result.deleteObjectStore(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('the schema version recorded in the database', () => {
  it('a step added after a repair still runs, and the data stays whole', async () => {
    const factory = new IDBFactory();
    const dataset = smallDataset();
    const text = seedText(SEED.jinshui);
    const entry = libraryEntryFromPage({
      text,
      meta: meta({ title: '金水区', date: '2021-12-27', url: 'https://henan.china.com/news/jinshui.html' }),
      figures: handFigures(text, [{ written: '新闻稿件169838篇', label: '新闻稿件', subject: '全区' }]),
    });
    const first = await openReferenceDb(factory);
    await loadBundledDataset(first, dataset);
    await addToLibrary(first, entry);
    first.close();

    // A store goes missing; the repair bumps the IndexedDB version past DB_VERSION.
    await deleteStore(factory, DB_VERSION + 1, 'libraryHistory');
    const repaired = await openReferenceDb(factory);
    expect(repaired.version).toBeGreaterThan(DB_VERSION + 1);
    expect(repaired.objectStoreNames.contains('libraryHistory')).toBe(true);
    repaired.close();

    // The next release adds step DB_VERSION + 1, with the database already past that number.
    const next = vi.fn<MigrationStep>((db) => {
      unwrap(db).createObjectStore('notes', { keyPath: 'id' });
    });
    const released = MIGRATIONS.map((step) => vi.fn(step));
    const ladder = [...released, next];
    const upgraded = await openReferenceDb(factory, {}, ladder);
    expect(next).toHaveBeenCalledOnce();
    // The repair kept the record: only the new step ran.
    for (const step of released) expect(step).not.toHaveBeenCalled();
    expect(upgraded.objectStoreNames.contains('notes' as never)).toBe(true);
    expect(await storedDatasetVersion(upgraded)).toBe(dataset.version);
    expect(await upgraded.count('figures')).toBe(dataset.figures.length);
    expect(await listLibrary(upgraded)).toEqual([entry.document]);
    expect((await createIdbLookup(upgraded).findByLabelKeys(['新闻稿件|items'])).map((f) => f.value)).toEqual([169838]);
    upgraded.close();

    // Recorded: opening again with the same ladder runs nothing.
    const again = await openReferenceDb(factory, {}, ladder);
    expect(next).toHaveBeenCalledOnce();
    again.close();
  });
});
