import { describe, expect, it } from 'vitest';
import { recognizeCampaign } from '../../lib/recognize';
import type { Article } from '../../lib/types';

function article(title: string | null, text: string): Article {
  return { text, headings: [], meta: { title, date: null, source: null, byline: null, url: null, siteName: null } };
}

const filler =
  '市区两级部门加强协调联动，细化工作措施，明确时间节点，确保各项任务按期完成。相关负责人表示，下一步将持续跟踪问效，及时总结推广经验做法。\n';

const rows: Array<[string, string | null, string, string[]]> = [
  [
    'a short brief that names the campaign in its lead',
    '市城管局召开专题会议',
    '本报讯 12月3日，市城管局召开党纪学习教育专题会议，局属18个单位主要负责人参加会议。会议要求，各单位要把学纪、知纪、明纪、守纪贯穿工作全过程。',
    ['party-discipline'],
  ],
  [
    'the 2019 campaign is not the 2023 one, though both say 主题教育',
    '金水区“不忘初心、牢记使命”主题教育取得实效',
    '金水区扎实开展“不忘初心、牢记使命”主题教育，全区326个基层党组织、1.2万名党员参加学习。\n' +
      '全区坚持守初心、担使命、找差距、抓落实，检视整改问题218个。\n' + filler.repeat(3),
    ['stay-true-to-mission'],
  ],
  [
    'a school safety lesson is not the campaign',
    '实验小学开展冬季安全主题教育',
    '12月5日，实验小学开展冬季安全主题教育活动，全校36个班级1600余名学生参加。老师们围绕防火、防滑、防煤气中毒等内容进行讲解。\n' + filler,
    [],
  ],
  [
    'a long report that names a campaign once in its body is not about it',
    '全市城市道路改造提速',
    filler.repeat(6) + '在党史学习教育中，市政部门把道路改造作为办实事项目。\n' + filler.repeat(6),
    [],
  ],
  [
    'a campaign named only in the title still makes a campaign article',
    '“三标”活动见实效：郑东新区项目签约额增长32%',
    '今年以来，郑东新区新签约项目46个，签约额增长32%，新开工项目28个。\n' + filler.repeat(2),
    ['three-standards'],
  ],
  [
    'the 三标 slogan written without separators',
    '郑州市召开全市工作推进会',
    '会议强调，要坚持工作有标杆落实有标准突破有标志，推动整体工作上台阶。全市各县（市、区）开展“三标”活动以来，累计完成重点任务1260项。\n' + filler,
    ['three-standards'],
  ],
];

describe('recognition rules', () => {
  it.each(rows)('%s', (_name, title, text, expected) => {
    const r = recognizeCampaign(article(title, text));
    expect(r.campaigns.map((c) => c.id)).toEqual(expected);
    expect(r.isCampaign).toBe(expected.length > 0);
  });

  it('title evidence indexes into the title', () => {
    const title = '“三标”活动见实效：郑东新区项目签约额增长32%';
    const r = recognizeCampaign(article(title, '今年以来，郑东新区新签约项目46个。\n' + filler));
    const e = r.campaigns[0]!.evidence.find((x) => x.where === 'title')!;
    expect(title.slice(e.offset, e.offset + e.phrase.length)).toBe(e.phrase);
  });
});
