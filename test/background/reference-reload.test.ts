// A reload of the reference dataset (the options page's repair) must reload even when a plain
// load is already in flight, which would otherwise answer for it without writing anything.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { smallDataset } from '../dataset/fixtures';
import { packDataset } from '@/lib/dataset/pack';

describe('ensureDataset(true)', () => {
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

  /** A worker whose stored dataset has the bundle's version but lost its figures. */
  async function workerWithDamagedStore() {
    const before = await import('@/entrypoints/background/reference');
    expect(await before.ensureDataset()).toBe(smallDataset().version);
    await (await before.referenceDb()).clear('figures');
    vi.resetModules(); // the worker restarts: nothing is known to be stored
    return import('@/entrypoints/background/reference');
  }

  test('a reload asked while a plain load is in flight reloads after it', async () => {
    const { ensureDataset, referenceDb } = await workerWithDamagedStore();
    const plain = ensureDataset();
    const reload = ensureDataset(true);
    expect(await Promise.all([plain, reload])).toEqual([smallDataset().version, smallDataset().version]);
    expect(await (await referenceDb()).count('figures')).toBe(smallDataset().figures.length);
  });

  test('a reload asked while another reload runs reloads again; reloads asked together share one', async () => {
    const { ensureDataset, referenceDb } = await workerWithDamagedStore();
    const first = ensureDataset(true);
    await Promise.resolve(); // the first has begun
    const second = ensureDataset(true);
    const third = ensureDataset(true);
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    await Promise.all([first, second]);
    // The full dataset: the first worker's load, then two reloads.
    expect(vi.mocked(fetch).mock.calls.filter(([url]) => String(url).endsWith('/dataset.json'))).toHaveLength(3);
    expect(await (await referenceDb()).count('figures')).toBe(smallDataset().figures.length);
  });
});
