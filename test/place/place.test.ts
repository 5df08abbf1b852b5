// Place, body and period (lib/place/), on real words of the seeds and the corpus; codes read off
// the division table by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePlace, describePeriod, figureScope, findPlaceMentions, periodOf, placeRelation, resolveMention, stageOf } from '../../lib/place';
import { handFigures, SEED, seedText } from '../compare/hand-figures';

const sources = (over: Partial<{ title: string; source: string; url: string }>) => ({ title: null, source: null, siteName: null, url: null, ...over });

describe('the article’s place', () => {
  it('a Zhengzhou city report and a Jinshui district report', () => {
    expect(articlePlace(seedText(SEED.october), sources({ title: '郑州实实在在抓好第二批主题教育', source: '郑州晚报' }))).toBe('410100');
    expect(articlePlace(seedText(SEED.jinshui), sources({ title: '金水区走好新时代赶考之路:以上率下学出新气象 学思践悟创造新辉煌', source: '郑州日报' }))).toBe('410105');
  });

  it('a government publisher names its own district, read within its city', () => {
    expect(articlePlace('现将9月份群众反映问题办理工作有关情况通报如下:四平新闻联播“随手拍”…四平吧…', sources({ source: '四平市铁西区人民政府' }))).toBe('220302');
  });

  it('a text that speaks of itself as often at two levels tells no level: 绵阳, not 四川 (c45-01: 走在全省发展前列…全市重点项目)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/c45-01-mianyang.txt'), 'utf8');
    expect(articlePlace(text, sources({ title: '绵阳市2013年重点项目圆满完成全年目标任务' }))).toBe('510700');
    // Where it speaks of itself as 全省 more often, the province still wins over the city its title names.
    expect(articlePlace(`${text}\n全省重点项目进展顺利。`, sources({ title: '绵阳市2013年重点项目圆满完成全年目标任务' }))).toBe('510000');
  });

  it('a county named without its suffix where a title opens: 双峰 is 双峰县', () => {
    expect(articlePlace('', sources({ title: '双峰:“三类清单”推动为民办实事见实效' }))).toBe('431321');
  });

  it('a county-level city’s government page is its own, however often it names its prefecture (高安市 of 宜春)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/k7-03-gaoan.txt'), 'utf8');
    expect(articlePlace(text, sources({ source: '高安市人民政府' }))).toBe('360983');
  });

  it('a page in traditional script: 麻章區 is 麻章区 (c15-04, a 湛江 district’s report)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/c15-04-mazhang.txt'), 'utf8');
    expect(findPlaceMentions(text)[0]!.candidates.map((d) => d.code)).toEqual(['440811']);
    expect(articlePlace(text, sources({}))).toBe('440811');
  });

  it('a report that speaks of its place as 该区, in traditional script: 集美區, not its city 廈門 (c26-03)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/c26-03-jimei.txt'), 'utf8');
    expect(articlePlace(text, sources({ title: '著名僑鄉(xiāng)廈門集美創(chuàng)新舉措為民眾“辦實(shí)事”' }))).toBe('350211');
  });

  it('a report that credits 市委、市政府 speaks of its city: 三亚, not the 海南省 whose platform passed it tickets (c37-01)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/c37-01-sanya.txt'), 'utf8');
    expect(articlePlace(text, sources({ source: '大琼网' }))).toBe('460200');
  });

  it('an autonomous prefecture’s bulletin that speaks of itself as 全州 is of the prefecture, not its province (k4-01: 黄南, not 青海)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/k4-01-huangnan.txt'), 'utf8');
    expect(articlePlace(text, sources({ url: 'https://tjgb.hongheiku.com/djs/48336.html' }))).toBe('632300');
  });

  it('an autonomous county is called by its first characters and 县 (k73-01: 民和县 is 民和回族土族自治县, not 安徽的和县)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/k73-01-minhe.txt'), 'utf8');
    expect(articlePlace(text, sources({ title: '民和县2023年国民经济和社会发展统计公报' }))).toBe('630222');
    expect(findPlaceMentions('民和县2023年').map((m) => m.candidates.map((d) => d.code))).toEqual([['630222']]);
  });

  it('a county’s bulletin that names no county, only its province and prefecture in a speech’s title, has no place it names (k87-01: 全县, 视察江西和赣州)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/k87-01-ganzhou.txt'), 'utf8');
    expect(articlePlace(text, sources({ url: 'https://tjgb.hongheiku.com/xjtjgb/xj2020/34698.html' }))).toBeNull();
    // The same words with the county named: that county.
    expect(articlePlace(`于都县${text}`, sources({ title: '于都县2021年国民经济和社会发展统计公报' }))).toBe('360731');
  });

  it('nothing that names a place: null', () => {
    expect(articlePlace('今年以来，各单位扎实推进各项工作。', sources({}))).toBeNull();
  });
});

describe('place mentions', () => {
  it('relative words open a word: 全市, 市委, 市城管局; 城市管理 names no place', () => {
    expect(findPlaceMentions('全市县处级以上领导班子').map((m) => m.relative)).toEqual(['city']);
    expect(findPlaceMentions('市委常委会班子').map((m) => m.relative)).toEqual(['city']);
    expect(findPlaceMentions('凝聚城市管理发展力量')).toEqual([]);
    expect(findPlaceMentions('《中国政府网网民留言》38件')).toEqual([]);
  });

  it('a province’s name opening a company’s (湖南能源, 山东高速) names no place (c27-03, a 宁夏 district’s projects)', () => {
    expect(findPlaceMentions('其中,湖南能源300万千瓦光伏复合发电项目')).toEqual([]);
    expect(findPlaceMentions('山东高速集团')).toEqual([]);
    expect(findPlaceMentions('湖南省能源局').map((m) => m.candidates.map((d) => d.code))).toEqual([['430000']]);
  });

  it('a name several places share is the one within the article’s province, else undecided', () => {
    const [gulou] = findPlaceMentions('鼓楼区');
    expect(gulou!.candidates.length).toBeGreaterThan(1);
    expect(resolveMention(gulou!, '350100')).toBe('350102');
    expect(resolveMention(gulou!, null)).toBeNull();
  });

  it('a district named by a common word (城区, 郊区) is a place only after its city', () => {
    // Words of a 宁海 article (test/corpus/articles/c14-08-ninghai.txt): its 城区 is the county's own
    // urban area, not 阳泉市城区 in 山西.
    const named = (t: string) => findPlaceMentions(t).map((m) => [t.slice(m.start, m.end), m.candidates.map((d) => d.code)]);
    expect(named('城区排水提质增效工程、中心城区停车位建设工程')).toEqual([]);
    expect(named('阳泉市城区')).toEqual([['阳泉市', ['140300']], ['城区', ['140302']]]);
  });

  it('places relate as the division table nests them', () => {
    expect(placeRelation('410105', '410100')).toEqual({ kind: 'within', inner: '410105', outer: '410100' });
    expect(placeRelation('410105', '410103')).toEqual({ kind: 'unrelated' });
    expect(placeRelation('410100', '410100')).toEqual({ kind: 'same' });
  });
});

describe('a figure’s body and period', () => {
  const october = seedText(SEED.october);
  it('全市县处级以上领导班子: the city, the county-level leadership groups', () => {
    const [f] = handFigures(october, [{ written: '中心组学习506场次', label: '中心组学习', subject: '目前全市县处级以上领导班子' }]);
    expect(figureScope(october, f!, '410100', '2023-10-15')).toEqual({ place: '410100', body: '县处级以上领导班子', period: null });
  });

  it('我市 of a county-level city is that city; a place things came from is no scope (丰城市, 接收宜春市…转来的)', () => {
    const text = '2025年5月,我市12345热线办共接收宜春市热线中心转来的市民工单3656件,较上期相比减少41件,环比下降1.11%。';
    const [f] = handFigures(text, [{ written: '环比下降1.11%', label: '环比下降', subject: '我市' }]);
    expect(figureScope(text, f!, '360981', null).place).toBe('360981');
    const [g] = handFigures('受理宜春下派工单1905件,同比下降6.02%。', [{ written: '工单1905件', label: '工单', subject: null }]);
    expect(figureScope('受理宜春下派工单1905件,同比下降6.02%。', g!, '360983', null).place).toBe('360983');
    // A county's report on what the province's inspection team handed over (新昌县, c19-06).
    const sent = '巡视反馈后,对省委巡视组转交的35件信访件,进行了认真梳理和集中办理,目前已全部办结,办结率100%。';
    const [h] = handFigures(sent, [{ written: '办结率100%', label: '办结率', subject: '省委巡视组' }]);
    expect(figureScope(sent, h!, '330624', null).place).toBe('330624');
    // A platform's name in 《》 (四平市's hotline report, c5-05): its province is not what the city's figures count.
    const platform = '《吉林省政务服务热线转办平台》2053件,办结1957件,还有96件正在办理。';
    const [k] = handFigures(platform, [{ written: '办结1957件', label: '办结', subject: null }]);
    expect(figureScope(platform, k!, '220300', null).place).toBe('220300');
    // A channel requests came by (衡东县's hotline report, k2-02): `省级12345热线` names no place the county's count is of.
    const channels = '受理非话务受理渠道(含省长信箱、书记市长信箱、国家政务服务平台、中国政府网、书记县长信箱、政协云、湘易办、省级12345热线、等渠道)各类诉求277件,办结272件。';
    const [c] = handFigures(channels, [{ written: '办结272件', label: '办结', subject: null }]);
    expect(figureScope(channels, c!, '430424', null).place).toBe('430424');
    // A province's event held in the city (郑州's seed 001): `全省` names whose event it is; what was signed there is the city's.
    const event = '10月15日,全省第十期“三个一批”项目建设中原科技城专场活动举行,现场集中签约重点项目51个、开工重点项目18个、投产重点项目6个,总投资579.6亿元;';
    const [e] = handFigures(event, [{ written: '总投资579.6亿元', label: '总投资', subject: null }]);
    expect(figureScope(event, e!, '410100', null).place).toBe('410100');
    // The province's own count stays the province's (`全省共签约…`).
    const own = '10月15日,全省共签约重点项目51个,总投资579.6亿元。';
    const [o] = handFigures(own, [{ written: '总投资579.6亿元', label: '总投资', subject: null }]);
    expect(figureScope(own, o!, '410100', null).place).toBe('410000');
    // A place in an aside closed before the figure is the aside's (安康's hotline report, c39-04): the month's answer rate is the city's.
    const aside = '6月份,12345热线共处理群众来电来信22361件(市长信箱406件、政务服务网76件、微信248件、省级下派47件),环比上月上升15.44%,接通20874件,接通率为93.35%。';
    const [a] = handFigures(aside, [{ written: '接通率为93.35%', label: '接通率', subject: null }]);
    expect(figureScope(aside, a!, '610900', null).place).toBe('610900');
    // A place in the names of the examples a count lists is no place the count is of (石家庄's key projects, c40-02).
    const examples = '河钢集团石家庄钢铁环保搬迁产品升级改造、河北同福大健康食品城等130个续建项目已全部复工建设,完成投资543亿元。';
    const [x] = handFigures(examples, [{ written: '完成投资543亿元', label: '完成投资', subject: null }]);
    expect(figureScope(examples, x!, '130100', null).place).toBe('130100');
  });

  it('郑州市委常委会: the city, its standing committee', () => {
    const [f] = handFigures(october, [{ written: '9600多个基层参学单位', label: '参学单位', subject: '郑州市委常委会' }]);
    expect(figureScope(october, f!, null, null)).toMatchObject({ place: '410100', body: '市委常委会班子' });
  });

  it.each([
    ['今年1-9月，全市', '2023:1-9'],
    ['2023年，全区', '2023'],
    ['去年全年', '2022'],
    ['自2023年9月第二批主题教育开展以来，郑州市', 'since-start'],
    ['2023年10月15日，', null],
    ['截至目前，全市累计', 'since-start'],
  ])('%s → %s', (prefix, period) => {
    expect(periodOf(prefix, '2023-10-15')).toBe(period);
  });

  it('periods read as a reader writes them', () => {
    expect(describePeriod('2023:1-9')).toBe('2023年1-9月');
    expect(describePeriod('since-start')).toBe('开展以来');
  });

  it('planned or done: 确定…民生事项945个 against 推动完成…民生事项898个', () => {
    expect(stageOf('共确定调研课题2364个、推动高质量发展重点任务1224个、')).toBe('planned');
    expect(stageOf('推动完成高质量发展重点任务1163项、')).toBe('done');
    expect(stageOf('全市县处级以上领导班子全部举办2期读书班，开展')).toBeNull();
  });
});
