// The options page's cached connection: dropped when it closes (a newer version opening, or the
// browser closing it when storage is wiped) and reopened on next use.
import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DB_NAME } from '@/lib/dataset/db';

/** The connections opened, newest last. */
let opened: IDBOpenDBRequest[] = [];

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

describe('libraryClient connection', () => {
  beforeEach(() => {
    vi.resetModules();
    const factory = new IDBFactory();
    const open = factory.open.bind(factory);
    opened = [];
    vi.spyOn(factory, 'open').mockImplementation((...args) => {
      const request = open(...args);
      opened.push(request);
      return request;
    });
    vi.stubGlobal('indexedDB', factory);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test.each([
    ['a newer version opens (versionchange)', (db: IDBDatabase) => openNewer(db.version + 1)],
    ['the browser closes it (storage wiped)', (db: IDBDatabase) => forceClose(db)],
  ])('%s: the next call reopens and works', async (_name, closeIt) => {
    const { libraryClient } = await import('@/components/library-client');
    expect(await libraryClient.list()).toEqual([]);
    const before = opened.length;
    await closeIt(opened.at(-1)!.result);
    expect(await libraryClient.list()).toEqual([]);
    expect(opened.length).toBeGreaterThan(before);
  });
});
