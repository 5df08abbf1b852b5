// The reference dataset as the background keeps it: loaded from the bundle into IndexedDB when
// its version changes, rebuilt when the store is missing or broken, looked up by index. On every
// start the worker reads the bundle's precomputed pack (lib/dataset/pack.ts) for its lookups, and
// fills the place index, while the page it was woken for is still being read.
import { browser } from 'wxt/browser';
import { checkPage } from '@/lib/compare';
import { createIdbLookup, libraryIsEmpty, loadBundledDataset, openReferenceDb, storedDatasetVersion, type ReferenceDb } from '@/lib/dataset/store';
import { onLibraryChange } from '@/lib/dataset/library-changes';
import { isDataset } from '@/lib/schemas/dataset';
import type { PagePayload, ReferenceScope } from '@/lib/messages';
import type { ReferenceLookup } from '@/lib/dataset/lookup';
import { combineLookups } from '@/lib/dataset/combined-lookup';
import { createPackLookup, isDatasetPack } from '@/lib/dataset/pack';
import { divisions } from '@/lib/place';
import type { CheckResult } from '@/lib/types';

/** When this module ran, in ms since the worker started: its imports (the checks, the place table) evaluated. */
const evaluatedAtMs = performance.now();

let db: Promise<ReferenceDb> | null = null;
/** The same connection once open, for lookups that must ask at once (see lookupAfterLoad). */
let openDb: ReferenceDb | null = null;
/** The last load started or queued; later callers wait for it. */
let loading: Promise<string | null> | null = null;
/** A reload queued behind another load and not yet begun. */
let pendingReload: Promise<string | null> | null = null;
let lastError: string | null = null;
/** The version known to be stored, once checked in this worker's life. */
let ready: string | null = null;
/** The bundle in memory, for lookups: a few hundred figures read from memory beat dozens of
 * IndexedDB requests per page. IndexedDB stays its place of record (and the library's). */
let bundled: ReferenceLookup | null = null;

/** Whether the library is empty (most readers' is), read once and dropped at each change to the
 * library: an empty library then costs a page no IndexedDB transaction. */
let libraryEmpty: Promise<boolean> | null = null;
onLibraryChange(forgetLibraryState);

/** After a change to the library made here (the announcement reaches this worker a moment later). */
export function forgetLibraryState(): void {
  libraryEmpty = null;
}

/** What this worker's start cost before its first check could run, for the benchmarks: ms since the
 * worker started when the bundle and the place index were ready, and the load's own part. */
let startLoad: { evaluatedAtMs: number; readyAtMs: number; loadMs: number; placesMs: number } | null = null;

/** Private windows and locked-down profiles give extensions no IndexedDB, or one that fails to open. */
export const STORAGE_UNAVAILABLE =
  'The browser gives the extension no storage here (a private window, or site data turned off): the checks within the page ran, the comparisons with other reports did not.';

/**
 * Opening may run a schema upgrade that copies a large library (tens of seconds for 100,000
 * figures) with no extension event in between; an extension API call now and then keeps the
 * worker from being stopped as idle, which would undo the upgrade.
 */
async function keptAlive<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

/** The database, opened once and kept while its connection lasts; a failed open is tried again next time. */
export function referenceDb(): Promise<ReferenceDb> {
  if (db) return db;
  // A connection closed under us (a newer version opening elsewhere, or the browser when storage
  // is wiped) is dropped, so the next use reopens instead of failing until the worker restarts.
  const drop = () => {
    if (db === opening) {
      db = null;
      openDb = null;
      libraryEmpty = null;
    }
  };
  const hooks = {
    onVersionChange: drop,
    onTerminated: () => {
      drop();
      ready = null; // the stored bundle may be gone with the storage: check it again
    },
  };
  const opening = (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no indexedDB')) : keptAlive(openReferenceDb(indexedDB, hooks))).catch((e: unknown) => {
    drop(); // try again next time (a blocked upgrade that later clears)
    throw new Error(`${STORAGE_UNAVAILABLE} (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  });
  db = opening;
  void opening.then((open) => {
    if (db === opening) openDb = open;
  }, () => undefined);
  return opening;
}

async function fetchBundledDataset() {
  const response = await fetch(browser.runtime.getURL('/dataset.json' as '/'));
  const data: unknown = await response.json();
  if (!isDataset(data)) throw new Error('the bundled dataset is malformed');
  return data;
}

async function fetchBundledPack() {
  const response = await fetch(browser.runtime.getURL('/dataset-pack.json' as '/'));
  const data: unknown = await response.json();
  if (!isDatasetPack(data)) throw new Error('the bundled dataset is malformed');
  return data;
}

/** How long the last load of the bundle into IndexedDB took (fetch, parse, one transaction). */
let lastLoadMs: number | null = null;

/** Loads the bundled dataset when the stored one has another version (or always, to repair it).
 * Returns the version in use, or null when it could not be loaded (see lastError). */
export function ensureDataset(reload = false): Promise<string | null> {
  if (!reload) return ready ? Promise.resolve(ready) : (loading ?? load(false, null));
  // A load in flight may not reload (it found the version stored): a reload runs after it. Reloads
  // asked before that one begins share it; one asked later runs again, as the store may have changed.
  return pendingReload ?? load(true, loading);
}

function load(reload: boolean, after: Promise<unknown> | null): Promise<string | null> {
  let run!: Promise<string | null>; // read only after the first await, once assigned
  run = (async () => {
    await after; // never rejects: a load catches its errors
    if (pendingReload === run) pendingReload = null;
    try {
      const started = performance.now();
      const opening = Promise.all([referenceDb(), fetchBundledPack()]);
      // The place index fills while IndexedDB opens and the pack is read.
      const placesStarted = performance.now();
      divisions();
      const placesMs = performance.now() - placesStarted;
      const [store, pack] = await opening;
      // The full dataset (checked by its schema) only when IndexedDB needs this version.
      if (reload || (await storedDatasetVersion(store)) !== pack.version) {
        const dataset = await fetchBundledDataset();
        if (dataset.version !== pack.version) throw new Error('the bundled dataset is malformed');
        await loadBundledDataset(store, dataset, { force: reload });
        lastLoadMs = Math.round((performance.now() - started) * 10) / 10;
      }
      lastError = null;
      bundled = createPackLookup(pack);
      if (!startLoad) startLoad = { evaluatedAtMs: round(evaluatedAtMs), readyAtMs: round(performance.now()), loadMs: round(performance.now() - started), placesMs: round(placesMs) };
      ready = pack.version;
      return ready;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
      return null;
    } finally {
      if (loading === run) loading = null;
    }
  })();
  loading = run;
  if (reload) pendingReload = run;
  return run;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** How long the last page's checks took here (lookup included, and the data's load on a worker's
 * first check), and before them its reading (recognition, extraction); for the benchmarks. */
let lastCheckMs: number | null = null;
let lastReadMs: number | null = null;
/** Of which the reference lookup (figures and documents). */
let lastLookupMs: number | null = null;

function timedLookup(lookup: ReferenceLookup): ReferenceLookup {
  const timed =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await fn(...args);
      } finally {
        lastLookupMs = (lastLookupMs ?? 0) + performance.now() - started;
      }
    };
  return { findByLabelKeys: timed(lookup.findByLabelKeys), getDocuments: timed(lookup.getDocuments) };
}

/** The first check of this worker's life: ms since the worker started when it arrived and when it
 * was answered, the page's reading and the checks' own part; for the benchmarks. */
let firstCheck: { arrivedAtMs: number; answeredAtMs: number; readMs: number; checkMs: number } | null = null;

export async function datasetStatus(reload: boolean): Promise<{
  version: string | null;
  error: string | null;
  loadMs: number | null;
  lastCheckMs: number | null;
  lastReadMs: number | null;
  lastLookupMs: number | null;
  startLoad: typeof startLoad;
  firstCheck: typeof firstCheck;
}> {
  const version = await ensureDataset(reload);
  return { version, error: lastError, loadMs: lastLoadMs, lastCheckMs, lastReadMs, lastLookupMs: lastLookupMs === null ? null : round(lastLookupMs), startLoad, firstCheck };
}

/** The lookup a page's checks get: it waits for the data a worker that has just started is still
 * reading (the checks within the page run meanwhile); no data, no reference figures. */
function lookupAfterLoad(loading: Promise<string | null>, scope: ReferenceScope): ReferenceLookup {
  const sourcesOf = (store: ReferenceDb | null): ReferenceLookup | null => {
    if (!bundled) return null;
    const sources: ReferenceLookup[] = [];
    if (scope !== 'library') sources.push(bundled);
    if (scope !== 'bundled' && store) {
      // A failed read says not empty: every label is asked for, and the read is tried again next time.
      const empty = () =>
        (libraryEmpty ??= libraryIsEmpty(store).catch(() => {
          libraryEmpty = null;
          return false;
        }));
      sources.push(createIdbLookup(store, { bundled: false, emptyLibrary: empty }));
    }
    return combineLookups(sources);
  };
  // A worker whose data are ready asks at once: its IndexedDB request then works while the checks
  // within the page run, where one asked after an await would wait for them to end.
  const now = ready && bundled && (openDb || scope === 'bundled') ? sourcesOf(openDb) : null;
  let later: Promise<ReferenceLookup | null> | null = null;
  const whenLoaded = () => (later ??= loading.then(async (version) => (version ? sourcesOf(scope === 'bundled' ? null : await referenceDb()) : null)));
  return {
    findByLabelKeys: (keys) => now?.findByLabelKeys(keys) ?? whenLoaded().then((l) => l?.findByLabelKeys(keys) ?? []),
    getDocuments: (ids) => now?.getDocuments(ids) ?? whenLoaded().then((l) => l?.getDocuments(ids) ?? []),
  };
}

/** `arrived`: when the page's request arrived; its reading came between. */
export async function checkPageAgainstReference(
  page: PagePayload,
  scope: ReferenceScope,
  arrived = performance.now(),
): Promise<{ checks: CheckResult[]; datasetVersion: string | null; datasetError: string | null; checkMs: number }> {
  const started = performance.now();
  lastLookupMs = null;
  const loading = ensureDataset();
  // Without the dataset, or when its lookup fails, the checks within the page still run; the
  // summary says what is missing.
  let lookupError: string | null = null;
  const checks = await checkPage({ text: page.text, figures: page.figures, meta: page.meta }, timedLookup(lookupAfterLoad(loading, scope)), (reason) => (lookupError = reason));
  const version = await loading;
  lastCheckMs = round(performance.now() - started);
  lastReadMs = round(started - arrived);
  firstCheck ??= { arrivedAtMs: round(arrived), answeredAtMs: round(performance.now()), readMs: lastReadMs, checkMs: lastCheckMs };
  return { checks, datasetVersion: version, datasetError: version ? lookupError : lastError, checkMs: lastCheckMs };
}
