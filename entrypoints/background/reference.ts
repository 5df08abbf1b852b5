// The reference dataset as the background keeps it: loaded from the bundle into IndexedDB when
// its version changes, rebuilt when the store is missing or broken, looked up by index.
import browser from 'webextension-polyfill';
import { checkPage } from '@/lib/compare';
import { createIdbLookup, loadBundledDataset, openReferenceDb, storedDatasetVersion, type ReferenceDb } from '@/lib/dataset/store';
import { isDataset } from '@/lib/dataset/validate';
import type { PagePayload, ReferenceScope } from '@/lib/messages';
import { scopedLookup } from '@/lib/dataset/scoped-lookup';
import type { CheckResult } from '@/lib/types';

let db: Promise<ReferenceDb> | null = null;

/** The database, opened once per worker life; a failed open is tried again next time. */
export function referenceDb(): Promise<ReferenceDb> {
  return database();
}
let loading: Promise<string | null> | null = null;
let lastError: string | null = null;
/** The version known to be stored, once checked in this worker's life. */
let ready: string | null = null;

function database(): Promise<ReferenceDb> {
  db ??= openReferenceDb().catch((e: unknown) => {
    db = null; // try again next time (private mode, a blocked upgrade that later clears)
    throw e;
  });
  return db;
}

async function fetchBundledDataset() {
  const response = await fetch(browser.runtime.getURL('/dataset.json' as '/'));
  const data: unknown = await response.json();
  if (!isDataset(data)) throw new Error('the bundled dataset is malformed');
  return data;
}

/** How long the last load of the bundle into IndexedDB took (fetch, parse, one transaction). */
let lastLoadMs: number | null = null;

/** Loads the bundled dataset when the stored one has another version (or always, to repair it).
 * Returns the version in use, or null when it could not be loaded (see lastError). */
export function ensureDataset(reload = false): Promise<string | null> {
  if (ready && !reload) return Promise.resolve(ready);
  loading ??= (async () => {
    try {
      const started = performance.now();
      const store = await database();
      const dataset = await fetchBundledDataset();
      if (reload || (await storedDatasetVersion(store)) !== dataset.version) {
        await loadBundledDataset(store, dataset);
        lastLoadMs = Math.round((performance.now() - started) * 10) / 10;
      }
      lastError = null;
      ready = dataset.version;
      return ready;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
      return null;
    } finally {
      loading = null;
    }
  })();
  return loading;
}

export async function datasetStatus(reload: boolean): Promise<{ version: string | null; error: string | null; loadMs: number | null }> {
  const version = await ensureDataset(reload);
  return { version, error: lastError, loadMs: lastLoadMs };
}

export async function checkPageAgainstReference(page: PagePayload, scope: ReferenceScope): Promise<{ checks: CheckResult[]; datasetVersion: string | null; datasetError: string | null }> {
  const version = await ensureDataset();
  let lookup = null;
  if (version) lookup = scopedLookup(createIdbLookup(await database()), scope);
  // Without the dataset the checks within the page still run; the summary says what is missing.
  const checks = await checkPage({ text: page.text, figures: page.figures, meta: page.meta }, lookup);
  return { checks, datasetVersion: version, datasetError: version ? null : lastError };
}
