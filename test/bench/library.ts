// The reader's library at newsroom scale, in the real browser: 1,000 articles with 100,000
// figures imported, then one more article added, a page checked against all of it, the whole
// library exported, and the storage it takes.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, settledSummary } from '../e2e/harness';
import { demoPages, demoUrl } from '../e2e/pages';
import { LIBRARY_FILE_SCHEMA, type LibraryFile } from '../../lib/dataset/library-file';
import { loadSeedDataset } from '../../scripts/seed-dataset';
import { median } from './stats';

const DOCUMENTS = 1_000;
const FIGURES_PER_DOCUMENT = 100;

/** Synthetic kept articles made from the real reference figures, relabelled so that most keys
 * are distinct (as in an archive) and some match the pages checked. */
function syntheticLibrary(): LibraryFile {
  const dataset = loadSeedDataset();
  const documents: LibraryFile['documents'] = [];
  const figures: LibraryFile['figures'] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = `lib-bench-${d}`;
    documents.push({
      ...dataset.documents[d % dataset.documents.length]!,
      id,
      origin: 'library',
      title: `合成参考文章 ${d}`,
      url: `https://news.example.cn/archive/${d}.html`,
      textHash: `bench${d}`,
      figureCount: FIGURES_PER_DOCUMENT,
    });
    for (let i = 0; i < FIGURES_PER_DOCUMENT; i++) {
      const base = dataset.figures[(d * FIGURES_PER_DOCUMENT + i) % dataset.figures.length]!;
      // One figure in ten keeps its real label (it will match pages); the rest get labels of their own.
      const suffix = i % 10 === 0 ? '' : `-${d}-${i}`;
      figures.push({ ...base, id: `f${i}`, key: `${id}#f${i}`, docId: id, labelKey: base.labelKey + suffix, metricKey: base.metricKey + suffix });
    }
  }
  return { schema: LIBRARY_FILE_SCHEMA, exportedAt: new Date().toISOString(), documents, figures };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

export async function benchLibrary(): Promise<void> {
  const h = await launchExtension();
  try {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const file = syntheticLibrary();
    const json = JSON.stringify(file);
    // Import as a user does: choose the file in the options page.
    const path = join(mkdtempSync(join(tmpdir(), 'figure-check-bench-')), 'library.json');
    writeFileSync(path, json);
    const [, importMs] = await timed(async () => {
      await options.locator('input[name="import"]').setInputFiles(path);
      await options.locator('[role="status"], [role="alert"]').first().waitFor({ timeout: 120_000 });
    });
    const importNotice = await options.locator('[role="status"], [role="alert"]').first().textContent();
    if (!importNotice?.includes(String(file.figures.length))) throw new Error(`import failed: ${importNotice}`);
    console.log(`import ${DOCUMENTS} articles, ${file.figures.length} figures (${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MB file): ${importMs.toFixed(0)} ms, parsing and validation included`);

    const articles = demoPages().filter((p) => p.expected.seed && p.name.includes('china-com'));
    const addTimes: number[] = [];
    const roundTrips: number[] = [];
    const checkTimes: number[] = [];
    // The background's own time for a page's checks (lookup included), when it reports it.
    const lookupTimes: number[] = [];
    const lastCheckMs = async (): Promise<number | null> => {
      const status = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'dataset-status', reload: false }));
      if (typeof status?.lastLookupMs === 'number') lookupTimes.push(status.lastLookupMs);
      return status?.lastCheckMs ?? null;
    };
    for (const article of articles) {
      const url = demoUrl(h, article);
      await h.openArticle(url);
      await settledSummary(h, url);
      const tabMessage = (message: object) =>
        h.worker.evaluate(
          async ([target, m]) => {
            const chrome = (globalThis as any).chrome;
            const tab = (await chrome.tabs.query({})).filter((t: { url?: string }) => t.url === target).at(-1);
            const start = performance.now();
            const answer = await chrome.tabs.sendMessage(tab.id, m);
            return { answer, ms: performance.now() - start };
          },
          [url, message] as const,
        );
      const added = await tabMessage({ type: 'add-to-library' });
      if (!added.answer.ok) throw new Error(`add failed: ${added.answer.error}`);
      addTimes.push(added.ms);
      for (let run = 0; run < 3; run++) {
        const rerun = await tabMessage({ type: 'run', force: true, scope: 'both' });
        roundTrips.push(rerun.answer.timing.totalMs - rerun.answer.timing.busyMs);
        const inBackground = await lastCheckMs();
        if (inBackground !== null) checkTimes.push(inBackground);
      }
    }
    console.log(`add one article to a library of ${file.figures.length} figures: median ${median(addTimes).toFixed(1)} ms over ${addTimes.length} articles (target ≤ 50 ms)`);
    if (checkTimes.length > 0) console.log(`checks of one page against bundled + library, in the background (lookup included): median ${median(checkTimes).toFixed(1)} ms, max ${Math.max(...checkTimes).toFixed(1)} ms over ${checkTimes.length} runs (target ≤ 50 ms), of which the lookup: median ${median(lookupTimes).toFixed(1)} ms`);
    console.log(`checks of one page against bundled + library (background round trip, message passing included): median ${median(roundTrips).toFixed(1)} ms`);

    const [download, exportMs] = await timed(() => Promise.all([options.waitForEvent('download'), options.locator('button[name="export"]').click()]).then(([d]) => d));
    const { size } = statSync(await download.path());
    console.log(`export of the whole library: ${exportMs.toFixed(0)} ms, ${(size / 1024 / 1024).toFixed(1)} MB of JSON`);
    const usage = await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    console.log(`storage used by the extension's origin: ${(usage / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLibrary();
