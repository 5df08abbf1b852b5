// The same metric in another report, one row per behaviour, on real sentences of the seeds.
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/compare';
import { extractFigures } from '../../lib/extract';
import { assembleDataset } from '../../lib/dataset/assemble';
import { textFingerprint } from '../../lib/dataset/hash';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import type { Verdict } from '../../lib/types';
import { seedMeta } from '../dataset/fixtures';
import { handFigures, meta, SEED, seedText, type HandFigure } from './hand-figures';

const october = seedText(SEED.october);
const summary = seedText(SEED.summary);

interface Row {
  name: string;
  /** The page: the October report (dated 2023-10-15 unless `pageDate`), one figure; the summary when `swap`. */
  page: HandFigure;
  pageDate?: string | null;
  /** The reference: one figure of the summary, dated 2024-01-01 unless `refDate`; the October report when `swap`. */
  ref: HandFigure;
  refDate?: string | null;
  swap?: boolean;
  verdict: Verdict | null;
}

const rows: Row[] = [
  {
    name: '9600多 is consistent with 9606 (more than, rounded to hundreds)',
    page: { written: '9600多个基层参学单位', label: '基层参学单位', subject: '全市' },
    ref: { written: '9606个参学单位', label: '参学单位', subject: '郑州市' },
    verdict: 'consistent',
  },
  {
    name: '506 in October and 1559 in the summary changed over time',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    verdict: 'changed_over_time',
  },
  {
    name: 'read on the final report, the interim figure is earlier: changed over time',
    page: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    pageDate: '2024-01-01',
    ref: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    refDate: '2023-10-15',
    swap: true,
    verdict: 'changed_over_time',
  },
  {
    name: 'a cumulative count lower in the later report differs',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    pageDate: '2024-02-01',
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    verdict: 'differs',
  },
  {
    name: 'a page without a date never decides time',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    pageDate: null,
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    verdict: 'unknown',
  },
  {
    name: 'the same figures on the same day differ',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    refDate: '2023-10-15',
    verdict: 'differs',
  },
  {
    name: 'a count that fell, with no body named on either side, is not called a contradiction',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: null },
    pageDate: '2024-02-01',
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: null },
    verdict: 'unknown',
  },
  {
    name: 'two values the same day, with no body named, are not called a contradiction either',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: null },
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: null },
    refDate: '2023-10-15',
    verdict: 'unknown',
  },
  {
    name: 'without a date on one side, a difference cannot be told from a change',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    refDate: null,
    verdict: 'unknown',
  },
  {
    name: '2364 for all leadership groups vs 41 for the standing committee is a different scope',
    page: { written: '调研课题2364个', label: '调研课题', subject: '全市县处级以上领导班子和领导干部' },
    ref: { written: '调研课题41个', label: '调研课题', subject: '市委常委会班子' },
    verdict: 'different_scope',
  },
  {
    name: 'with no scope on one side, a value fifty times larger is left alone',
    page: { written: '调研课题2364个', label: '调研课题', subject: null },
    ref: { written: '调研课题41个', label: '调研课题', subject: '市委常委会班子' },
    verdict: null,
  },
  {
    name: 'a district and its city: a different scope, the relation named',
    page: { written: '9600多个基层参学单位', label: '基层参学单位', subject: '金水区' },
    ref: { written: '9606个参学单位', label: '参学单位', subject: '郑州市' },
    verdict: 'different_scope',
  },
  {
    name: 'two districts of one city are unrelated places: nothing is said',
    page: { written: '9600多个基层参学单位', label: '基层参学单位', subject: '金水区' },
    ref: { written: '9606个参学单位', label: '参学单位', subject: '二七区' },
    verdict: null,
  },
  {
    name: 'a city in another province is unrelated: nothing is said',
    page: { written: '9600多个基层参学单位', label: '基层参学单位', subject: '全市' },
    ref: { written: '9606个参学单位', label: '参学单位', subject: '长春市' },
    verdict: null,
  },
  {
    name: 'persons and person-times are different metrics',
    page: { written: '开展调研3545人次', label: '调研', subject: '县处级以上干部' },
    ref: { written: '50名专家教授', label: '调研', subject: '县处级以上干部' },
    verdict: null,
  },
];

async function run(row: Row) {
  const [pageText, refText, refId] = row.swap ? [summary, october, SEED.october] : [october, summary, SEED.summary];
  const pageFigures = handFigures(pageText, [row.page]);
  const dataset = assembleDataset([
    { meta: seedMeta(refId, { date: row.refDate === undefined ? '2024-01-01' : row.refDate }), text: refText, figures: handFigures(refText, [row.ref]) },
  ]);
  const title = row.swap ? '凝心铸魂固根本 踔厉奋进建新功' : '郑州实实在在抓好第二批主题教育';
  const pageMeta = meta({ title, date: row.pageDate === undefined ? '2023-10-15' : row.pageDate, source: '郑州晚报' });
  const results = await checkPage({ text: pageText, figures: pageFigures, meta: pageMeta }, createMemoryLookup(dataset));
  return results.filter((r) => r.check === 'same-metric');
}

describe('same-metric', () => {
  it.each(rows)('$name', async (row) => {
    const results = await run(row);
    expect(results.map((r) => r.verdict)).toEqual(row.verdict ? [row.verdict] : []);
    if (row.verdict) {
      const [page, ref] = results[0]!.evidence;
      expect(page?.source.origin).toBe('page');
      expect(ref?.source).toMatchObject({ origin: 'bundled', documentId: row.swap ? SEED.october : SEED.summary });
      expect(row.swap ? october : summary).toContain(ref!.quote);
    }
  });

  const row = (name: string) => rows.find((r) => r.name.startsWith(name))!;

  it('shows both dates when a figure changed over time, and says it grew from the earlier to the later', async () => {
    for (const r of [row('506 in October'), row('read on the final report')]) {
      const [result] = await run(r);
      expect(result!.evidence.map((e) => e.source.date).sort()).toEqual(['2023-10-15', '2024-01-01']);
      expect(result!.message_zh).toMatch(/2023-10-15.*506.*2024-01-01.*1559.*增长/);
      expect(result!.message_en).toMatch(/grew/);
      expect(result!.message_en).not.toMatch(/fell/);
    }
  });

  it('a cumulative count that fell quotes both reports with both dates', async () => {
    const [result] = await run(row('a cumulative count lower'));
    expect(result!.evidence.map((e) => e.figureText)).toEqual(['中心组学习506场次', '中心组学习1559场次']);
    expect(result!.evidence.map((e) => e.source.date)).toEqual(['2024-02-01', '2024-01-01']);
    expect(result!.message_zh).toMatch(/2024-01-01.*1559.*2024-02-01.*506/);
  });

  it('names the relation of a district and its city', async () => {
    const [result] = await run(row('a district and its city'));
    expect(result!.message_en).toContain('金水区 is part of 郑州市');
    expect(result!.message_zh).toContain('金水区属于郑州市');
  });

  it('equal values under different bodies are not consistent', async () => {
    // 读书班2期 of the standing committee and 2期读书班 of every leadership group: one value, two bodies.
    const page = `${summary}补记。`;
    const dataset = assembleDataset([
      {
        meta: seedMeta(SEED.summary, { date: '2024-01-01' }),
        text: summary,
        figures: handFigures(summary, [{ written: '读书班2期', label: '读书班', subject: '市委常委班子', unit: '期' }]),
      },
    ]);
    const figures = handFigures(page, [{ written: '2期读书班', label: '读书班', subject: '全市县处级以上领导班子', unit: '期' }]);
    const results = await checkPage({ text: page, figures, meta: meta({ title: '郑州', date: '2024-01-02' }) }, createMemoryLookup(dataset));
    expect(results.filter((r) => r.check === 'same-metric').map((r) => r.verdict)).toEqual(['different_scope']);
  });

  it('a word of form is no metric: 4种方式 and 方式有三种 of two campaigns say nothing of each other', async () => {
    const standards = seedText(SEED.threeStandards);
    const dataset = assembleDataset([
      {
        meta: seedMeta(SEED.threeStandards, { date: '2024-01-29' }),
        text: standards,
        figures: extractFigures(standards).filter((f) => f.text.includes('方式')),
      },
    ]);
    const figures = handFigures(summary, [{ written: '4种方式', label: '方式', subject: null, unit: '种' }]);
    expect(dataset.figures.map((f) => f.text)).toEqual(['方式有三种']);
    const results = await checkPage({ text: summary, figures, meta: meta({ title: '郑州', date: '2024-01-01' }) }, createMemoryLookup(dataset));
    expect(results.filter((r) => r.check === 'same-metric')).toEqual([]);
  });

  it('a reference with the page text (another URL, other whitespace) is the page itself', async () => {
    const dataset = assembleDataset([
      // Another sentence of the same article, so that only the text fingerprint can tell.
      {
        meta: seedMeta(SEED.october, { date: '2023-10-15', url: 'https://a.example.cn/1.html' }),
        text: october,
        figures: handFigures(october, [{ written: '2次理论学习中心组学习', label: '中心组学习', subject: '全市县处级以上领导班子' }]),
      },
    ]);
    const page = october.replace(/\n+/g, '\n\n');
    expect(textFingerprint(page)).toBe(dataset.documents[0]!.textHash);
    const figures = handFigures(page, [{ written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' }]);
    const check = (text: string) =>
      checkPage({ text, figures, meta: meta({ date: '2023-10-15', url: 'https://b.example.cn/2.html' }) }, createMemoryLookup(dataset));
    expect((await check(page)).filter((r) => r.check === 'same-metric')).toEqual([]);
    // The same figures on a page with one more sentence are another page: the reference speaks.
    const other = await check(`${page}补记。`);
    expect(other.filter((r) => r.check === 'same-metric').map((r) => r.verdict)).toEqual(['differs']);
  });
});
