// The journalist's cases end to end: extraction, the dataset of the other seeds, checkPage.
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/compare';
import { buildDataset } from '../../lib/dataset/build';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { extractFigures } from '../../lib/extract';
import type { Verdict } from '../../lib/types';
import { SEED } from './hand-figures';
import { checkSeedAgainstOthers, curation, pageMeta, seeds } from './seed-pages';

interface Case {
  name: string;
  page: string;
  /** The page figure the result is about: its value and unit. */
  value: number;
  unit: string;
  check: string;
  verdict: Verdict;
  /** Values the evidence must quote (other reports or the page). */
  quotes?: number[];
  /** Dates the evidence must carry. */
  dates?: string[];
}

const cases: Case[] = [
  { name: '办理回复率98% holds against 24.44万 of 24.94万', page: SEED.summary, value: 98, unit: '%', check: 'rate-vs-counts', verdict: 'consistent', quotes: [249400, 244400] },
  { name: '办复率98% holds against 10759 of 10971', page: SEED.jinshui, value: 98, unit: '%', check: 'rate-vs-counts', verdict: 'consistent', quotes: [10971, 10759] },
  { name: '169838篇 = 11396 + 158442', page: SEED.jinshui, value: 169838, unit: '篇', check: 'parts-vs-total', verdict: 'consistent', quotes: [11396, 158442] },
  { name: '化解614起 ≤ 分包659起', page: SEED.summary, value: 614, unit: '起', check: 'done-vs-planned', verdict: 'consistent', quotes: [659] },
  { name: '44984万名党员 is impossible', page: SEED.jinshui, value: 449840000, unit: '名', check: 'plausible-magnitude', verdict: 'implausible', quotes: [95148000, 1620000] }, // the Party's total published for June 2021, the article's year
  { name: '完成率达100% holds against 2685 of 2685件', page: SEED.jinshui, value: 100, unit: '%', check: 'rate-vs-counts', verdict: 'consistent', quotes: [2685] },
  { name: '9600多个基层参学单位 agrees with 9606个参学单位', page: SEED.october, value: 9600, unit: '个', check: 'same-metric', verdict: 'consistent', quotes: [9606] },
  {
    name: '中心组学习506场次 (October) grew to 1559场次 (the summary)',
    page: SEED.october,
    value: 506,
    unit: '场次',
    check: 'same-metric',
    verdict: 'changed_over_time',
    quotes: [1559],
    dates: ['2023-10-15', '2024-01-01'],
  },
  { name: '调研课题2364个 (all leadership groups) vs 41个 (the standing committee)', page: SEED.october, value: 2364, unit: '个', check: 'same-metric', verdict: 'different_scope', quotes: [41] },
  { name: '分别高出全国、全省34.28个百分点 gives one figure for two', page: SEED.threeStandards, value: 34.28, unit: '个百分点', check: 'garbled-statement', verdict: 'inconsistent' },
];

describe('the six checks on the seeds, end to end', () => {
  it.each(cases)('$name', async (c) => {
    const checked = await checkSeedAgainstOthers(c.page);
    const figure = checked.figures.find((f) => f.value === c.value && f.unit === c.unit);
    expect(figure, `figure ${c.value}${c.unit} extracted`).toBeDefined();
    const results = checked.results.filter((r) => r.figureId === figure!.id && r.check === c.check);
    expect(results.map((r) => r.verdict)).toEqual([c.verdict]);
    const evidence = results[0]!.evidence;
    for (const q of c.quotes ?? []) expect(evidence.map((e) => e.value)).toContain(q);
    for (const d of c.dates ?? []) expect(evidence.map((e) => e.source.date?.slice(0, 10))).toContain(d);
    for (const e of evidence.filter((x) => x.source.origin === 'page')) expect(checked.text).toContain(e.quote.replace(/^…|…$/g, ''));
  });
});

describe('a page never confirms itself', () => {
  it('a reference article opened as a page finds no same-metric evidence in itself', async () => {
    const page = seeds.find((s) => s.meta.id === SEED.summary)!;
    const dataset = buildDataset(seeds, curation);
    // The page as read off a site: other whitespace, no URL in the dataset.
    const text = page.text.replace(/\n\n/g, '\n');
    const results = await checkPage({ text, figures: extractFigures(text), meta: pageMeta(page.meta) }, createMemoryLookup(dataset));
    const sameMetric = results.filter((r) => r.check === 'same-metric');
    expect(sameMetric.length).toBeGreaterThan(0); // the other seeds still speak
    for (const r of sameMetric) {
      for (const e of r.evidence) expect(e.source.documentId).not.toBe(SEED.summary);
    }
  });

  it('the same URL is the same page, whatever the text', async () => {
    const page = seeds.find((s) => s.meta.id === SEED.october)!;
    const url = 'https://news.example.cn/2023/10/zhengzhou.html';
    const dataset = buildDataset(seeds.map((s) => (s.meta.id === SEED.october ? { ...s, meta: { ...s.meta, url } } : s)), curation);
    const text = `${page.text}\n（责任编辑：某某）`;
    const results = await checkPage(
      { text, figures: extractFigures(text), meta: { ...pageMeta(page.meta), url: 'http://news.example.cn/2023/10/zhengzhou.html?from=share' } },
      createMemoryLookup(dataset),
    );
    for (const r of results) for (const e of r.evidence) expect(e.source.documentId).not.toBe(SEED.october);
  });
});
