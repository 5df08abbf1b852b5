// Tables of one cell per line: how a page's <table> reads once every cell is a block, and how
// saved copies keep it (a `|` after each cell). The rows are the first of a real table
// (test/corpus/articles/k5-03-jiangmen.txt, 江门市 2024-2025年全市基础教育情况表).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { gridsOf } from '../../lib/extract/grid';
import { collectArticleText } from '../../lib/page/article-text';

const ROWS = [
  ['类别', '学校数', '班级数', '学生与专任教师比'],
  ['学前教育', '650', '4318', '13.86'],
  ['小学', '334', '8697', '19.57'],
  ['普通高中', '56', '12.83'],
  ['总计', '1212', '18670', '16.20'],
];

function tableText(): string {
  const html = `<table>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const { document } = parseHTML(`<!doctype html><html><body><p>全市基础教育情况如下：</p>${html}</body></html>`);
  return collectArticleText(document.body as unknown as Element).text;
}

describe('tables of one cell per line', () => {
  it('reads the header, the rows and the placeholder-free cells of a page table', () => {
    const [grid, ...more] = gridsOf(tableText());
    expect(more).toEqual([]);
    expect(grid!.columns).toEqual(['学校数', '班级数', '学生与专任教师比']);
    expect(grid!.rows.map((r) => [r.label, r.aligned])).toEqual([
      ['学前教育', true],
      ['小学', true],
      ['普通高中', false],
      ['总计', true],
    ]);
  });

  it('names each cell by its row and column, and a column of 比 holds ratios', () => {
    const figures = extractFigures(tableText());
    expect(figures.map((f) => [f.text, f.label, f.kind])).toContainEqual(['4318', '学前教育班级数', 'count']);
    expect(figures.map((f) => [f.text, f.label, f.kind])).toContainEqual(['16.20', '总计学生与专任教师比', 'ratio']);
    // The row that cannot be aligned gives no cells: its numbers are not read as figures.
    expect(figures.some((f) => f.text === '56')).toBe(false);
  });

  it('reads the same table from a saved copy with a | after each cell', () => {
    const copy = ROWS.flat().map((c) => `${c} |`).join('\n');
    expect(gridsOf(copy)[0]!.columns).toEqual(['学校数', '班级数', '学生与专任教师比']);
  });

  it('aligns the one row that lacks a cell by the column the total row\'s sums leave out', () => {
    // The real table's 普通高中 row has no 教职工数 (`初中、高中为合计数`: the 初中 cell holds both):
    // with the gap there, every other column of amounts adds up to its 总计.
    const copy = readFileSync('test/corpus/articles/k5-03-jiangmen.txt', 'utf8');
    const high = gridsOf(copy)[0]!.rows.find((r) => r.label === '普通高中')!;
    expect([high.aligned, high.gap]).toEqual([true, 3]);
    expect(high.cells.map((c) => (c ? copy.slice(c.start, c.end) : null))).toEqual(['56', '1853', '89750', null, '6996', '12.83']);
  });

  it('reads a copy that keeps a whole row on one line, its cells between `|`s', () => {
    // A real table (上海市为民办实事项目完成情况): numbered rows, and rows that continue a number's project.
    const copy = readFileSync('test/corpus/articles/c11-04-shanghai.txt', 'utf8');
    const [grid] = gridsOf(copy);
    expect(grid!.columns).toEqual(['完成情况', '占全年计划']);
    expect(grid!.rows.map((r) => r.label).slice(0, 2)).toEqual(['新增4000张养老床位', '新增800张困难重度残疾人养护床位']);
    const figures = extractFigures(copy);
    expect(figures.map((f) => [f.text, f.label])).toContainEqual(['4385', '新增4000张养老床位完成情况']);
  });

  it('reads an empty cell of a row on one line as a blank, so that the row aligns (`| 总户数 | 户 | 64933 | |`)', () => {
    // 阿左旗 2019 统计公报, 表1 (test/corpus/articles/k48-01-alashanzuoqi.txt): households have no share of the population.
    const text = readFileSync('test/corpus/articles/k48-01-alashanzuoqi.txt', 'utf8');
    const [grid] = gridsOf(text.slice(text.indexOf('| 表1')));
    expect(grid!.columns).toEqual(['年末数', '比重(%)']);
    expect(grid!.rows.slice(0, 3).map((r) => [r.label, r.aligned, r.cells.map((c) => (c ? 'cell' : null))])).toEqual([
      ['总户数', true, ['cell', null]],
      ['户籍总人口', true, ['cell', 'cell']],
      ['其中: 城镇', true, ['cell', 'cell']],
    ]);
  });

  it('reads a doubled dash (`--`) as a placeholder, as it reads one dash', () => {
    // 汾西 2021 统计公报 (test/corpus/articles/k59-01-fenxi.txt): `全县人口 | 98509 | -- |` has no share of itself.
    const text = readFileSync('test/corpus/articles/k59-01-fenxi.txt', 'utf8');
    const [grid] = gridsOf(text.slice(text.indexOf('指 标 |')));
    expect(grid!.columns).toEqual(['年末人数(人)', '比重(%)']);
    expect(grid!.rows.map((r) => [r.label, r.aligned, r.cells.map((c) => (c ? 'cell' : null))])).toEqual([
      ['全县人口', true, ['cell', null]],
      ['其中:城镇', true, ['cell', 'cell']],
      ['乡村', true, ['cell', 'cell']],
      ['其中:男性', true, ['cell', 'cell']],
      ['女性', true, ['cell', 'cell']],
    ]);
  });

  it('reads no blank in a row a numbered table leaves unnumbered: the copy shifted its cells left (`全 市 | 107.5 | 122.14 | 106.73 | |`)', () => {
    // 中卫 population table (test/corpus/articles/k34-01-zhongwei.txt): 人口排名, then 全市 without a rank.
    const [grid] = gridsOf(readFileSync('test/corpus/articles/k34-01-zhongwei.txt', 'utf8'));
    expect(grid!.columns).toEqual(['2021年常住人口', '2021年戶籍人口', '2020年七普常住人口']);
    expect(grid!.rows.map((r) => [r.label, r.aligned])).toEqual([
      ['全 市', true],
      ['沙坡頭區', true],
      ['海原縣', true],
      ['中寧縣', true],
    ]);
  });

  it('reads a copy that keeps each `|` on a line of its own, with header cells wrapped over lines', () => {
    // A real yearbook table.
    const copy = readFileSync('test/corpus/articles/k10-03-nanjing.txt', 'utf8');
    const [grid] = gridsOf(copy);
    expect(grid!.columns).toEqual(['机构数(个)', '实有床位数(张)', '卫生人员数(人)', '#卫生技术人员', '#执业(助理)医师']);
    const figures = extractFigures(copy);
    expect(figures.map((f) => [f.text, f.unit, f.label])).toContainEqual(['57455', '张', '全 市实有床位数']);
    // A `#` column without a unit of its own counts what the column it is part of counts.
    expect(figures.map((f) => [f.text, f.unit])).toContainEqual(['69786', '人']);
  });

  it('leaves out a first column that numbers the rows (序号) and the row numbers', () => {
    // A real table of complaints by prefecture (test/corpus/articles/c14-07-yunnan.txt).
    const [grid] = gridsOf(readFileSync('test/corpus/articles/c14-07-yunnan.txt', 'utf8'));
    expect(grid!.columns).toEqual(['总计', '来电', '来信']);
    expect(grid!.rows.map((r) => r.label).slice(0, 3)).toEqual(['昆明市', '玉溪市', '红河州']);
    expect(grid!.rows.at(-1)!.label).toBe('合计');
  });

  it('reads rows that write 其中 out (其中:城镇) as it reads rows marked #', () => {
    // 景德镇 2021 统计公报, 表1 (test/corpus/articles/k15-02-jingdezhen.txt).
    const text = readFileSync(new URL('../corpus/articles/k15-02-jingdezhen.txt', import.meta.url), 'utf8');
    const table = text.slice(text.indexOf('指 标 |'));
    expect(gridsOf(table)[0]!.rows.map((r) => r.label)).toEqual(['全市常住人口', '其中:城镇', '乡村', '其中:男性', '女性']);
    expect(extractFigures(table).map((f) => [f.text, f.value, f.unit])).toContainEqual(['106.85', 1068500, '人']);
  });

  it('gives a table’s bare cells the unit the sentence above gives every one of its columns in (共计…件,来电…件,来信…件)', () => {
    // c14-07-yunnan: `共计1190件交办件,其中来电举报958件,来信举报232件` above `州市 | 总计 | 来电 | 来信`; 昆明市 475 = 422 + 53.
    const figures = extractFigures(readFileSync('test/corpus/articles/c14-07-yunnan.txt', 'utf8'));
    expect(figures.filter((f) => f.label?.startsWith('昆明市')).map((f) => [f.text, f.unit, f.kind])).toEqual([
      ['475', '件', 'count'],
      ['422', '件', 'count'],
      ['53', '件', 'count'],
    ]);
  });

  it('leaves a table’s cells bare when the sentence above does not name every column', () => {
    const text = '全市共计1190件,其中来电958件。\n州市 |\n总计 |\n来电 |\n来信 |\n昆明市 |\n475 |\n422 |\n53 |\n玉溪市 |\n46 |\n33 |\n13 |\n';
    expect(extractFigures(text).filter((f) => f.label?.startsWith('昆明市')).map((f) => f.unit)).toEqual([null, null, null]);
  });

  it('reads a yearbook table past its numbered section headings, in the units its row labels give (总人口(万人), then 男, 女)', () => {
    // k41-01-ningde: 宁德 人口普查人口基本情况, columns 1990年 | 2000年 | 2010年; `总人口(万人)` 286.02 is 2860200 people, and the rows
    // `男`, `女` under it are in 万人 too; `性别比` is a ratio in no unit; `二、城乡人口(万人)` heads rows that give no unit.
    const text = readFileSync('test/corpus/articles/k41-01-ningde.txt', 'utf8');
    const [grid] = gridsOf(text);
    expect(grid!.columns).toEqual(['1990年', '2000年', '2010年']);
    expect(grid!.rows.map((r) => r.label)).toContain('城镇人口');
    const first = (label: string) => extractFigures(text).find((f) => f.label === `${label}1990年`);
    expect([first('总人口(万人)'), first('男'), first('性别比'), first('城镇人口')].map((f) => [f?.value, f?.unit])).toEqual([
      [2860200, '人'],
      [1537500, '人'],
      [116.24, null],
      [333500, '人'],
    ]);
  });

  it('ends a table at a label line that is neither a section heading nor a row (眉山天府新区 with no cells)', () => {
    const text = '地区 |\n目标 |\n进度 |\n全市 |\n27800 |\n52242 |\n市本级 |\n60 |\n577 |\n眉山天府新区 |\n东坡区 |\n8000 |\n22921 |\n';
    expect(gridsOf(text).map((g) => g.rows.map((r) => r.label))).toEqual([['全市', '市本级']]);
  });

  it('reads a yearbook’s list of indicators under 指标, one value each, in the units its section headings give (人口(万人), 国民经济核算(亿元))', () => {
    // k49-01-heilongjiang: `总人口` 3171.0 is 31710000 people; `地区生产总值` 13698.5 is 1369850000000 元; `第三产业` 6776.7 takes no
    // unit from the next line's label (`人均地区生产总值(元)`).
    const text = readFileSync('test/corpus/articles/k49-01-heilongjiang.txt', 'utf8');
    const figure = (label: string) => extractFigures(text).find((f) => f.label === label);
    expect([figure('总人口'), figure('地区生产总值'), figure('第三产业'), figure('人均地区生产总值(元)')].map((f) => [f?.text, f?.value, f?.unit])).toEqual([
      ['3171.0', 31710000, '人'],
      ['13698.5', 1369850000000, '元'],
      ['6776.7', 677670000000, '元'],
      ['42635', 42635, '元'],
    ]);
    // Without the corner `指标`, a list of labels and single values is no table.
    expect(gridsOf('人口(万人)\n总人口\n3171.0\n男性人口\n1588.2\n女性人口\n1582.8\n')).toEqual([]);
  });

  it('reads a table whose cells spaces set apart, under its header, in the unit its 单位 line gives', () => {
    // k113-01-nanchangxian: `指  标 年末数 比重%`, then `其中:城镇户籍人口 359316 33.5` … under `单位:人`.
    const text = readFileSync('test/corpus/articles/k113-01-nanchangxian.txt', 'utf8');
    const [grid, ...more] = gridsOf(text);
    expect(more).toEqual([]);
    expect(grid!.columns).toEqual(['年末数', '比重%']);
    expect(grid!.rows.map((r) => r.label)).toEqual(['全县总户籍人口', '其中:城镇户籍人口', '乡村户籍人口', '未落户人口', '其中:男性', '女性', '其中:0-17岁', '18-34岁', '35-59岁', '60岁及以上']);
    const cell = extractFigures(text).find((f) => f.text === '359316');
    expect([cell?.kind, cell?.unit, cell?.value]).toEqual(['count', '人', 359316]);
    // Rows without the header above them are lines of prose, and so is a header with no row under it.
    expect(gridsOf('全县总户籍人口 1073014 100.0\n乡村户籍人口 713698 66.5\n')).toEqual([]);
    expect(gridsOf('指标 年末数 比重\n全年出生人口8643人。\n')).toEqual([]);
  });

  it('reads a spaced header with no corner, a name set apart to the width of three (全  市), and headings between its rows', () => {
    // k120-01-huzhou: `全  市 吴兴区 南浔区 德清县 长兴县 安吉县 △市区`, then `一、农村经济总收入 42747505 …`, `(一)按经营形式划分`, `1.乡(镇)企业收入 …`.
    const [grid] = gridsOf(readFileSync('test/corpus/articles/k120-01-huzhou.txt', 'utf8'));
    expect(grid!.columns).toEqual(['全市', '吴兴区', '南浔区', '德清县', '长兴县', '安吉县', '△市区']);
    expect(grid!.rows.map((r) => r.label).slice(0, 4)).toEqual(['一、农村经济总收入', '#出售产品收入', '1.乡(镇)企业收入', '2.村组集体经营收入']);
    expect(grid!.rows.every((r) => r.aligned)).toBe(true);
    expect(grid!.rows.length).toBeGreaterThan(20);
  });

  it('leaves out a column of words after the values (案件主要类型), its name and its cells', () => {
    // c78-02-jiangmen: `案件类别 | 7月(宗) | 6月(宗) | 增/减(宗) | 结案数(宗) | 结案率(%) | 案件主要类型 |`, rows ending `| 生活垃圾…等 |`.
    const text = readFileSync('test/corpus/articles/c78-02-jiangmen.txt', 'utf8').split('\n').slice(22, 30).join('\n');
    const [grid] = gridsOf(text);
    expect(grid!.columns).toEqual(['7月(宗)', '6月(宗)', '增/减(宗)', '结案数(宗)', '结案率(%)']);
    expect(grid!.rows.map((r) => [r.label, r.aligned])).toEqual([
      ['市容环境', true],
      ['宣传广告', true],
      ['施工管理', true],
      ['突发事件', true],
      ['街面秩序', true],
    ]);
  });

  it('reads a header of years as the columns’ names (| 项目 | 2008 | 2009 | … |, and 2014 / 2013 one per line)', () => {
    // k103-01-fujian: `| 项目 | 2008 | 2009 | 2010 | 2011 | 2012 |`, then `| 农村总户数(万户) | 693.53 | …`.
    const fujian = readFileSync('test/corpus/articles/k103-01-fujian.txt', 'utf8');
    expect(gridsOf(fujian)[0]!.columns).toEqual(['2008', '2009', '2010', '2011', '2012']);
    const households = extractFigures(fujian).find((f) => f.text === '718.47');
    expect([households?.value, households?.unit]).toEqual([7184700, '户']);
    // k76-01-nanjing: `2014` / `2013` / `2014年为上年%` one per line, then `总户数(户)` / `2216019` / `2180380` / `101.6`.
    const [nanjing] = gridsOf(readFileSync('test/corpus/articles/k76-01-nanjing.txt', 'utf8'));
    expect(nanjing!.columns).toEqual(['2014', '2013', '2014年为上年%']);
    // A breakdown's heading within the table (`按性别分:`) heads its rows; the table goes on.
    expect(nanjing!.rows.map((r) => r.label).slice(0, 4)).toEqual(['总户数(户)', '总人口(人)', '男(人)', '女(人)']);
    // Years that are no run one apart stay values (`| 项目 | 2008 | 2012 |`).
    expect(gridsOf('| 项目 | 2008 | 2012 |\n| 户数 | 693 | 718 |\n| 人口 | 2300 | 2400 |\n')).toEqual([]);
  });

  it('finds no table in prose or in a list of short lines without numbers', () => {
    expect(gridsOf('全市共有学校1212所。\n其中小学334所。\n')).toEqual([]);
    expect(gridsOf('一是\n二是\n三是\n四是\n')).toEqual([]);
  });
});
