import { describe, expect, it } from 'vitest';
import { EXCLUSION_RULES, scanCandidates, type Candidate } from '../../lib/extract';

/** The candidate whose number is written as `number` in `text`. */
function candidate(text: string, number: string): Candidate {
  for (const c of scanCandidates(text)) if (text.slice(c.numeral.start, c.numeral.end) === number) return c;
  throw new Error(`no candidate ${number} in ${text}`);
}

/** Per rule: [text, number as written, excluded?]. Negative rows show what the rule leaves alone. */
const TABLES: Record<string, [string, string, boolean][]> = {
  'date-or-time': [
    ['2023年9月', '2023', true],
    ['2023年9月', '9', true],
    ['10月15日', '15', true],
    ['2021-12-27', '2021', true],
    ['2021-12-27', '12', true],
    ['11:47:22', '47', true],
    ['11时47分', '47', true],
    ['承办2023中国产业转移发展对接活动', '2023', true],
    ['2023个项目', '2023', false],
    ['24小时', '24', false],
    ['3个月', '3', false],
  ],
  'ordinal-name': [
    ['第十四届', '十四', true],
    ['第二批主题教育', '二', true],
    ['党的二十大', '二十', true],
    ['十九届六中全会', '十九', true],
    ['污水处理厂二期', '二', true],
    ['跃居第19位', '19', false],
    ['2期读书班', '2', false],
    // Grades of water quality (c109-01-xiuzhou: `劣五类8条,五类6条,四类17条,三类1条(四类及以上水体占比56%)`).
    ['劣五类8条', '五', true],
    ['五类6条', '五', true],
    ['四类及以上水体', '四', true],
    ['三类水1个', '三', true],
    ['涉及三类问题', '三', false],
  ],
  'place-or-route-name': [
    ['10号线', '10', true],
    ['3号楼', '3', true],
    ['66路公交', '66', true],
    ['10个社区', '10', false],
  ],
  'numeral-place-name': [
    ['七台河市2件', '七', true],
    ['五台县3件', '五', true],
    ['八步21件', '八', true],
    ['七台河 | 35', '七', true],
    ['走了八步路', '八', false],
    ['五家企业', '五', false],
    ['三台电脑', '三', false],
  ],
  'numbered-name': [
    ['“36条”', '36', true],
    ['“1+5+8”工作推进体系', '5', true],
    ['“五项制度”', '五', true],
    ['五项重点措施', '五', true],
    ['四个意识', '四', true],
    ['三个“必然要求”', '三', true],
    ['市十三届人大五次会议代表建议', '五', true],
    ['十八屆人大四次會(huì)議議案', '十八', true],
    ['党的十八届四中全会以来', '十八', true],
    ['三次產業比例為', '三', true],
    ['召开常委会会议三次', '三', false],
    ['7×24小时服务', '24', true],
    ['推出十个民生事项', '十', false],
    ['健全完善13项工作机制', '13', false],
    ['他说：“今年我们一共完成了3000户改造任务，群众很满意”', '3000', false],
  ],
  'set-phrase': [
    ['一批成果', '一', true],
    ['一站式', '一', true],
    ['进一步', '一', true],
    ['三季有花', '三', true],
    ['三令五申', '三', true],
    ['两手抓两手硬', '两', true],
    ['十个民生事项', '十', false],
    ['分两批选派', '两', false],
  ],
  'generation-label': [
    ['90后', '90', true],
    ['90个', '90', false],
  ],
  'age-group': [
    ['0-14岁人口为60699人', '0-14', true],
    ['60岁及以上人口为22559人', '60', true],
    ['对80周岁以上老人发放补贴', '80', true],
    ['平均年龄45岁', '45', false],
    ['年满18周岁', '18', false],
  ],
  'contact-or-registration-number': [
    ['电话：0371-67188888', '0371', true],
    ['电话：0371-67188888', '67188888', true],
    ['拨打13812345678', '13812345678', true],
    ['邮编450000', '450000', true],
    ['豫ICP备12345678号', '12345678', true],
    ['“12319”市民热线', '12319', true],
    ['zzrb2021@163.com', '163', true],
    ['分包信访案件659起', '659', false],
  ],
  'vague-quantity': [
    ['成千上万名群众', '万', true],
    ['成百上千家企业', '千', true],
    ['数十个社区', '十', false],
    ['十个社区', '十', false],
  ],
  'letter-code': [
    ['5G大会', '5', true],
    ['G4高速', '4', true],
    ['COVID-19', '19', true],
    ['5个基站', '5', false],
    // 长垣 (test/corpus/articles/c7-04-changyuan.txt): an economic measure's acronym before its amount.
    ['全市GDP380.75亿元', '380.75亿', false],
    ['B2B380家', '380', true],
  ],
};

describe.each(EXCLUSION_RULES.map((r) => [r.id, r] as const))('exclusion rule %s', (id, rule) => {
  const rows = TABLES[id] ?? [];
  it('has a table of cases', () => expect(rows.length).toBeGreaterThan(1));
  it.each(rows)('%s: %s excluded = %s', (text, number, excluded) => {
    expect(rule.excludes(candidate(text, number))).toBe(excluded);
  });
});
