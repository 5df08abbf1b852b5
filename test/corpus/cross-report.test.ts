// The cross-report comparison on real reports (test/corpus/reports/): nothing said across
// unrelated places, the reader's verdict on every pair a reader takes for one metric.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossReportEvaluation, loadPairs, loadReports, placesRelated, type CrossReportTally, type PairOutcome } from './cross-report';
import { holdoutIds } from './corpus';

let evaluation: { reader: CrossReportTally; library: CrossReportTally; pairs: PairOutcome[] };

beforeAll(async () => {
  evaluation = await crossReportEvaluation();
}, 60_000);

describe('cross-report comparisons on real reports', () => {
  it('has at least five reports of its own, each with a place', () => {
    const reports = loadReports();
    expect(reports.length).toBeGreaterThanOrEqual(5);
    for (const r of reports) expect(r.place).toMatch(/^\d{6}$/);
  });

  it('places relate by their codes: a district within its city and province, not within a sibling', () => {
    expect(placesRelated('220302', '220300')).toBe(true);
    expect(placesRelated('220300', '220000')).toBe(true);
    expect(placesRelated('410105', '410103')).toBe(false);
    expect(placesRelated('350200', '000000')).toBe(true);
  });

  it('a reader with the bundled dataset and the kept reports: nothing is shown on pages of other places', () => {
    const { reader } = evaluation;
    // Most of the corpus is from places the dataset has no report of: the count below means something.
    expect(reader.pagesWithoutReport).toBeGreaterThan(40);
    expect(reader.onPagesWithoutReport).toEqual([]);
    expect(reader.unrelatedReferences).toEqual([]);
  });

  it('every page against every other: no result quotes a report of an unrelated place', () => {
    const { library } = evaluation;
    expect(library.results).toBeGreaterThan(0);
    // Results that involve a held-apart article (as the page or as the report) are measured, never tuned on: printed, not asserted.
    const held = holdoutIds();
    const involvesHeld = (line: string) => [...held].some((id) => line.startsWith(`${id} `) || line.endsWith(`[${id}]`));
    console.log(`cross-report, every page against every other: ${library.unrelatedReferences.filter(involvesHeld).length} results quoting an unrelated place involve a held-apart article`);
    expect(library.unrelatedReferences.filter((line) => !involvesHeld(line))).toEqual([]);
  });

  it('every pair a reader takes for one metric gets the reader’s verdict; a place within another is named', () => {
    const wrong = evaluation.pairs.filter((p) => !p.right).map((p) => `${p.pair.page} ${p.pair.figure} → ${p.verdict ?? 'nothing'} (expected ${p.pair.verdict})`);
    expect(wrong).toEqual([]);
    const kinds = new Set(loadPairs().map((p) => (p.relation ? 'within' : p.verdict)));
    expect([...kinds].sort()).toEqual(['changed_over_time', 'consistent', 'within']);
  });
});

describe('the command line gives a plain text its date, title and source', () => {
  const summarize = (...args: string[]) => {
    const out = execFileSync('npx', ['tsx', join(import.meta.dirname, '../../scripts/summarize.ts'), ...args], { encoding: 'utf8' });
    const page = JSON.parse(out) as { figures: { text: string; checks: { check: string; verdict: string; evidence: { source: { date: string | null } }[] }[] }[] };
    return page.figures.find((f) => f.text === '中心组学习506场次')!.checks.find((c) => c.check === 'same-metric')!;
  };
  const seed = join(import.meta.dirname, '../../seeds/001_f2a32313766f3d5f.txt');

  it('without a date the interim report cannot decide time; with --date it changed over time, both dates shown', () => {
    expect(summarize(seed).verdict).toBe('unknown');
    const dated = summarize(seed, '--date', '2023-10-15', '--title', '郑州实实在在抓好第二批主题教育', '--source', '郑州晚报');
    expect(dated.verdict).toBe('changed_over_time');
    expect(dated.evidence.map((e) => e.source.date?.slice(0, 10))).toEqual(['2023-10-15', '2024-01-01']);
  }, 60_000);
});
