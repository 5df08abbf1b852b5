// Property tests over the rest of the core: recognition, the checks, the exports and the
// message validation, with random and adversarial input. A fixed seed in `npm test`; many more
// runs with `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { recognizeCampaign, quickCampaignCheck } from '../../lib/recognize';
import { plainTextArticle } from '../../lib/plain-text-article';
import { checkPage } from '../../lib/compare';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { quotesFor, toCsv, toJson, toMarkdown } from '../../lib/export';
import { parseContentRequest } from '../../lib/messages';
import { parseBackgroundRequest } from '../../lib/schemas/background-request';
import { checkLibraryFile } from '../../lib/dataset/library-file';
import { loadSeedDataset } from '../../scripts/seed-dataset';
import { parseCsv } from '../export/csv-reader';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED === undefined ? 20240129 : Number(process.env.FUZZ_SEED);
const PARAMS = { numRuns: RUNS, seed: SEED };
/** A long run (`npm run fuzz`) gets time in proportion to its runs. */
const TIMEOUT_MS = Math.max(120_000, RUNS * 200);

const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
const seedText = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
  .join('\n');
const lookup = createMemoryLookup(loadSeedDataset());

/** Markup, formulas, campaign words, numerals and separators: what hostile or broken pages are made of. */
const HOSTILE = [
  ...'<>"\'&=+-@|[]()`*_#\\\n\r\t，。、；：“”', '<img src=x onerror=alert(1)>', '</style>', 'javascript:', '=HYPERLINK("x")',
  '主题教育', '党史学习教育', '我为群众办实事', '三标', '分别', '其中', '办复率', '完成率', '万名党员', '162万', '44984万',
  '98%', '9606个', '1559场次', '\ud800', '\udfff', '\u202e', '\u200b',
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(''));
const seedWithNoise = fc
  .tuple(fc.nat(seedText.length), fc.integer({ min: 0, max: 3000 }), hostileText)
  .map(([at, len, noise]) => seedText.slice(at, at + len) + noise + seedText.slice(at + len, at + len + 400));
const pageText = fc.oneof(hostileText, seedWithNoise);

async function summarize(text: string) {
  const article = plainTextArticle(text, 'https://news.example.cn/a.html');
  const figures = extractFigures(text);
  const checks = await checkPage({ text, figures, meta: article.meta }, lookup);
  return { article, figures, checks, recognition: recognizeCampaign(article) };
}

describe('recognition on random pages', () => {
  it('never throws, and evidence points into the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const article = plainTextArticle(text);
        const r = recognizeCampaign(article);
        if (r.isCampaign) expect(quickCampaignCheck(text)).toBe(true);
        for (const c of r.campaigns) for (const e of c.evidence) if (e.where !== 'title') expect(e.offset).toBeLessThanOrEqual(text.length);
      }),
      PARAMS,
    );
  }, TIMEOUT_MS);
});

describe('checks and exports on random pages', () => {
  it('checks never throw, refer to real figures, and give verdicts with confidence in 0..1', async () => {
    await fc.assert(
      fc.asyncProperty(pageText, async (text) => {
        const { figures, checks } = await summarize(text);
        const ids = new Set(figures.map((f) => f.id));
        for (const c of checks) {
          expect(ids.has(c.figureId)).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(c.message_zh.length + c.message_en.length).toBeGreaterThan(0);
        }
      }),
      PARAMS,
    );
  }, TIMEOUT_MS);

  it('exports stay well-formed: one CSV record per figure, no formula cells, JSON that parses, no raw markup in Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(pageText, async (text) => {
        const { article, figures, checks, recognition } = await summarize(text);
        const input = { url: article.meta.url ?? '', meta: article.meta, recognition, figures, checks, quotes: quotesFor(text, figures), checkedAt: '2026-01-01T00:00:00Z' };
        const csv = toCsv(input);
        const rows = parseCsv(csv.slice(1));
        expect(rows).toHaveLength(figures.length + 1);
        // Numbers are written as numbers; every text cell a spreadsheet would run is neutralized.
        for (const cell of rows.flat()) if (!/^-?\d/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(JSON.parse(toJson(input)).figures).toHaveLength(figures.length);
        const md = toMarkdown(input);
        expect(md).not.toMatch(/(?<!\\)<(?!https?:\/\/)[a-z/!]/i);
      }),
      PARAMS,
    );
  }, TIMEOUT_MS);
});

describe('validation of what crosses a boundary', () => {
  it('any value is either refused or a well-formed request', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const b = parseBackgroundRequest(v);
        if (b) expect(['check-page', 'check-tab', 'gate-summary', 'dataset-status', 'library-add']).toContain(b.type);
        const c = parseContentRequest(v);
        if (c) expect(['get-summary', 'run', 'add-to-library', 'focus-figure', 'step-flagged']).toContain(c.type);
        expect(checkLibraryFile(v).ok).toBe(false);
      }),
      PARAMS,
    );
  }, TIMEOUT_MS);

  it('forged pages with random figures are refused unless every figure is its own slice of the text', () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.record({ start: fc.nat(200), len: fc.integer({ min: 1, max: 20 }), value: fc.double() })), (text, specs) => {
        const figures = specs.map((s, i) => ({
          id: `f${i}`, text: text.slice(s.start, s.start + s.len), start: s.start, end: s.start + s.len, numberStart: s.start, numberEnd: s.start + 1,
          value: s.value, unit: null, qualifier: null, kind: 'count', label: null, subject: null, sentence: { start: 0, end: text.length },
        }));
        const meta = { title: null, date: null, source: null, byline: null, url: null, siteName: null };
        const parsed = parseBackgroundRequest({ type: 'library-add', page: { url: 'https://x.cn/', meta, text, figures }, campaign: null });
        const valid = figures.every((f) => f.end <= text.length && f.text === text.slice(f.start, f.end) && f.text.length === f.end - f.start && Number.isFinite(f.value));
        expect(parsed !== null).toBe(valid);
      }),
      PARAMS,
    );
  }, TIMEOUT_MS);
});
