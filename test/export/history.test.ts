// A metric's history and two reports side by side, from the same-metric check's matches. The
// figures are the seeds' own (read by hand): the interim report (001, 2023-10-15) gives
// 中心组学习506场次 and 党委书记讲党课352场次, the final one (000, 2024-01-01) 1559 and 389.
import { describe, expect, test } from 'vitest';
import { comparedReports, metricHistory, sideBySide, sideBySideCsv, sideBySideMarkdown, toJson, toMarkdown } from '@/lib/export';
import type { CheckResult, Evidence, Figure, Verdict } from '@/lib/types';

function figure(id: string, text: string, value: number, label: string): Figure {
  return { id, text, start: 0, end: text.length, numberStart: 0, numberEnd: 1, value, unit: '场次', qualifier: null, kind: 'count', label, subject: '全市县处级以上领导班子', sentence: { start: 0, end: text.length } };
}

const FINAL = { title: '凝心铸魂固根本 踔厉奋进建新功', date: '2024-01-01' };
const pageSide = (f: Figure): Evidence => ({ quote: `开展${f.text}`, figureText: f.text, value: f.value, source: { origin: 'page', documentId: null, title: FINAL.title, url: null, date: FINAL.date, siteName: null } });
const interim = (text: string, value: number, docId = 'bundled:001', date = '2023-10-15'): Evidence => ({
  quote: `目前全市县处级以上领导班子已开展${text}`, figureText: text, value,
  source: { origin: 'bundled', documentId: docId, title: '郑州实实在在抓好第二批主题教育', url: 'https://example.org/001', date, siteName: null },
});
const sameMetric = (f: Figure, verdict: Verdict, ...refs: Evidence[]): CheckResult => ({ check: 'same-metric', figureId: f.id, verdict, confidence: 0.7, evidence: [pageSide(f), ...refs], message_zh: '', message_en: '' });

const study = figure('f1', '中心组学习1559场次', 1559, '中心组学习');
const lessons = figure('f2', '党委书记讲党课389场次', 389, '党委书记讲党课');
const units = figure('f3', '9606个参学单位', 9606, '参学单位');

describe('a metric history', () => {
  test('one dated point per report, oldest first, the page marked', () => {
    const points = metricHistory(study, [sameMetric(study, 'changed_over_time', interim('中心组学习506场次', 506))]);
    expect(points.map((p) => [p.date, p.value, p.current, p.fell])).toEqual([
      ['2023-10-15', 506, false, false],
      ['2024-01-01', 1559, true, false],
    ]);
    expect(points[0]!.url).toBe('https://example.org/001');
  });

  test('a running total lower than the report before it is marked', () => {
    const fell = figure('f4', '中心组学习400场次', 400, '中心组学习');
    const points = metricHistory(fell, [sameMetric(fell, 'differs', interim('中心组学习506场次', 506))]);
    expect(points.map((p) => p.fell)).toEqual([false, true]);
  });

  test('no history without a dated report, or from another scope', () => {
    expect(metricHistory(study, [sameMetric(study, 'changed_over_time', interim('中心组学习506场次', 506, 'bundled:x', null as never))])).toEqual([]);
    expect(metricHistory(study, [sameMetric(study, 'different_scope', interim('中心组学习506场次', 506))])).toEqual([]);
    expect(metricHistory(study, [])).toEqual([]);
  });

  test('the exports carry it: JSON as data, Markdown as a table', () => {
    const input = { url: 'https://example.org/000', meta: { ...FINAL, source: null, byline: null, url: null, siteName: null }, recognition: null, figures: [study], checks: [sameMetric(study, 'changed_over_time', interim('中心组学习506场次', 506))], quotes: {}, checkedAt: '2026-12-02T00:00:00Z' };
    expect(JSON.parse(toJson(input)).figures[0].history.map((p: { date: string; value: number }) => [p.date, p.value])).toEqual([['2023-10-15', 506], ['2024-01-01', 1559]]);
    const md = toMarkdown(input);
    expect(md).toContain('## 走势 History');
    expect(md).toContain('| 2023-10-15 | 中心组学习506场次 | 郑州实实在在抓好第二批主题教育 <https://example.org/001> |  |');
    expect(md).toContain('| 2024-01-01 | 中心组学习1559场次 | 本页 this page |  |');
  });
});

describe('two reports side by side', () => {
  const input = {
    url: 'https://example.org/000',
    meta: FINAL,
    figures: [study, lessons, units],
    checks: [
      sameMetric(study, 'changed_over_time', interim('中心组学习506场次', 506)),
      sameMetric(lessons, 'changed_over_time', interim('党委书记讲党课352场次', 352)),
      sameMetric(units, 'consistent', interim('9600多个基层参学单位', 9600, 'bundled:other', '2023-11-01')),
    ],
  };

  test('the reports the page was matched with, the one sharing most first', () => {
    expect(comparedReports(input).map((r) => [r.documentId, r.shared])).toEqual([['bundled:001', 2], ['bundled:other', 1]]);
  });

  test('shared metrics with both values and the change; the rest of the page apart', () => {
    const view = sideBySide(input, 'bundled:001')!;
    expect(view.shared.map((m) => [m.label, m.page.value, m.other.value, m.change])).toEqual([
      ['中心组学习', 1559, 506, 1053],
      ['党委书记讲党课', 389, 352, 37],
    ]);
    expect(view.pageOnly.map((f) => f.label)).toEqual(['参学单位']);
    // 1053 / 506 = 2.0810…, 37 / 352 = 0.1051…
    const csv = sideBySideCsv(view, 'zh').slice(1).split('\r\n');
    expect(csv[1]).toBe('中心组学习,中心组学习1559场次,1559,2024-01-01,中心组学习506场次,506,2023-10-15,1053,208.1%,随时间变化');
    expect(csv[2]).toBe('党委书记讲党课,党委书记讲党课389场次,389,2024-01-01,党委书记讲党课352场次,352,2023-10-15,37,10.5%,随时间变化');
    expect(csv[3]).toBe('参学单位,9606个参学单位,9606,2024-01-01,,,,,,');
    expect(sideBySideMarkdown(view)).toContain('| 中心组学习 | 中心组学习1559场次 | 中心组学习506场次 | +1053 208.1% | 随时间变化 changed over time |');
  });

  // The interim report's own figures as stored, in its text's order (seeds/001, read by hand):
  // 中心组学习506场次 and 党委书记讲党课352场次 are matched above; 义诊4.3万多人次 and
  // 18.3万名青年人才 have nothing on the page; 9600多个基层参学单位 is matched, but with another report.
  const stored = (text: string, value: number, label: string | null) => ({ text, value, label, quote: `目前全市县处级以上领导班子已开展${text}` });
  const interimFigures = [
    stored('9600多个基层参学单位', 9600, '基层参学单位'),
    stored('中心组学习506场次', 506, '中心组学习'),
    stored('党委书记讲党课352场次', 352, '党委书记讲党课'),
    stored('义诊4.3万多人次', 43_000, '义诊'),
    stored('18.3万名青年人才', 183_000, '青年人才'),
    stored('2023年', 2023, null),
  ];

  test("the other report's figures that no match pairs are listed apart, in its order", () => {
    const view = sideBySide(input, 'bundled:001', interimFigures)!;
    expect(view.otherOnly?.map((f) => f.text)).toEqual(['9600多个基层参学单位', '义诊4.3万多人次', '18.3万名青年人才']);
    // Matched with the other report, 9600多 is not apart from it.
    expect(sideBySide(input, 'bundled:other', [interimFigures[0]!])!.otherOnly).toEqual([]);
    // Not known yet: nothing is said about it.
    expect(sideBySide(input, 'bundled:001')!.otherOnly).toBeNull();
    const csv = sideBySideCsv(view, 'zh').slice(1).split('\r\n');
    expect(csv.slice(3, 7)).toEqual([
      '参学单位,9606个参学单位,9606,2024-01-01,,,,,,',
      '基层参学单位,,,,9600多个基层参学单位,9600,2023-10-15,,,',
      '义诊,,,,义诊4.3万多人次,43000,2023-10-15,,,',
      '青年人才,,,,18.3万名青年人才,183000,2023-10-15,,,',
    ]);
    const md = sideBySideMarkdown(view);
    expect(md).toContain('## 只在 A 中 Only in A\n\n- 参学单位: 9606个参学单位\n');
    expect(md).toContain('## 只在 B 中 Only in B\n\n- 基层参学单位: 9600多个基层参学单位\n- 义诊: 义诊4.3万多人次\n- 青年人才: 18.3万名青年人才\n');
  });

  test('two different scopes share a label, not a change', () => {
    const all = figure('f5', '2.9万个基层党组织', 29_000, '基层党组织');
    const view = sideBySide({ ...input, figures: [all], checks: [sameMetric(all, 'different_scope', interim('1个基层党组织', 1))] }, 'bundled:001')!;
    expect(view.shared.map((m) => [m.change, m.changeRatio, m.verdict])).toEqual([[null, null, 'different_scope']]);
    expect(sideBySideCsv(view, 'zh').split('\r\n')[1]).toBe('基层党组织,2.9万个基层党组织,29000,2024-01-01,1个基层党组织,1,2023-10-15,,,口径不同');
  });

  test('a fall reads with a minus sign that no spreadsheet runs', () => {
    const fell = figure('f4', '中心组学习400场次', 400, '中心组学习');
    const view = sideBySide({ ...input, figures: [fell], checks: [sameMetric(fell, 'differs', interim('中心组学习500场次', 500))] }, 'bundled:001')!;
    expect(sideBySideCsv(view, 'en').split('\r\n')[1]).toBe('中心组学习,中心组学习400场次,400,2024-01-01,中心组学习500场次,500,2023-10-15,-100,\u221220.0%,differs from other reports');
  });
});
