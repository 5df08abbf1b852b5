import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import type { Figure } from '../../lib/types';

type Expect = Partial<Pick<Figure, 'value' | 'valueMax' | 'unit' | 'qualifier' | 'kind' | 'label' | 'subject'>> & { number?: string };

/** One row per behaviour: the sentence, which figure in it (by its number as written), what it must say. */
const CASES: [name: string, text: string, expected: Expect][] = [
  ['"9600多个" is more than 9600', '全市9600多个基层参学单位全部启动。', { number: '9600多', value: 9600, unit: '个', qualifier: 'more_than', label: '基层参学单位' }],
  ['"62.8万多名" folds the multiplier and is more than', '62.8万多名党员积极参与。', { value: 628000, unit: '名', qualifier: 'more_than', label: '党员' }],
  ['"7796.68亿元" is an exact amount in yuan', '签约总额7796.68亿元。', { value: 779668000000, unit: '元', kind: 'amount', label: '签约总额' }],
  ['"2万亿元" uses 万亿 as 1e12', '总投资2万亿元。', { value: 2e12, unit: '元' }],
  ['"办复率98%" is a percent labelled by its rate', '办复率98%。', { number: '98%', value: 98, unit: '%', kind: 'percent', label: '办复率' }],
  ['"50%以上" is more than 50 percent', '实现50%以上党支部有特色做法。', { number: '50%以上', value: 50, unit: '%', qualifier: 'more_than' }],
  ['"34.28个百分点" is percentage points', '高出全省34.28个百分点。', { value: 34.28, unit: '个百分点', kind: 'percentage_points' }],
  ['"近600家" is about 600', '近600家高新技术企业入驻。', { value: 600, unit: '家', qualifier: 'about' }],
  ['"约5万人次" is about 50000', '受众约5万人次。', { value: 50000, unit: '人次', qualifier: 'about' }],
  ['"超1.5万亿元" is more than', '总投资超1.5万亿元。', { value: 1.5e12, unit: '元', qualifier: 'more_than' }],
  ['"逾百" is not read, but "逾300名" is more than', '逾300名志愿者参加。', { value: 300, qualifier: 'more_than' }],
  ['"突破55万人次" is more than', '客流量突破55万人次。', { value: 550000, unit: '人次', qualifier: 'more_than' }],
  ['"3年多" is more than three years', '用了3年多时间。', { value: 3, unit: '年', qualifier: 'more_than' }],
  ['"近3年多次" is no "3年多": 多次 is a word of its own', '近3年多次获奖。', { value: 3, unit: '年', qualifier: 'about' }],
  ['"上千家" is more than a thousand', '上千家企业参与。', { value: 1000, unit: '家', qualifier: 'more_than' }],
  ['"數十條" is more than ten', '提出數十條建議。', { value: 10, unit: '条', qualifier: 'more_than' }],
  ['"上3个月" is no 上 of a place numeral', '上3个月完成。', { value: 3, unit: '个月', qualifier: null }],
  ['"提升6个位次" counts places in a ranking', '全省排名提升6个位次。', { value: 6, unit: '位次' }],
  ['"十方面" counts kinds without 个', '共安排十方面30项。', { value: 10, unit: '方面' }],
  ['"42萬件次" counts in 件次', '共受理42萬件次。', { value: 420000, unit: '件次', qualifier: null }],
  ['"年满18周岁" is an age in years, not weeks', '年满18周岁的居民可申请。', { value: 18, unit: '周岁' }],
  ['"不足10%" is less than', '占比不足10%。', { value: 10, unit: '%', qualifier: 'less_than' }],
  ['"70平方米左右" is about', '面积70平方米左右。', { value: 70, unit: '平方米', qualifier: 'about', kind: 'measure' }],
  ['"3000元以下" is less than', '补贴3000元以下。', { value: 3000, unit: '元', qualifier: 'less_than' }],
  ['"至少20个" is at least', '至少20个项目开工。', { value: 20, unit: '个', qualifier: 'at_least' }],
  ['"达62万个" is a total, not a qualifier', '服务事项达62万个。', { value: 620000, unit: '个', qualifier: null, label: '服务事项' }],
  ['"共梳理1181件" is a total, not a qualifier', '共梳理1181件。', { value: 1181, unit: '件', qualifier: null }],
  ['"1871件得到回复": 得到 opens a predicate, not a name (到 alone would cut it to 得)', '武汉市委书记的留言有1871件得到回复。', { number: '1871', value: 1871, unit: '件', label: '留言' }],
  ['"1件正在处理中": a state after the count is no name of what it counts', '目前16件已办结完成,1件正在处理中。', { number: '1', value: 1, unit: '件', label: null }],
  ['"开展中心组学习1559场次" labels with the activity', '开展中心组学习1559场次。', { value: 1559, unit: '场次', label: '中心组学习' }],
  ['"复工率达到99.3%" drops the linking verb from the label', '保交楼项目复工率达到99.3%。', { value: 99.3, label: '保交楼项目复工率' }],
  ['"自然增长率为-4.34‰": the minus sign is the number\'s, not the label\'s', '死亡率为9.54‰;自然增长率为-4.34‰。', { number: '4.34‰', value: -4.34, unit: '‰', label: '自然增长率' }],
  ['"政协委员提案1084件": 委员 is a member, no committee (委) whose name ends before 员', '政协委员提案1084件,其中港澳委员提案66件。', { number: '1084', value: 1084, unit: '件', label: '政协委员提案' }],
  ['"七台河市2件" is a count of a place whose name opens with a numeral, not 7台', '其中七台河市2件,五台县3件。', { number: '2', value: 2, unit: '件', label: '七台河市' }],
  ['"八步21件": the short name of 八步区 before a number is no count', '钟山19件,八步21件。', { number: '21', value: 21, unit: '件', label: '八步' }],
  ['"123件比上年同期…": a comparison after the unit is no name of what is counted', '反映乡科级干部123件比上年同期298件少175件。', { number: '123', value: 123, unit: '件', label: '反映乡科级干部' }],
  ['"了结39件" keeps the verb that opens with a function character', '对违规违纪的,立案40件,了结39件。', { number: '39', value: 39, unit: '件', label: '了结' }],
  // k31-02 (a provincial yearbook): `各类案件321 146件(不含上年旧存28 802件…)…高级法院收案5 258件,占1.6%`.
  ['thousands grouped with a space before the word counted', '高级法院收案5 258件,占1.6%。', { number: '5 258', value: 5258, unit: '件' }],
  ['"2~3件" is a range', '每个单位认领2~3件“微实事”。', { value: 2, valueMax: 3, unit: '件' }],
  ['"2—3个" is a range', '确定2—3个课题。', { value: 2, valueMax: 3, unit: '个' }],
  ['"两三个" is a range', '挑选两三个项目试点。', { value: 2, valueMax: 3, unit: '个' }],
  ['a term of an announced proportion is a ratio figure', '三次产业结构比例为6.01:55.04:38.95。', { number: '55.04', value: 55.04, unit: null, kind: 'ratio' }],
  ['a proportion written with the ratio sign ∶ and announced as 比重', '三次产业比重为21.5∶36.1∶42.4。', { number: '36.1', value: 36.1, unit: null, kind: 'ratio' }],
  // k42-01 (a bulletin in traditional script): `三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9`.
  ['a proportion announced in traditional script (結構)', '三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9。', { number: '45.9', value: 45.9, unit: null, kind: 'ratio' }],
  // k64-01 (a county bulletin): `三次产业比由上年的29.77:37.92:32.29转变为29.67: 39.5:30.83`.
  ['a proportion announced as 产业比, with a space after a colon', '三次产业比由上年的29.77:37.92:32.29转变为29.67: 39.5:30.83。', { number: '39.5', value: 39.5, unit: null, kind: 'ratio' }],
  ['the last term of a proportion after a colon and a space', '三次产业结构比为8.2:53.9: 37.9。', { number: '37.9', value: 37.9, unit: null, kind: 'ratio' }],
  ['the later proportion after 調整為, in traditional script', '三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9。', { number: '46.5', value: 46.5, unit: null, kind: 'ratio' }],
  ['a count set against with 相比 ends before it', '同2010年第六次全国人口普查的5950.1万人相比,共增加415.8万人。', { number: '5950.1万', value: 59501000, unit: '人', label: '第六次全国人口普查' }],
  ['a sex ratio after its bracketed definition is a ratio figure', '性别比(以女性为100,男性对女性的比例)为100.96。', { number: '100.96', value: 100.96, unit: null, kind: 'ratio' }],
  ['a sex ratio written right after its name', '出生人口男女性别比为108.7。', { number: '108.7', value: 108.7, unit: null, kind: 'ratio' }],
  // A table's own unit line (k32-01-xiangan, k32-02-hualong): above its header for the columns without a unit of their own, or
  // under it, one unit per column.
  ['a table cell takes the unit its table declares above the header', '| 单位:人 | |||\n| 机构分类 | 机构数(个) | 执业医师 | 注册护士 |\n| 综合医院 | 7 | 882 | 1354 |\n| 卫生院 | 2 | 52 | 30 |\n', { number: '882', value: 882, unit: '人' }],
  ['a table cell takes its column\'s unit from the unit line under the table', '年龄\n|\n常住人口\n|\n比重\n|\n0-14岁\n|\n60699\n|\n30.28\n|\n15-59岁\n|\n117216\n|\n58.47\n|\n单位:人、%\n', { number: '30.28', value: 30.28, unit: '%' }],
  ['an age that names a group is part of its count\'s name, no figure of its own', '0-14岁人口为60699人。', { number: '60699', value: 60699, unit: '人', label: '0-14岁人口' }],
  ['places counted without 个 (12市州) are a count', '涉及我省12市州,其中兰州市20件。', { number: '12', value: 12, unit: '市州', kind: 'count' }],
  ['what a count involves follows 涉及: the label starts after it', '群众举报反映问题涉及大气污染17件、土壤污染13件。', { number: '17', value: 17, unit: '件', label: '大气污染' }],
  ['a minus sign no digit runs into makes a negative figure', '3月全市月平均气温为-10.7℃。', { number: '10.7', value: -10.7, unit: '℃' }],
  ['"零下5℃" is negative', '最低气温零下5℃。', { value: -5, unit: '℃' }],
  ['a hyphen between numbers is a range, not a sign', '每个单位认领2-3件。', { value: 2, valueMax: 3, unit: '件' }],
  ['a number grouped by thousands takes the unit its table declares', '单位:万元 币种:人民币\n营业收入 1,234.5 1,100.0', { number: '1,234.5', value: 12345000, unit: '元', kind: 'amount' }],
  ['a number grouped by thousands is a figure without a declared unit', '股东总数(户) 41,395', { number: '41,395', value: 41395, unit: null }],
  ['a space before the multiplier (a converted PDF): "44.84 万人"', '年末常住人口 44.84 万人。', { value: 448400, unit: '人' }],
  ['the 共 of 公共 presents no total: "玉州本级一般公共预算收入" is not cut to 预算收入', '全年玉州本级一般公共预算收入7.02亿元。', { value: 702000000, label: '本级一般公共预算收入' }],
  ['a space after a clause break is no part of the label: "84个, 总投资286.9亿元"', '实施项目84个, 总投资286.9亿元。', { number: '286.9亿', value: 28690000000, label: '总投资' }],
  ['a name cut by the length limit gives the next figure its own lead words: "25件重点民生实事计划总投资277亿元"', '2015年25件重点民生实事计划总投资277亿元。', { number: '277亿', label: '计划总投资' }],
  ['年末 says when, like 年底: "年末常住人口" counts 常住人口', '年末常住人口44.84万人。', { value: 448400, label: '常住人口' }],
  ['a date\'s unit is no name: "较2021年37.2亿元" has none', '较2021年37.2亿元增长。', { number: '37.2亿', value: 3720000000, label: null }],
  ['签约 is a verb, not 约 (about): "签约233个项目" is exactly 233', '全省共签约233个项目。', { value: 233, unit: '个', qualifier: null }],
  ['qualifiers in traditional script: "約53萬平方米" is about', '騰出可利用面積約53萬平方米。', { value: 530000, unit: '平方米', qualifier: 'about' }],
  ['"1个月内" is less than a month', '1个月内完成听取各方意见。', { value: 1, unit: '个月', qualifier: 'less_than' }],
  ['"3个内设机构": 内 after a measure word is no qualifier', '整合3个内设机构。', { value: 3, unit: '个', qualifier: null }],
  ['"两个半月" is two and a half months', '两个半月现场巡视结束。', { value: 2.5, unit: '个月', qualifier: null }],
  ['"兩個多月" is more than two months', '兩個多月增加了一倍。', { value: 2, unit: '个月', qualifier: 'more_than' }],
  ['"一个半小时" is an hour and a half', '会议开了一个半小时。', { value: 1.5, unit: '小时' }],
  ['a middle dot before the digits of a percentage is a decimal point (text from PDFs)', '居民消费价格上涨1·8%。', { value: 1.8, unit: '%' }],
  ['a span of years in traditional script: "連續10年"', '連續10年獲評全省先進。', { value: 10, unit: '年' }],
  ['"3個月" in traditional script is months, not a count of 個', '3個月内完成整改。', { value: 3, unit: '个月', kind: 'measure' }],
  ['a bound before a list holds for every item of it', '不少于1个乡镇(街道)、2个村社和2家重点企业。', { number: '2', value: 2, unit: '个', qualifier: 'at_least' }],
  ['"十余篇" is more than ten', '撰写十余篇提案建议。', { value: 10, unit: '篇', qualifier: 'more_than' }],
  ['"两万余人" is more than 20000', '组织两万余人参加。', { value: 20000, unit: '人', qualifier: 'more_than' }],
  ['"千余名" is more than a thousand', '千余名党员参加。', { value: 1000, unit: '名', qualifier: 'more_than', label: '党员' }],
  ['"7.1萬餘件" (traditional 餘) is more than 71000 件', '共受理來電來件7.1萬餘件。', { value: 71000, unit: '件', qualifier: 'more_than' }],
  ['"千餘人" (traditional 餘) is more than a thousand', '參與群眾千餘人。', { value: 1000, unit: '人', qualifier: 'more_than' }],
  // Units in traditional script fold as the measure words do (a 許昌 article: 需要24小時平穩供電).
  ['"24小時" is hours', '需要24小時平穩供電。', { value: 24, unit: '小时', kind: 'measure' }],
  ['"個百分點" is percentage points, not a count of 個', '比上年提高3.5個百分點。', { value: 3.5, unit: '个百分点', kind: 'percentage_points' }],
  ['"萬畝" is 10,000 mu', '種植面積2.3萬畝。', { value: 23000, unit: '亩', kind: 'measure' }],
  // Votes of a people's congress on 民生实事 projects (test/corpus/articles/c14-08-ninghai.txt).
  ['"票" counts votes', '美丽乡村建设工程,满意95票,基本满意27票,不满意0票', { value: 95, unit: '票', kind: 'count' }],
  ['"十几个" is more than ten, up to 19', '搭起十几个大棚。', { value: 10, valueMax: 19, unit: '个', qualifier: 'more_than' }],
  ['"逾千家" is more than a thousand', '全市逾千家企业参与。', { value: 1000, unit: '家', qualifier: 'more_than' }],
  ['"近百亩" is about a hundred', '种植近百亩。', { value: 100, unit: '亩', qualifier: 'about' }],
  ['"连续四年" is a span of four years', '连续四年获评先进。', { value: 4, unit: '年', qualifier: null }],
  ['"十余年" is more than ten years', '坚持十余年。', { value: 10, unit: '年', qualifier: 'more_than' }],
  ['"一个月" is a span of time where the text says so', '用一个月时间完成。', { value: 1, unit: '个月', qualifier: null }],
  ['"3.2 多万" with a space before 多万', '共有3.2 多万人参加。', { value: 32000, unit: '人', qualifier: 'more_than' }],
  ['"约合" qualifies', '人均约合20533美元。', { value: 20533, unit: '美元', qualifier: 'about' }],
  ['a traditional measure word is folded', '完成改造21702間。', { value: 21702, unit: '间', qualifier: null }],
  ['"十个民生事项" counts in Chinese numerals', '推出十个民生事项。', { value: 10, unit: '个', label: '民生事项' }],
  ['"三分之一" is a ratio', '覆盖三分之一的社区。', { value: 1 / 3, kind: 'ratio' }],
  ['"百分之三十" is a percent', '增长百分之三十。', { value: 30, unit: '%', kind: 'percent' }],
  ['"108 个" allows a space before the measure word', '建成108 个站点。', { value: 108, unit: '个' }],
  ['"１，２３４名" reads full-width digits and separator', '培训１，２３４名学员。', { value: 1234, unit: '名' }],
  ['"1,234名" reads thousands separators', '培训1,234名学员。', { value: 1234, unit: '名' }],
  ['"3個" reads the traditional measure word', '新增3個項目。', { value: 3, unit: '个' }],
  ['"跃居第19位" is a rank', '中原科技城跃居第19位。', { value: 19, unit: '位', kind: 'rank' }],
  ['"前20" is a rank', '首次闯入前20。', { value: 20, kind: 'rank' }],
  ['"42微克/立方米" keeps the concentration unit', 'PM2.5平均浓度下降到42微克/立方米。', { value: 42, unit: '微克/立方米', kind: 'measure' }],
  ['"1.5倍" is a ratio', '增长到1.5倍。', { value: 1.5, unit: '倍', kind: 'ratio' }],
  ['"283万立方米/天" keeps the rate unit', '供水能力提升到283万立方米/天。', { value: 2830000, unit: '立方米/天', kind: 'measure' }],
  ['"22.4万群众" is a count without measure word', '新增22.4万群众安置到位。', { value: 224000, unit: null, kind: 'count', label: '群众' }],
  ['"1282.8万" at the end of a clause is a quantity', '全市常住人口1282.8万，比上年增加22.2万。', { value: 12828000, unit: null, label: '常住人口', subject: '全市' }],
  ['"9大民生领域" counts fields without measure word', '围绕9大民生领域。', { value: 9, unit: null, label: '民生领域' }],
  ['the subject is the body that opens the sentence', '市商务局立足职能职责，新签约项目662个。', { value: 662, subject: '市商务局', label: '新签约项目' }],
  // 昌吉州 12345 report: a long lead is cut after the word that presents the total, not inside a name.
  ['a long label starts after 共, not in the middle of a name', '昌吉州12345政务服务热线中心共转派工单4567件。', { value: 4567, label: '转派工单' }],
  // 霍邱县宋店镇 党史学习教育: relief goods counted by the bag, the barrel, the box.
  ['relief goods by the bag (大米400袋)', '筹集发放大米400袋，不断提升群众获得感。', { value: 400, unit: '袋' }],
  // 黄南州 2023 统计公报: 城镇 ends like a town's name but is the urban half of the population.
  ['城镇 in a statistic is part of what is counted, not a town', '按城乡分，城镇人口12.4万人，乡村人口15.8万人。', { value: 124000, label: '城镇人口' }],
  ['the subject is the district that opens the clause after a semicolon', '全市推进落实；金水区开展走访，走访群众6730户。', { value: 6730, subject: '金水区' }],
];

describe('extractFigures reads each figure as written', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const figures = extractFigures(text);
    const f = expected.number ? figures.find((x) => text.slice(x.numberStart, x.numberEnd) === expected.number) : figures[0];
    expect(f, JSON.stringify(figures.map((x) => x.text))).toBeDefined();
    const { number: _number, ...fields } = expected;
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'number') expect(f![key as keyof Figure] as number, key).toBeCloseTo(value, 9);
      else expect(f![key as keyof Figure], key).toEqual(value);
    }
  });
});

/** Text that holds numbers but no figure at all. */
const NO_FIGURES: [string, string][] = [
  ['a year with 年 that is no span of time', '2023年全市经济平稳。'],
  ['a school grade', '3年级学生参加。'],
  ['a set phrase with 一年', '一年一度的活动。'],
  ['成千上万, an idiom of a great many', '成千上万名群众参与。'],
  ['a date with year and month', '自2023年9月第二批主题教育开展以来。'],
  ['a day of the month', '10月15日,全省专场活动举行。'],
  ['a timestamp', '2021-12-27 11:47:22 来源：郑州日报'],
  ['十分 as an adverb of degree', '这项工作十分重要。'],
  ['a date written with a middle dot', '“9·11”事件'],
  ['a score or a time with a colon, not announced as a proportion', '比赛以3:1结束，下午14:30散场。'],
  ['a score with a space after its colon, not announced as a proportion', '比分为3: 2。'],
  ['a bare number after 为 that no sex ratio names', '比例为100.96。'],
  ['numbers of a table spaced by hand are not one number', '计划 完成\n100 120\n'],
  ['a clock time in Chinese', '会议于9时30分开始。'],
  ['an ordinal session', '第十四届中国河南国际投资贸易洽谈会。'],
  ['a party congress', '学习贯彻党的二十大精神。'],
  ['a metro line', '地铁10号线一期顺利完工。'],
  ['numbered slogans in quotes', '推动“四下基层”“五项制度”落实。'],
  ['a numbered system without quotes', '一体推进五项重点措施落实。'],
  ['a formula-named system', '形成“1+5+8”工作推进体系。'],
  ['a numbered ledger', '下发“12+6”工作台账。'],
  ['a policy named by its article count', '出台优化营商环境“36条”。'],
  ['an article used as one', '形成了一批理论成果。'],
  ['one-stop', '推行一站式矛盾纠纷多元化解工作法。'],
  ['further', '进一步巩固和扩大主题教育成效。'],
  ['an idiom of seasons', '实现三季有花、四季常绿。'],
  ['an idiom of paired numerals', '千方百计、三令五申。'],
  ['a district name', '二七区开展专项攻坚行动。'],
  ['a generation label', '90后青年干部挑大梁。'],
  ['an e-mail address', '来信请寄zzrb2021@163.com。'],
  ['a hotline number', '拨打“12319”市民热线反映问题。'],
  ['a landline number', '咨询电话：0371-67188888。'],
  ['a postcode', '邮编450000。'],
  ['an ICP number', '豫ICP备12345678号'],
  ['a model name', '世界5G大会在郑州举行。'],
  ['a year before an event name', '承办2023中国产业转移发展对接活动。'],
  ['a project phase', '加快推进污水处理厂二期建设。'],
  ['a phase in a list of project names (c25-04-jinanqu)', '分别是:福州科技馆新馆、福州电视中心二期(福州广电融媒体中心)、福德智慧教育园区。'],
  ['a quoted slogan with a small count', '深刻领会三个“必然要求”。'],
  ['成百上千, an idiom of a great many', '成百上千家企业参与。'],
  ['round-the-clock service', '7×24小时服务不打烊。'],
];

describe('extractFigures counts stretches of a river or road in 段', () => {
  // 呼和浩特 (test/corpus/articles/c122-02-huhehaote.txt): 7 stretches of black and smelly water, 5 on one river, 2 on another.
  it('黑臭水體7段, 扎達蓋河5段, 小黑河2段 are counts in 段; 一段时间 is none', () => {
    expect(extractFigures('呼市共有黑臭水體7段,包括扎達蓋河5段及小黑河2段。').map((f) => [f.value, f.unit])).toEqual([
      [7, '段'],
      [5, '段'],
      [2, '段'],
    ]);
    expect(extractFigures('经过一段时间的整治。')).toEqual([]);
  });
});

describe('extractFigures ends a label where another count begins', () => {
  // 秦皇岛 2019 民生实事 (test/corpus/articles/c27-01-qinhuangdao.txt): 30 candidates, 9 fields, 25 projects.
  it('九个方面 after 30项备选项目中确定了 is a figure of its own', () => {
    expect(extractFigures('从30项备选项目中确定了九个方面25项民生实事。').map((f) => [f.value, f.unit])).toEqual([
      [30, '项'],
      [9, '个'],
      [25, '项'],
    ]);
  });
});

describe('extractFigures gives a list the unit written after its last number', () => {
  // 武进区 2019 重点项目 (test/corpus/articles/k23-02-wujin.txt).
  it('9.8、6.2、5.8、2.0个百分点 are four figures in points', () => {
    const figures = extractFigures('科技、农业、工业、服务业项目进展较好,投资完成率分别高于总体进度的9.8、6.2、5.8、2.0个百分点。');
    expect(figures.map((f) => [f.value, f.unit, f.kind])).toEqual([
      [9.8, '个百分点', 'percentage_points'],
      [6.2, '个百分点', 'percentage_points'],
      [5.8, '个百分点', 'percentage_points'],
      [2, '个百分点', 'percentage_points'],
    ]);
  });

  it('but not a count’s unit, which as often follows ordinals (第3、4批)', () => {
    expect(extractFigures('第3、4批交办件已全部办结。').filter((f) => f.unit === '批').map((f) => f.value)).toEqual([4]);
  });
});

describe('extractFigures reads past what was added since, in brackets before the measure word', () => {
  // 湖南's daily report of a central environmental inspection (test/corpus/audit-pages/x2-51.txt): the counts by place
  // make the 3314 handed over; each `(+n)` is what splitting added (3336 in all).
  it('长沙市1124(+5)件 is 1124 件', () => {
    const figures = extractFigures('累计按区域分布为:长沙市1124(+5)件、株洲市168(+3)件、张家界市89件。');
    expect(figures.map((f) => [f.value, f.unit, f.label])).toEqual([
      [1124, '件', '长沙市'],
      [168, '件', '株洲市'],
      [89, '件', '张家界市'],
    ]);
  });
});

describe('extractFigures reads a label past a note mark', () => {
  // 防城港's census bulletin (test/corpus/articles/k36-02-fangchenggang.txt) marks its terms with notes: `常住人口[3]`.
  it('全市常住人口[3]为1046068人 is labelled 常住人口', () => {
    const [figure] = extractFigures('全市常住人口[3]为1046068人,与2010年相比增长20.66%。');
    expect([figure!.value, figure!.label]).toEqual([1046068, '常住人口']);
  });
});

describe('extractFigures finds no figure in', () => {
  it.each(NO_FIGURES)('%s', (_name, text) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual([]);
  });
});
