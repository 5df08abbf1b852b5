// Changes, percentage points, averages and structure proportions on real lines of the corpus
// (test/corpus/articles, tuning part), with the expected arithmetic done by hand in each row's
// comment. A row with `plant` changes the line first and must then be flagged.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { checkRow, lines, resultsOn, type Row } from './corpus-rows';

const rows: Row[] = [
  {
    // `共受理信訪舉報461件,受理量與去年同期相比增加245件,同比增長123.8%`: what changed named again before the period
    // compared with; last year 461 − 245 = 216, and 245 / 216 = 113.4 %, not 123.8 % (a real inconsistency).
    name: 'a change whose clause names what changed again (受理量與去年同期相比增加245件) gives its rate: 123.8% is flagged',
    check: 'growth-vs-values',
    text: () => lines('c62-02-lincang', '共受理信訪舉報461件'),
    expect: { figure: '同比增長123.8%', verdict: 'inconsistent', names: ['461件', '245件'] },
  },
  {
    // `糧食作物單產(chǎn)386.1公斤/畝,比上年增加0.5公斤,增長0.1%`: a value per 畝 and its change; 0.5 / 385.6 = 0.13 % → 0.1 %.
    // Planted: 0.1 → 0.9.
    name: 'planted: a change after a value per unit (公斤/畝,比上年增加0.5公斤) gives its rate',
    check: 'growth-vs-values',
    text: () => lines('k36-01-guangdong', '386.1公斤/畝'),
    plant: ['增長0.1%', '增長0.9%'],
    expect: { figure: '增長0.9%', verdict: 'inconsistent', names: ['386.1公斤', '0.5公斤'] },
  },
  {
    // The three stages' satisfaction 78.6 %, 88.9 %, 92.4 %: third − second = 92.4 − 88.9 = 3.5.
    name: 'ordinal items after 分别: 第三阶段 比第二阶段提高了3.5个百分点',
    check: 'growth-vs-values',
    text: () => lines('k3-04-guangan', '三个阶段的满意度'),
    expect: { figure: '提高了3.5个百分点', verdict: 'consistent', names: ['92.4%', '88.9%'] },
  },
  {
    // Third − first = 92.4 − 78.6 = 13.8; the second change shares the subject 第三阶段.
    name: 'ordinal items after 分别: a second 比第一阶段 in the same clause list keeps its subject',
    check: 'growth-vs-values',
    text: () => lines('k3-04-guangan', '三个阶段的满意度'),
    expect: { figure: '提高了13.8个百分点', verdict: 'consistent', names: ['92.4%', '78.6%'] },
  },
  {
    // Planted: 92.4 − 78.6 = 13.8, not 15.8.
    name: 'planted: 比第一阶段提高了15.8个百分点 is inconsistent',
    check: 'growth-vs-values',
    text: () => lines('k3-04-guangan', '三个阶段的满意度'),
    plant: ['13.8个百分点', '15.8个百分点'],
    expect: { figure: '提高了15.8个百分点', verdict: 'inconsistent', names: ['92.4%', '78.6%'] },
  },
  {
    // 20 deaths, 8 fewer than last year (the next sentence restates 死亡20人): 8 ÷ (20 + 8) = 28.57 % → 28.6 %.
    name: 'a rate whose change the next sentence gives where it restates the value: 同比下降28.6%',
    check: 'growth-vs-values',
    text: () => lines('k3-02-chongqing', '同比下降28.6%', '与去年相比减少了8人'),
    expect: { figure: '同比下降28.6%', verdict: 'consistent', names: ['减少了8人', '20人', '28.57%'] },
  },
  {
    // Planted: 8 ÷ 28 = 28.57 %, not 31.5 %.
    name: 'planted: 同比下降31.5% against 减少了8人 of 20 is inconsistent',
    check: 'growth-vs-values',
    text: () => lines('k3-02-chongqing', '同比下降28.6%', '与去年相比减少了8人'),
    plant: ['28.6%', '31.5%'],
    expect: { figure: '同比下降31.5%', verdict: 'inconsistent', names: ['减少了8人', '28.57%'] },
  },
  {
    // 第一产业 6.4亿 of 生产总值 44.66亿 = 14.33 %: the later structure of `由…调整为14.33:46.3439.33`.
    name: 'structure after 调整为, a colon dropped in print (46.3439.33): 14.33 is 6.4 ÷ 44.66',
    check: 'share-of-total',
    text: () => lines('k1-07-tianzhu', '调整为14.33'),
    expect: { figure: '14.33', verdict: 'consistent', names: ['6.4亿元', '44.66亿元'] },
  },
  {
    // 20.69 ÷ 44.66 = 46.33 %, written 46.34 (20.695 ÷ 44.655 = 46.344 %, within written precision):
    // the glued `46.3439.33` is read as 46.34 and 39.33, two decimals like 14.33 (and 14.33 + 46.34 + 39.33 = 100.00).
    name: 'structure: the glued term is read as two terms, 46.34 for 第二产业',
    check: 'share-of-total',
    text: () => lines('k1-07-tianzhu', '调整为14.33'),
    expect: { figure: '46.34', verdict: 'consistent', names: ['20.69亿元', '44.66亿元'] },
  },
  {
    // 14.33 − 13.88 = 0.45; 53.06 − 46.34 = 6.72; 39.33 − 33.06 = 6.27.
    name: 'structure change: 第一产业比重提高0.45个百分点 is the later term less the earlier',
    check: 'growth-vs-values',
    text: () => lines('k1-07-tianzhu', '调整为14.33'),
    expect: { figure: '第一产业比重提高0.45个百分点', verdict: 'consistent', names: ['14.33', '13.88'] },
  },
  {
    name: 'structure change: 第二产业比重下降6.72个百分点 from the glued term',
    check: 'growth-vs-values',
    text: () => lines('k1-07-tianzhu', '调整为14.33'),
    expect: { figure: '第二产业比重下降6.72个百分点', verdict: 'consistent', names: ['53.06', '46.34'] },
  },
  {
    // Planted: 39.33 − 33.06 = 6.27, not 6.72.
    name: 'planted: 第三产业比重提高6.72个百分点 is inconsistent',
    check: 'growth-vs-values',
    text: () => lines('k1-07-tianzhu', '调整为14.33'),
    plant: ['第三产业比重提高6.27', '第三产业比重提高6.72'],
    expect: { figure: '第三产业比重提高6.72个百分点', verdict: 'inconsistent', names: ['39.33', '33.06'] },
  },
  {
    // 总资产: 64,039,331,350.17 ÷ 65,347,776,653.12 − 1 = −2.0023 % → −2.00 (this period first, per the header).
    name: 'a comparison table row under 增减(%): 总资产 … -2.00 is the change from last year-end',
    check: 'growth-vs-values',
    text: () => lines('k1-06-shimao', '单位:元 币种:人民币', '股)'),
    expect: { figure: '-2.00', verdict: 'consistent', names: ['64,039,331,350.17', '65,347,776,653.12', '-2.002%'] },
  },
  {
    // Planted: −2.00 % is the change; −2.20 % is not.
    name: 'planted: 总资产 … -2.20 is inconsistent',
    check: 'growth-vs-values',
    text: () => lines('k1-06-shimao', '单位:元 币种:人民币', '股)'),
    plant: [' -2.00', ' -2.20'],
    expect: { figure: '-2.20', verdict: 'inconsistent', names: ['64,039,331,350.17', '65,347,776,653.12'] },
  },
  {
    // 加权平均净资产收益率(%): 6.90 − 5.60 = 1.30 points.
    name: 'a table row in per cent with its change in points: 6.90 5.60 增加1.30个百分点',
    check: 'growth-vs-values',
    text: () => lines('k1-06-shimao', '单位:元 币种:人民币', '股)'),
    expect: { figure: '增加1.30个百分点', verdict: 'consistent', names: ['6.90', '5.60'] },
  },
  {
    // Planted: 6.90 − 5.60 = 1.30, not 1.03.
    name: 'planted: 6.90 5.60 增加1.03个百分点 is inconsistent',
    check: 'growth-vs-values',
    text: () => lines('k1-06-shimao', '单位:元 币种:人民币', '股)'),
    plant: ['增加1.30个百分点', '增加1.03个百分点'],
    expect: { figure: '增加1.03个百分点', verdict: 'inconsistent', names: ['6.90', '5.60'] },
  },
  {
    // Without the 增减(%) header nothing says the third column is a change (it may be a third period).
    name: 'a table row under no change header is no relation',
    check: 'growth-vs-values',
    text: () => lines('k1-06-shimao', '单位:元 币种:人民币', '股)').replace(/增减\(%\)/g, '').replace(/增\n上年同期\n\(1-6月\) 减\(%\)/, '上年同期'),
    expect: null,
  },
  {
    // 春季(3月~5月): (−10.7 + 2.0 + 14.4) ÷ 3 = 1.90 ℃ (by days, 31/30/31: 1.899 ℃).
    name: 'a season\'s mean temperature is the mean of its months\': 春季(3月~5月) 平均气温为1.9℃',
    check: 'average-vs-total',
    text: () => lines('k2-05-heilongjiang', '春季(3月~5月)'),
    expect: { figure: '平均气温为1.9℃', verdict: 'consistent', names: ['-10.7℃', '14.4℃', '1.90℃'] },
  },
  {
    // Planted: the months give 1.9 ℃, not 2.1 ℃.
    name: 'planted: 春季 平均气温为2.1℃ is inconsistent with its months',
    check: 'average-vs-total',
    text: () => lines('k2-05-heilongjiang', '春季(3月~5月)'),
    plant: ['平均气温为1.9℃', '平均气温为2.1℃'],
    expect: { figure: '平均气温为2.1℃', verdict: 'inconsistent', names: ['-10.7℃', '14.4℃'] },
  },
  {
    // Departures: (−3.3 − 2.6 + 2.4) ÷ 3 = −1.17 ℃, written 较历年同期低1.2℃.
    name: 'a season\'s departure from normal is the mean of its months\': 较历年同期低1.2℃',
    check: 'average-vs-total',
    text: () => lines('k2-05-heilongjiang', '春季(3月~5月)'),
    expect: { figure: '较历年同期低1.2℃', verdict: 'consistent', names: ['低3.3℃', '高2.4℃'] },
  },
  {
    // Planted: −1.17 ℃ is not 低1.5℃.
    name: 'planted: 较历年同期低1.5℃ is inconsistent with the months\' departures',
    check: 'average-vs-total',
    text: () => lines('k2-05-heilongjiang', '春季(3月~5月)'),
    plant: ['较历年同期低1.2℃', '较历年同期低1.5℃'],
    expect: { figure: '较历年同期低1.5℃', verdict: 'inconsistent', names: ['低3.3℃', '高2.4℃'] },
  },
  {
    // A span's precipitation is the months' sum, not their mean: no average of 97.5毫米.
    name: 'a span\'s amount (平均降水量, 毫米) is not read as a mean of its months',
    check: 'average-vs-total',
    text: () => lines('k2-05-heilongjiang', '春季(3月~5月)').replace(/全市平均气温为1\.9℃,较历年同期低1\.2℃。/, ''),
    expect: null,
  },
  {
    // 113.47亿 ÷ ((28.2万 + 28.1万) ÷ 2) = 113.47亿 ÷ 28.15万 = 40309元 (over the year-end 28.2万 alone: 40238元).
    name: 'output per head over the year\'s average population: 人均生产总值为40309元',
    check: 'average-vs-total',
    text: () => lines('k4-01-huangnan', '全年全州生产总值', '年末全州常住人口'),
    expect: { figure: '人均生产总值为40309元', verdict: 'consistent', names: ['113.47亿元', '28.2万人', '0.1万人'] },
  },
  {
    // Planted: 113.47亿 ÷ 28.15万 = 40309元, not 44340元.
    name: 'planted: 人均生产总值为44340元 is inconsistent',
    check: 'average-vs-total',
    text: () => lines('k4-01-huangnan', '全年全州生产总值', '年末全州常住人口'),
    plant: ['40309元', '44340元'],
    expect: { figure: '人均生产总值为44340元', verdict: 'inconsistent', names: ['113.47亿元', '28.2万人'] },
  },
  {
    // Without the year's change the average population is not known: no relation.
    name: 'output per head with a year-end population and no change: no relation',
    check: 'average-vs-total',
    text: () => lines('k4-01-huangnan', '全年全州生产总值', '年末全州常住人口').replace(',比上年末增加0.1万人', ''),
    expect: null,
  },
  {
    // 由上年的29:24.8:46.2调整为28.3:22.4:49.3: this year's 第一产业 32.08亿 ÷ 113.47亿 = 28.27 %, the later term;
    // the earlier 29 is last year's and is not compared with this year's values.
    name: 'structure 由上年的…调整为…: only the later structure is this year\'s shares',
    check: 'share-of-total',
    text: () => lines('k4-01-huangnan', '全年全州生产总值'),
    expect: { figure: '28.3', verdict: 'consistent', names: ['32.08亿元', '113.47亿元'] },
  },
];

describe('changes, points and averages on real corpus lines', () => {
  it.each(rows)('$name', checkRow);
});

describe('a comparison table row whose values are too coarse for its change', () => {
  const table = () => lines('k1-06-shimao', '单位:元 币种:人民币', '股)');

  it('reads the row\'s values in the unit its label gives over two lines: 基本每股收益(元/ 股)', () => {
    const text = table();
    const eps = extractFigures(text).filter((f) => f.sentence.start === text.indexOf('基本每股收益'));
    expect(eps.map((f) => [f.value, f.unit])).toEqual([
      [0.52, '元/股'],
      [0.38, '元/股'],
      [36.84, '%'],
    ]);
  });

  it('does not check 0.52 0.38 36.84: rounding alone allows 33.8 %–40.0 % (0.515 ÷ 0.385 to 0.525 ÷ 0.375)', async () => {
    const results = await resultsOn(table(), 'growth-vs-values');
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.evidence.some((e) => e.figureText === '36.84'))).toEqual([]);
  });
});

describe('an earlier structure is not this year\'s shares', () => {
  // 由2014年的13.88:53.06:33.06: last year's terms; this year's 第一产业 6.4亿 ÷ 44.66亿 = 14.33 % is not
  // 13.88 %, and comparing them would be a false alarm.
  it('pairs no value with a structure after 由 whose later one the text does not give', async () => {
    const text = lines('k1-07-tianzhu', '调整为14.33').replace('调整为14.33:46.3439.33', '有所调整');
    expect(text).toContain('13.88:53.06:33.06有所调整');
    const results = await resultsOn(text, 'share-of-total');
    expect(results.filter((r) => r.evidence.some((e) => e.figureText?.endsWith('13.88')))).toEqual([]);
  });

  it('pairs no value with the earlier of 由…调整为…', async () => {
    const results = await resultsOn(lines('k1-07-tianzhu', '调整为14.33'), 'share-of-total');
    expect(results.some((r) => r.evidence.some((e) => e.figureText?.endsWith('14.33')))).toBe(true);
    expect(results.filter((r) => r.evidence.some((e) => e.figureText?.endsWith('13.88')))).toEqual([]);
  });
});

describe('a proportion with a colon dropped in print', () => {
  const line = () => lines('k1-07-tianzhu', '调整为14.33');

  it('reads 46.3439.33 as 46.34 and 39.33 when the run\'s other terms have two decimals', () => {
    const ratios = extractFigures(line()).filter((f) => f.kind === 'ratio');
    expect(ratios.map((f) => f.value)).toEqual([13.88, 53.06, 33.06, 14.33, 46.34, 39.33]);
  });

  it('reads no term of a run whose decimals do not tell where the glued term splits', () => {
    const text = line().replace('14.33:46.3439.33', '14.3:46.3439.33');
    expect(text).toContain('14.3:46.3439.33');
    const ratios = extractFigures(text).filter((f) => f.kind === 'ratio');
    expect(ratios.map((f) => f.value)).toEqual([13.88, 53.06, 33.06]);
  });
});
