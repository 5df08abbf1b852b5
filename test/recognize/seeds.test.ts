import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quickCampaignCheck, recognizeCampaign } from '../../lib/recognize';
import type { Article } from '../../lib/types';

interface SeedEntry {
  id: string;
  file: string;
  title: string;
  campaign: string;
  campaigns: string[];
}

const seedsDir = new URL('../../seeds/', import.meta.url);
const index: SeedEntry[] = JSON.parse(readFileSync(new URL('index.json', seedsDir), 'utf8'));

function plainArticle(text: string, title: string | null = null): Article {
  return { text, headings: [], meta: { title, date: null, source: null, byline: null, url: null, siteName: null } };
}

describe('reference articles as plain text', () => {
  it.each(index.map((s) => [s.id, s] as const))('%s is recognized as its campaign', (_id, seed) => {
    const text = readFileSync(new URL(seed.file, seedsDir), 'utf8');
    expect(quickCampaignCheck(text)).toBe(true);
    const r = recognizeCampaign(plainArticle(text));
    expect(r.isCampaign).toBe(true);
    expect(r.campaigns[0]?.id).toBe(seed.campaign);
    expect(r.campaigns.map((c) => c.id).sort()).toEqual([...seed.campaigns].sort());
    for (const c of r.campaigns) {
      for (const e of c.evidence) expect(text.slice(e.offset, e.offset + e.phrase.length)).toBe(e.phrase);
    }
  });

  it('000: the appended snow-clearing story is a section of its own, not a campaign article', () => {
    const text = readFileSync(new URL('000_b500d0858ad7eb4c.txt', seedsDir), 'utf8');
    const sections = recognizeCampaign(plainArticle(text)).sections ?? [];
    expect(sections.length).toBe(2);
    expect(sections[0]!.isCampaign).toBe(true);
    expect(sections[1]!.title).toContain('除雪神器');
    expect(sections[1]!.isCampaign).toBe(false);
  });

  it('003: a newspaper page where only the lead story is a campaign article', () => {
    const text = readFileSync(new URL('003_ccc67071d7f988a0.txt', seedsDir), 'utf8');
    const sections = recognizeCampaign(plainArticle(text)).sections ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(sections[0]!.campaigns.map((c) => c.id)).toEqual(['three-standards']);
    const others = sections.slice(1);
    expect(others.map((s) => s.isCampaign)).toEqual(others.map(() => false));
    expect(others.map((s) => s.title)).toContain('2024年全省“便民利民微改革”建议开始征集');
  });
});

const passing: Array<[string, string, string]> = [
  [
    'a sports report whose team held a 主题党日',
    '郑州队主场2比1逆转取胜',
    '本报讯（记者 王磊）昨晚，中甲联赛第18轮在郑州航海体育场进行，河南郑州队主场2比1逆转战胜对手，积分升至31分，排名上升到第5位。\n' +
      '上半场第23分钟，客队利用角球机会率先破门。下半场第58分钟，郑州队7号前锋门前包抄扳平比分，第81分钟，替补登场的19号小将远射得手。全场比赛射门14次，其中射正6次，控球率达到57%。\n' +
      '赛前一天，俱乐部党支部组织教练员和球员开展主题党日活动，参观了二七纪念塔。主教练赛后表示，球队将总结经验，备战下周客场比赛。本场比赛现场观众达2.3万人次。',
  ],
  [
    'an economy report with one passing mention of 万人助万企',
    '前三季度全市规上工业增加值增长8.1%',
    '本报讯（记者 刘洋）记者从市统计局获悉，前三季度全市规模以上工业增加值同比增长8.1%，高于全省2.3个百分点。全市固定资产投资增长6.5%，其中工业投资增长21.4%。\n' +
      '新开工亿元以上项目312个，总投资1856亿元；续建项目完成投资905亿元。电子信息产业增加值增长15.6%，汽车及装备制造业增长11.2%，新材料产业增长9.7%。\n' +
      '社会消费品零售总额3871.2亿元，增长5.9%。市统计局有关负责人表示，全市深化“万人助万企”活动，企业预期持续改善，四季度经济有望保持稳中向好态势。',
  ],
  [
    'a business event that mentions 扶贫 and 办实事',
    '某乳业新品发布会在郑举行',
    '9月20日，某乳业公司2024年秋季新品发布会在郑州国际会展中心举行，推出低温酸奶等6款新品，预计年销售额突破3亿元。\n' +
      '公司负责人介绍，企业近三年在省内建设奶源基地12个，带动周边1.2万户农民增收，曾获评消费扶贫先进单位，今后将继续为消费者办实事、办好事。',
  ],
];

describe('pages that mention a campaign in passing', () => {
  it.each(passing)('%s is not a campaign article', (_name, title, text) => {
    const r = recognizeCampaign(plainArticle(text, title));
    expect(r.isCampaign).toBe(false);
    expect(r.campaigns).toEqual([]);
  });
});

describe('traditional script', () => {
  it('a traditional-script report on 黨史學習教育 is recognized like its simplified original', () => {
    const text =
      '金水區深入開展黨史學習教育\n' +
      '今年以來，金水區把黨史學習教育與「我為群眾辦實事」實踐活動結合起來，全區各級黨組織開展專題學習1200餘場次。\n' +
      '金水區堅持學黨史、悟思想、辦實事、開新局，為群眾辦實事3600餘件。';
    const r = recognizeCampaign(plainArticle(text, '金水區深入開展黨史學習教育'));
    expect(r.isCampaign).toBe(true);
    expect(r.campaigns[0]?.id).toBe('party-history');
  });
});
