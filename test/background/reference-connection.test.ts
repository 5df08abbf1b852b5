// The background's cached connection: dropped when it closes (a newer version opening, or the
// browser closing it when storage is wiped) and reopened on next use; and a lookup that fails
// still gives the checks within the page, with the reason the summary shows.
import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkPage, LOOKUP_FAILED } from '@/lib/compare';
import { DB_NAME, type ReferenceDb } from '@/lib/dataset/db';
import { addToLibrary, libraryEntryFromPage, listLibrary } from '@/lib/dataset/library';
import { extractFigures } from '@/lib/extract';
import { plainTextArticle } from '@/lib/plain-text-article';
import { smallDataset } from '../dataset/fixtures';
import { packDataset } from '@/lib/dataset/pack';
import { createMemoryLookup } from '@/lib/dataset/memory-lookup';

const text = readFileSync(join(import.meta.dirname, '../../seeds/004_8cfb99e02b4e6cf3.txt'), 'utf8');
const article = plainTextArticle(text, 'https://hn.china.com/news/jinshui.html');
const page = { url: article.meta.url!, meta: article.meta, text, figures: extractFigures(text) };

/** Opens the database at a higher version, as a newer release in another context would. */
function openNewer(version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Closes the connection as the browser does when storage is wiped; resolves once it has. */
function forceClose(db: IDBDatabase): Promise<void> {
  return new Promise((resolve) => {
    db.addEventListener('close', () => resolve());
    forceCloseDatabase(db as never);
  });
}

describe('the background connection', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('indexedDB', new IDBFactory());
    // The bundle: the dataset, and the pack the background reads on every start.
    const dataset = smallDataset();
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(JSON.stringify(String(url).endsWith('/dataset-pack.json') ? packDataset(dataset) : dataset))));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  const entry = libraryEntryFromPage({ text, meta: article.meta, figures: page.figures });

  test.each([
    ['a newer version opens (versionchange)', (db: ReferenceDb) => openNewer(db.version + 1)],
    ['the browser closes it (storage wiped)', (db: ReferenceDb) => forceClose(unwrap(db))],
  ])('%s: the next lookup reopens and works', async (_name, closeIt) => {
    const { referenceDb, checkPageAgainstReference } = await import('@/entrypoints/background/reference');
    expect((await checkPageAgainstReference(page, 'both')).datasetError).toBeNull();
    const first = await referenceDb();
    await addToLibrary(first, entry);
    await closeIt(first);

    const result = await checkPageAgainstReference(page, 'both');
    expect(result.datasetError).toBeNull();
    expect(result.datasetVersion).toBe(smallDataset().version);
    const second = await referenceDb();
    expect(second).not.toBe(first);
    expect(await listLibrary(second)).toEqual([entry.document]);
  });

  test('an empty library, once known, costs a page no transaction', async () => {
    const { checkPageAgainstReference } = await import('@/entrypoints/background/reference');
    await checkPageAgainstReference(page, 'both');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const result = await checkPageAgainstReference(page, 'both');
    expect(transaction).not.toHaveBeenCalled();
    expect(result.datasetError).toBeNull();
    expect(result.checks).toEqual(await checkPage(page, createMemoryLookup(smallDataset())));
  });

  test('a lookup that throws still gives the checks within the page, and the reason', async () => {
    const { checkPageAgainstReference, referenceDb, forgetLibraryState } = await import('@/entrypoints/background/reference');
    await checkPageAgainstReference(page, 'both');
    // A library with a kept article is asked (an empty one is not, and cannot fail).
    await addToLibrary(await referenceDb(), entry);
    forgetLibraryState();
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const result = await checkPageAgainstReference(page, 'both');
    expect(result.checks).toEqual(await checkPage(page, null));
    expect(result.checks.find((c) => c.verdict === 'implausible')?.evidence.some((e) => e.figureText?.includes('44984万'))).toBe(true);
    expect(result.datasetVersion).toBe(smallDataset().version);
    expect(result.datasetError).toContain(LOOKUP_FAILED);
  });
});
