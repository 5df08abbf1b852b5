// The cross-report evaluation (same-metric): real pages checked against other real reports.
// - Pages whose place no reference document shares (or contains, or lies within) must show no
//   cross-report result at all, and no result may quote a report of an unrelated place.
// - Pairs a reader takes for the same metric (reports/pairs.json) must get the verdict the reader
//   gives; a place within another must be named as such.
// Places are the hand-written codes of reports/places.json; relations between them follow the
// codes' own hierarchy (a city's code opens with its province's two digits), not lib/place/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/compare';
import { assembleDataset, type ExtractedSeed } from '../../lib/dataset/assemble';
import { buildDataset } from '../../lib/dataset/build';
import type { Curation } from '../../lib/dataset/curation';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import type { Dataset, SeedMeta } from '../../lib/dataset/schema';
import { extractFigures } from '../../lib/extract';
import type { ArticleMeta, CheckResult, Figure, Verdict } from '../../lib/types';
import { loadCorpus } from './corpus';

const REPORTS_DIR = join(import.meta.dirname, 'reports');
const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** A page or reference document of the evaluation, with its hand-written place. */
export interface Report {
  id: string;
  text: string;
  meta: ArticleMeta;
  /** GB/T 2260 code from reports/places.json; null: several places. */
  place: string | null;
  origin: 'seed' | 'report' | 'article';
}

interface PlacesFile {
  seeds: Record<string, string | null>;
  reports: Record<string, string | null>;
  articles: Record<string, string | null>;
}

export interface Pair {
  page: string;
  context: string;
  figure: string;
  ref: string;
  refFigure: string;
  verdict: Verdict;
  relation?: string;
  why: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const places = () => readJson<PlacesFile>(join(REPORTS_DIR, 'places.json'));

function placeOf(table: Record<string, string | null>, id: string): string | null {
  if (!(id in table)) throw new Error(`reports/places.json: no place for ${id}`);
  return table[id]!;
}

const emptyMeta = (over: Partial<ArticleMeta>): ArticleMeta => ({ title: null, date: null, source: null, byline: null, url: null, siteName: null, ...over });

export function loadReports(): Report[] {
  const table = places().reports;
  return readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const m = readJson<{ title: string | null; date: string | null; source: string | null; url: string }>(join(REPORTS_DIR, `${id}.json`));
      const meta = emptyMeta({ title: m.title, date: m.date, source: m.source, url: m.url });
      return { id, text: readFileSync(join(REPORTS_DIR, f), 'utf8'), meta, place: placeOf(table, id), origin: 'report' as const };
    });
}

export function loadSeeds(): Report[] {
  const table = places().seeds;
  return readJson<SeedMeta[]>(join(SEEDS_DIR, 'index.json')).map((s) => ({
    id: s.id,
    text: readFileSync(join(SEEDS_DIR, s.file), 'utf8'),
    meta: emptyMeta({ title: s.title, date: s.date, source: s.source, url: s.url, byline: s.byline, siteName: s.siteName ?? null }),
    place: placeOf(table, s.id),
    origin: 'seed' as const,
  }));
}

/**
 * What a page shows as its source, from a corpus `site` field: the outlet, and a 来源 the labeller
 * copied in brackets (`萧县人民政府 (信息来源:民生办)`); not the labeller's own remarks in brackets
 * (`qdubb.cn (a copy of a 云南 news item)`), which no page shows.
 */
export function shownSource(site: string | null): string | null {
  if (!site) return null;
  const bracket = /\s*[(（]([^)）]*)[)）]?/.exec(site);
  if (!bracket) return site;
  const outlet = site.slice(0, bracket.index);
  const credited = /(?:来源|來源|source)\s*[:：]\s*([^,，;；)）]+)/.exec(bracket[1]!)?.[1];
  return credited ? `${outlet} ${credited}` : outlet;
}

export function loadArticles(): Report[] {
  const table = places().articles;
  return loadCorpus().map((a) => {
    const site = readJson<{ site?: string }>(join(import.meta.dirname, 'articles', `${a.id}.json`)).site ?? null;
    return { id: a.id, text: a.text, meta: emptyMeta({ title: a.title, date: a.date, source: shownSource(site), url: a.url }), place: placeOf(table, a.id), origin: 'article' as const };
  });
}

export function loadPairs(): Pair[] {
  return readJson<{ pairs: Pair[] }>(join(REPORTS_DIR, 'pairs.json')).pairs;
}

/** Whether two codes are one place or one lies within the other (000000: the country). */
export function placesRelated(a: string, b: string): boolean {
  const stem = (code: string) => (code === '000000' ? '' : code.replace(/(?:00)+$/, ''));
  const [x, y] = [stem(a), stem(b)];
  return x.startsWith(y) || y.startsWith(x);
}

/** The seeds as the extension bundles them (with the reviewed curation), the others as extracted. */
export function referenceDataset(reports: Report[]): Dataset {
  const seeds = reports.filter((r) => r.origin === 'seed');
  const curation = readJson<Curation>(join(SEEDS_DIR, 'curation.json'));
  const bundled = buildDataset(
    seeds.map((s) => ({ meta: seedMeta(s), text: s.text })),
    curation,
  );
  const others: ExtractedSeed[] = reports.filter((r) => r.origin !== 'seed').map((r) => ({ meta: seedMeta(r), text: r.text, figures: extractFigures(r.text) }));
  const kept = assembleDataset(others);
  return { ...bundled, documents: [...bundled.documents, ...kept.documents], figures: [...bundled.figures, ...kept.figures] };
}

function seedMeta(r: Report): SeedMeta {
  return { id: r.id, file: '', title: r.meta.title, source: r.meta.source, date: r.meta.date, campaign: null, url: r.meta.url, byline: r.meta.byline, siteName: r.meta.siteName };
}

export interface CheckedPage {
  page: Report;
  figures: Figure[];
  results: CheckResult[];
}

/** Each page against the dataset; a page never meets itself (same text or address). */
export async function checkAgainst(pages: Report[], dataset: Dataset): Promise<CheckedPage[]> {
  const lookup = createMemoryLookup(dataset);
  const out: CheckedPage[] = [];
  for (const page of pages) {
    const figures = extractFigures(page.text);
    const results = (await checkPage({ text: page.text, figures, meta: page.meta }, lookup)).filter((r) => r.check === 'same-metric');
    out.push({ page, figures, results });
  }
  return out;
}

export interface CrossReportTally {
  pages: number;
  /** Pages whose place no reference document shares, contains or lies within. */
  pagesWithoutReport: number;
  results: number;
  /** Results shown on those pages (target 0). */
  onPagesWithoutReport: string[];
  /** Results that quote a report of a place unrelated to the page's (target 0). */
  unrelatedReferences: string[];
  verdicts: Partial<Record<Verdict, number>>;
}

export function tallyPlaces(checked: CheckedPage[], dataset: Dataset, placeOfDoc: ReadonlyMap<string, string | null>): CrossReportTally {
  const docPlaces = dataset.documents.map((d) => ({ id: d.id, place: placeOfDoc.get(d.id) ?? null }));
  const tally: CrossReportTally = { pages: checked.length, pagesWithoutReport: 0, results: 0, onPagesWithoutReport: [], unrelatedReferences: [], verdicts: {} };
  for (const { page, figures, results } of checked) {
    const mine = page.place;
    const hasReport = mine === null || docPlaces.some((d) => d.id !== page.id && d.place !== null && placesRelated(mine, d.place));
    if (!hasReport) tally.pagesWithoutReport++;
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const r of results) {
      tally.results++;
      tally.verdicts[r.verdict] = (tally.verdicts[r.verdict] ?? 0) + 1;
      const line = `${page.id} «${byId.get(r.figureId)?.text}» ${r.verdict}: ${r.message_zh}`;
      if (!hasReport) tally.onPagesWithoutReport.push(line);
      for (const e of r.evidence) {
        const theirs = e.source.documentId ? placeOfDoc.get(e.source.documentId) : undefined;
        if (mine && theirs && !placesRelated(mine, theirs)) tally.unrelatedReferences.push(`${line} [${e.source.documentId}]`);
      }
    }
  }
  return tally;
}

export interface PairOutcome {
  pair: Pair;
  found: boolean;
  verdict: Verdict | null;
  right: boolean;
  relationNamed: boolean | null;
  message: string | null;
}

/** The figure of `written` inside `context`, among the figures extraction found. */
function figureAt(text: string, figures: Figure[], context: string, written: string): Figure | null {
  const c = text.indexOf(context);
  const at = c < 0 ? -1 : text.indexOf(written, c);
  if (at < 0) return null;
  return figures.find((f) => f.start < at + written.length && at < f.end) ?? null;
}

const numberOf = (written: string) => /[0-9][0-9.]*/.exec(written)?.[0] ?? written;

export function judgePairs(pairs: Pair[], checked: CheckedPage[]): PairOutcome[] {
  return pairs.map((pair) => {
    const page = checked.find((c) => c.page.id === pair.page);
    if (!page) throw new Error(`pairs.json: unknown page ${pair.page}`);
    const figure = figureAt(page.page.text, page.figures, pair.context, pair.figure);
    const result = figure
      ? page.results.find((r) => r.figureId === figure.id && r.evidence.some((e) => e.source.documentId === pair.ref && (e.figureText ?? '').includes(numberOf(pair.refFigure))))
      : undefined;
    const verdict = result?.verdict ?? null;
    const relationNamed = pair.relation ? (result?.message_en.includes(pair.relation) ?? false) : null;
    return { pair, found: result !== undefined, verdict, right: verdict === pair.verdict && relationNamed !== false, relationNamed, message: result?.message_zh ?? null };
  });
}

/** Everything `npm run eval` prints for the cross-report comparison. */
export async function crossReportEvaluation(): Promise<{ reader: CrossReportTally; library: CrossReportTally; pairs: PairOutcome[] }> {
  const seeds = loadSeeds();
  const reports = loadReports();
  const articles = loadArticles();
  const all = [...seeds, ...reports, ...articles];
  const placeOfDoc = new Map(all.map((r) => [r.id, r.place]));
  // A reader with the bundled dataset and the kept reports, on every real page of the corpus.
  const readerSet = referenceDataset([...seeds, ...reports]);
  const reader = tallyPlaces(await checkAgainst([...articles, ...reports], readerSet), readerSet, placeOfDoc);
  // A newsroom that kept every page: each checked against all the others.
  const librarySet = referenceDataset(all);
  const checked = await checkAgainst(all, librarySet);
  const library = tallyPlaces(checked, librarySet, placeOfDoc);
  return { reader, library, pairs: judgePairs(loadPairs(), checked) };
}

/** The cross-report section of `npm run eval`. */
export async function printCrossReport(verbose: boolean): Promise<void> {
  const { reader, library, pairs } = await crossReportEvaluation();
  const right = (list: PairOutcome[]) => `${list.filter((p) => p.right).length} / ${list.length}`;
  const within = pairs.filter((p) => p.pair.relation);
  console.log(`\n## Cross-report comparison (same-metric; test/corpus/reports/)`);
  console.log(`pages checked with the bundled dataset and the ${loadReports().length} kept reports: ${reader.pages}; of them with no report of their place: ${reader.pagesWithoutReport}`);
  console.log(`cross-report results shown on pages whose place has no report in the dataset: ${reader.onPagesWithoutReport.length}   (target 0)`);
  console.log(`results quoting a report of an unrelated place: ${reader.unrelatedReferences.length} (reader), ${library.unrelatedReferences.length} (every page against all ${library.pages})   (target 0)`);
  console.log(`results, every page against all: ${library.results} (${Object.entries(library.verdicts).map(([v, n]) => `${v} ${n}`).join(', ')})`);
  console.log(`same-place pairs with the reader's verdict: ${right(pairs.filter((p) => !p.pair.relation))}`);
  console.log(`parent/child pairs named as such: ${right(within)}`);
  for (const line of [...reader.onPagesWithoutReport, ...reader.unrelatedReferences, ...library.unrelatedReferences]) console.log(`  unrelated ${line}`);
  for (const p of pairs.filter((x) => !x.right)) console.log(`  pair   ${p.pair.page} ${p.pair.figure}: ${p.verdict ?? 'nothing'} (expected ${p.pair.verdict}) ${p.message ?? ''}`);
  if (verbose) for (const p of pairs.filter((x) => x.right)) console.log(`  ok     ${p.pair.page} ${p.pair.figure}: ${p.message}`);
}
