// The checks that need only the page, on real sentences of the reference articles (and the same
// sentences with a planted error), with figures built by hand.
import { describe, expect, it } from 'vitest';
import { doneVsPlanned } from '../../lib/compare/checks/done-vs-planned';
import { garbledStatement } from '../../lib/compare/checks/garbled-statement';
import { partsVsTotal } from '../../lib/compare/checks/parts-vs-total';
import { plausibleMagnitude } from '../../lib/compare/checks/plausible-magnitude';
import { rateVsCounts } from '../../lib/compare/checks/rate-vs-counts';
import type { Check, CheckContext } from '../../lib/compare/context';
import { buildArticleModel } from '../../lib/article-model';
import { findRelations } from '../../lib/relations';
import type { CheckResult, Verdict } from '../../lib/types';
import { handFigures, meta, plant, SEED, seedText, type HandFigure } from './hand-figures';

function runOn(check: Check, text: string, specs: HandFigure[]): { results: CheckResult[]; ids: Map<string, string> } {
  const figures = handFigures(text, specs);
  const model = buildArticleModel(text);
  const ctx: CheckContext = {
    text,
    figures,
    meta: meta({ title: 't', date: '2024-01-01' }),
    references: new Map(),
    documents: new Map(),
    relations: () => findRelations(text, figures, model),
  };
  return { results: check.run(ctx), ids: new Map(figures.map((f) => [f.id, f.text])) };
}

interface Row {
  name: string;
  check: Check;
  seed: string;
  plant?: [string, string];
  figures: HandFigure[];
  /** The figure the result is about (as written) and its verdict; null: the check says nothing. */
  expect: { figure: string; verdict: Verdict } | null;
}

const S = (id: string) => seedText(id);

const rows: Row[] = [
  {
    name: 'rate: 24.44万 of 24.94万 is 98% (rounded counts)',
    check: rateVsCounts,
    seed: SEED.summary,
    figures: [{ written: '意见建议24.94万条' }, { written: '办理回复24.44万条' }, { written: '办理回复率98%', label: '办理回复率' }],
    expect: { figure: '办理回复率98%', verdict: 'consistent' },
  },
  {
    name: 'rate: planted 90% against 24.44万 of 24.94万 is inconsistent',
    check: rateVsCounts,
    seed: SEED.summary,
    plant: ['办理回复率98%', '办理回复率90%'],
    figures: [{ written: '意见建议24.94万条' }, { written: '办理回复24.44万条' }, { written: '办理回复率90%' }],
    expect: { figure: '办理回复率90%', verdict: 'inconsistent' },
  },
  {
    name: 'rate: 办结10759 of 10971 件 is 办复率98%',
    check: rateVsCounts,
    seed: SEED.jinshui,
    figures: [{ written: '10971件' }, { written: '办结10759件' }, { written: '办复率98%' }],
    expect: { figure: '办复率98%', verdict: 'consistent' },
  },
  {
    name: 'rate: 1279 of 1378 is 办结率92.8% (one decimal)',
    check: rateVsCounts,
    seed: SEED.jinshui,
    figures: [{ written: '1378个' }, { written: '解决问题1279个' }, { written: '办结率92.8%' }],
    expect: { figure: '办结率92.8%', verdict: 'consistent' },
  },
  {
    name: 'rate: planted 93.8% against 1279 of 1378 is inconsistent',
    check: rateVsCounts,
    seed: SEED.jinshui,
    plant: ['办结率92.8%', '办结率93.8%'],
    figures: [{ written: '1378个' }, { written: '解决问题1279个' }, { written: '办结率93.8%' }],
    expect: { figure: '办结率93.8%', verdict: 'inconsistent' },
  },
  {
    name: 'rate: 转办率100% with a single count says nothing',
    check: rateVsCounts,
    seed: SEED.cityManagement,
    figures: [{ written: '1208件' }, { written: '转办率100%' }, { written: '回复率100%' }],
    expect: null,
  },
  {
    name: 'rate: 整改率95.3% with one count (1516个问题) says nothing',
    check: rateVsCounts,
    seed: SEED.summary,
    figures: [{ written: '1516个问题' }, { written: '整改率95.3%' }],
    expect: null,
  },
  {
    name: 'rate: amounts too — planted 预算70亿元，支出60.6亿元，执行率86.6%',
    check: rateVsCounts,
    seed: SEED.jinshui,
    plant: ['民生领域支出达60.6亿元', '民生领域预算70亿元，支出60.6亿元，执行率86.6%'],
    figures: [
      { written: '预算70亿元', kind: 'amount', unit: '元' },
      { written: '支出60.6亿元', kind: 'amount', unit: '元' },
      { written: '执行率86.6%' },
    ],
    expect: { figure: '执行率86.6%', verdict: 'consistent' },
  },
  {
    name: 'parts: 11396 + 158442 make 169838 篇',
    check: partsVsTotal,
    seed: SEED.jinshui,
    figures: [{ written: '新闻稿件169838篇' }, { written: '中央级11396篇' }, { written: '省市及其他媒体158442篇' }],
    expect: { figure: '新闻稿件169838篇', verdict: 'consistent' },
  },
  {
    name: 'parts: planted 15842 falls short of a list closed by 其他',
    check: partsVsTotal,
    seed: SEED.jinshui,
    plant: ['省市及其他媒体158442篇', '省市及其他媒体15842篇'],
    figures: [{ written: '新闻稿件169838篇' }, { written: '中央级11396篇' }, { written: '省市及其他媒体15842篇' }],
    expect: { figure: '新闻稿件169838篇', verdict: 'inconsistent' },
  },
  {
    name: 'parts: planted total 381套 below 158台 + 123台 + 158辆, categories that may overlap: undecided',
    check: partsVsTotal,
    seed: SEED.summary,
    plant: ['设备481套', '设备381套'],
    figures: [{ written: '设备381套' }, { written: '雪铲158台' }, { written: '撒布机123台' }, { written: '载体158辆' }],
    expect: { figure: '设备381套', verdict: 'unknown' },
  },
  {
    name: 'parts: planted total 100套 below one part of 158台, in an open list: undecided',
    check: partsVsTotal,
    seed: SEED.summary,
    plant: ['设备481套', '设备100套'],
    figures: [{ written: '设备100套' }, { written: '雪铲158台' }, { written: '撒布机123台' }, { written: '载体158辆' }],
    // The list after 其中 may be partial: one part over the total is said, undecided.
    expect: { figure: '设备100套', verdict: 'unknown' },
  },
  {
    name: 'parts: planted 中央级111396 makes the parts exceed the total',
    check: partsVsTotal,
    seed: SEED.jinshui,
    plant: ['中央级11396篇', '中央级111396篇'],
    figures: [{ written: '新闻稿件169838篇' }, { written: '中央级111396篇' }, { written: '省市及其他媒体158442篇' }],
    expect: { figure: '新闻稿件169838篇', verdict: 'inconsistent' },
  },
  {
    name: 'parts: 481套 of which 158台 + 123台 + 158辆 is a partial list within the total',
    check: partsVsTotal,
    seed: SEED.summary,
    figures: [{ written: '设备481套' }, { written: '雪铲158台' }, { written: '撒布机123台' }, { written: '载体158辆' }],
    expect: { figure: '设备481套', verdict: 'consistent' },
  },
  {
    name: 'done: 化解614 of 659 起 received',
    check: doneVsPlanned,
    seed: SEED.summary,
    figures: [{ written: '分包信访案件659起' }, { written: '化解614起' }],
    expect: { figure: '化解614起', verdict: 'consistent' },
  },
  {
    name: 'done: planted 化解714 of 659 is more done than received',
    check: doneVsPlanned,
    seed: SEED.summary,
    plant: ['化解614起', '化解714起'],
    figures: [{ written: '分包信访案件659起' }, { written: '化解714起' }],
    expect: { figure: '化解714起', verdict: 'inconsistent' },
  },
  {
    name: 'done: 化解6977 of 7050 起 交办',
    check: doneVsPlanned,
    seed: SEED.summary,
    figures: [{ written: '信访事项7050起' }, { written: '化解6977起' }],
    expect: { figure: '化解6977起', verdict: 'consistent' },
  },
  {
    name: 'done: 已完成1158 of 1158件“微实事”',
    check: doneVsPlanned,
    seed: SEED.jinshui,
    figures: [{ written: '1158件' }, { written: '已完成1158件' }],
    expect: { figure: '已完成1158件', verdict: 'consistent' },
  },
  {
    name: 'done: 化解风险隐患627个 after 民生事项898个 is another object, no pair',
    check: doneVsPlanned,
    seed: SEED.summary,
    figures: [{ written: '重点任务1163项' }, { written: '民生事项898个' }, { written: '化解风险隐患627个' }],
    expect: null,
  },
  {
    name: 'magnitude: 44984万名党员 in a district of 162万 people',
    check: plausibleMagnitude,
    seed: SEED.jinshui,
    figures: [
      { written: '162万金水人', label: '金水人', unit: '人', nth: 1 },
      { written: '2041个基层党组织' },
      { written: '44984万名党员', label: '党员' },
    ],
    expect: { figure: '44984万名党员', verdict: 'implausible' },
  },
  {
    name: 'magnitude: 62.8万多名党员 in Zhengzhou is plausible',
    check: plausibleMagnitude,
    seed: SEED.summary,
    figures: [{ written: '62.8万多名党员', label: '党员', subject: '郑州市' }],
    expect: null,
  },
  {
    name: 'magnitude: 21.7万名网格员 is plausible',
    check: plausibleMagnitude,
    seed: SEED.summary,
    figures: [{ written: '21.7万名网格员', label: '网格员' }],
    expect: null,
  },
  {
    name: 'magnitude: a flow of visitors (planted 接待游客14.2亿人) is bounded by no population',
    check: plausibleMagnitude,
    seed: SEED.jinshui,
    plant: ['发动各类志愿者14.2万人次', '接待游客14.2亿人'],
    figures: [{ written: '162万金水人', label: '金水人', unit: '人' }, { written: '游客14.2亿人', label: '接待游客', subject: '金水区' }],
    expect: null,
  },
  {
    name: 'magnitude: planted 金水区常住居民1620万人 in a district of 162万 people',
    check: plausibleMagnitude,
    seed: SEED.jinshui,
    plant: ['新增就业35542人', '金水区常住居民1620万人'],
    figures: [{ written: '162万金水人', label: '金水人', unit: '人' }, { written: '居民1620万人', label: '常住居民', subject: '金水区' }],
    expect: { figure: '居民1620万人', verdict: 'implausible' },
  },
  {
    name: 'garbled: 分别高出全国、全省 with one figure',
    check: garbledStatement,
    seed: SEED.threeStandards,
    figures: [{ written: '处理率65%' }, { written: '34.28个百分点' }],
    expect: { figure: '34.28个百分点', verdict: 'inconsistent' },
  },
  {
    name: 'garbled: 分别跃升至第22位、第11位 gives a figure per item',
    check: garbledStatement,
    seed: SEED.jinshui,
    figures: [
      { written: '4个位次' },
      { written: '22位', kind: 'rank', unit: '位' },
      { written: '11位', kind: 'rank', unit: '位' },
    ],
    expect: null,
  },
  {
    // c25-04-jinanqu's list of projects by name after 分别是：, then (invented here) their count.
    name: 'garbled: 分别是： names the things, then their count, no values',
    check: garbledStatement,
    seed: SEED.jinshui,
    plant: ['新增就业35542人', '省重点项目分别是:福州科技馆新馆、福储益凤物流产业中心、福德智慧教育园区等9项'],
    figures: [{ written: '等9项' }],
    expect: null,
  },
];

describe('checks within one page', () => {
  it.each(rows)('$name', (row) => {
    const text = row.plant ? plant(S(row.seed), row.plant[0], row.plant[1]) : S(row.seed);
    const { results, ids } = runOn(row.check, text, row.figures);
    if (row.expect === null) {
      expect(results).toEqual([]);
      return;
    }
    const about = results.filter((r) => ids.get(r.figureId) === row.expect!.figure);
    expect(about.map((r) => r.verdict)).toEqual([row.expect.verdict]);
    const result = about[0]!;
    expect(result.check).toBe(row.check.id);
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      if (e.source.origin === 'page') expect(text).toContain(e.quote.replace(/^…|…$/g, ''));
    }
    expect(result.message_zh.length).toBeGreaterThan(0);
    expect(result.message_en.length).toBeGreaterThan(0);
  });

  it('names the likely intended figure for 44984万名党员', () => {
    const { results } = runOn(plausibleMagnitude, S(SEED.jinshui), [
      { written: '162万金水人', label: '金水人', unit: '人' },
      { written: '44984万名党员', label: '党员' },
    ]);
    expect(results[0]?.message_en).toContain('44,984');
    expect(results[0]?.evidence.map((e) => e.source.origin)).toEqual(['page', 'bounds', 'page']);
  });
});
