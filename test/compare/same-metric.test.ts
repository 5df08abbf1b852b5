// The same metric in another report, one row per behaviour, on real sentences of the seeds.
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/compare';
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
  /** The page: the October report (dated 2023-10-15 unless `pageDate`), one figure. */
  page: HandFigure;
  pageDate?: string | null;
  /** The reference: one figure of the summary, dated 2024-01-01 unless `refDate`. */
  ref: HandFigure;
  refDate?: string | null;
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
    name: 'the same figures on the same day differ',
    page: { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    ref: { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
    refDate: '2023-10-15',
    verdict: 'differs',
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
    name: 'equal values under differently worded scopes agree',
    page: { written: '24个联络小组', label: '联络小组', subject: '市委主题教育办' },
    ref: { written: '24个联络小组', label: '联络小组', subject: '按照县区' },
    verdict: 'consistent',
  },
  {
    name: 'persons and person-times are different metrics',
    page: { written: '开展调研3545人次', label: '调研', subject: '县处级以上干部' },
    ref: { written: '50名专家教授', label: '调研', subject: '县处级以上干部' },
    verdict: null,
  },
];

async function run(row: Row) {
  const pageFigures = handFigures(october, [row.page]);
  const dataset = assembleDataset([
    { meta: seedMeta(SEED.summary, { date: row.refDate === undefined ? '2024-01-01' : row.refDate }), text: summary, figures: handFigures(summary, [row.ref]) },
  ]);
  const pageMeta = meta({ title: '郑州实实在在抓好第二批主题教育', date: row.pageDate === undefined ? '2023-10-15' : row.pageDate, source: '郑州晚报' });
  const results = await checkPage({ text: october, figures: pageFigures, meta: pageMeta }, createMemoryLookup(dataset));
  return results.filter((r) => r.check === 'same-metric');
}

describe('same-metric', () => {
  it.each(rows)('$name', async (row) => {
    const results = await run(row);
    expect(results.map((r) => r.verdict)).toEqual(row.verdict ? [row.verdict] : []);
    if (row.verdict) {
      const [page, ref] = results[0]!.evidence;
      expect(page?.source.origin).toBe('page');
      expect(ref?.source).toMatchObject({ origin: 'bundled', documentId: SEED.summary });
      expect(summary).toContain(ref!.quote);
    }
  });

  it('shows both dates when a figure changed over time', async () => {
    const [result] = await run(rows[1]!);
    expect(result!.evidence.map((e) => e.source.date)).toEqual(['2023-10-15', '2024-01-01']);
    expect(result!.message_zh).toContain('2024-01-01');
    expect(result!.message_zh).toContain('2023-10-15');
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
