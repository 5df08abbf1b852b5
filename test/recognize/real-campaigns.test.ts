// Campaign recognition on real articles: the corpus articles (test/corpus/, their campaign named
// by the labeller who read them) of the campaigns of the last decade, in simplified and
// traditional script, the corpus's controls, and the real saved pages (test/pages/real/), of
// which one is a campaign article. The phrase lists were written from the campaigns' own
// slogans, not from these texts.
import { describe, expect, it } from 'vitest';
import { recognizeCampaign } from '../../lib/recognize';
import { holdoutIds, loadCorpus } from '../corpus/corpus';
import { parseHtmlDocument } from '../../scripts/parse-html';
import { readArticle } from '../../lib/sites';
import { realPages } from '../sites/real-pages';
import { asArticle, tuningPages } from './held-apart';
import type { Article } from '../../lib/types';

/** The corpus's campaign names and the ids the extension gives them. */
const CAMPAIGN_OF: Record<string, string> = {
  两学一做: 'two-studies',
  三严三实: 'three-stricts',
  群众路线教育实践活动: 'mass-line',
  政法队伍教育整顿: 'political-legal-rectification',
  作风建设: 'work-style',
  主题教育: 'theme-education',
  不忘初心牢记使命: 'stay-true-to-mission',
  我为群众办实事: 'serve-the-masses',
  党史学习教育: 'party-history',
  党纪学习教育: 'party-discipline',
  巡视巡察整改: 'inspection-rectification',
  民生实事: 'livelihood-projects',
};

// Held-apart articles are measured by `npm run eval` (recognition on the articles labelled after
// the phrase lists were written), not asserted here, so that their misses are never tuned on.
const heldApart = holdoutIds();
const corpus = loadCorpus().filter((a) => !heldApart.has(a.id));

function corpusArticle(a: (typeof corpus)[number]): Article {
  return {
    text: a.text,
    meta: { title: a.title, date: a.date, source: null, byline: null, url: a.url, siteName: null },
    headings: [],
  };
}

/** Articles that name their campaign once (`教育實踐活動`, in a rectification report of the eleventh group; `供暖實事工作`,
 * a city's heating works of the year, of the thirty-seventh), each measured out of sample before it joined the tuning part: one
 * mention is not evidence enough. */
const NAMED_ONCE = new Set(['c15-06-jiangxi', 'c41-02-anshan']);
const named = corpus.filter((a) => a.kind === 'campaign' && a.campaign !== null && a.campaign in CAMPAIGN_OF && !NAMED_ONCE.has(a.id));
const controls = corpus.filter((a) => a.kind === 'control');
const ADDED = new Set(['two-studies', 'three-stricts', 'mass-line', 'political-legal-rectification', 'work-style', 'inspection-rectification', 'livelihood-projects']);
/** Articles whose campaign the text never names: a local drive (两转一提一抓), told by its genre
 * (below), not by a name; a continued front-page story whose headline was not stored,
 * its campaign inferred by its labeller from the date (c8-04, see its note). */
const UNNAMED = new Set(['k3-04-guangan', 'c8-04-shenyang']);
/** A discipline commission's year of breaches of the 八项规定 (`查處違反中央八項規定精神問題640起`), and a report of the national
 * commission's weekly list of such cases (`各地查处的153起典型案件`, measured out of sample before it joined the tuning part), which
 * their labellers filed under 作风建设 and the phrase lists leave to discipline statistics by design (lib/recognize/campaigns.ts,
 * work-style). */
const DISCIPLINE_STATISTICS = new Set(['c36-06-jinan', 'c58-03-quanguo']);

function recognized(a: (typeof corpus)[number]): boolean {
  const recognition = recognizeCampaign(corpusArticle(a));
  const match = recognition.campaigns.find((c) => c.id === CAMPAIGN_OF[a.campaign!]);
  return recognition.isCampaign && match !== undefined && match.evidence.length > 0;
}

describe('campaigns of the last decade, named, on real articles', () => {
  it('has articles of every campaign added here', () => {
    for (const id of ADDED) expect(named.filter((a) => CAMPAIGN_OF[a.campaign!] === id).length, id).toBeGreaterThanOrEqual(2);
  });

  const added = named.filter((a) => ADDED.has(CAMPAIGN_OF[a.campaign!]!) && !UNNAMED.has(a.id) && !DISCIPLINE_STATISTICS.has(a.id));
  it.each(added.map((a) => [`${a.id} (${a.campaign})`, a] as const))('%s', (_name, a) => {
    expect(recognized(a)).toBe(true);
  });

  it('recognises at least five in six articles of the campaigns known before', () => {
    const earlier = named.filter((a) => !ADDED.has(CAMPAIGN_OF[a.campaign!]!) && !UNNAMED.has(a.id));
    expect(earlier.length).toBeGreaterThanOrEqual(22);
    expect(earlier.filter(recognized).length / earlier.length).toBeGreaterThanOrEqual(5 / 6);
  });

  it('reads traditional script: all but two of the articles in it', () => {
    const traditional = named.filter((a) => (a.text.slice(0, 400).match(/[們當實體學習問題黨眾團這還對會]/g) ?? []).length >= 3);
    expect(traditional.length).toBeGreaterThanOrEqual(9);
    // The two misses (福建, 寧波) name 主题教育 once in a long report, or not at all: not script.
    expect(traditional.filter(recognized).length).toBeGreaterThanOrEqual(traditional.length - 2);
  });
});

describe('a drive that names no known campaign, told by its genre', () => {
  it('k3-04: the city’s “两转一提一抓”活动, named in the title, run for cadres, reported by satisfaction', () => {
    const a = corpus.find((x) => x.id === 'k3-04-guangan')!;
    const recognition = recognizeCampaign(corpusArticle(a));
    expect(recognition.isCampaign).toBe(true);
    expect(recognition.campaigns.map((c) => c.id)).toEqual(['unnamed-drive']);
    // The evidence shown to the reader: the drive in the title first, then the families around it.
    expect(recognition.campaigns[0]!.evidence.map((e) => [e.phrase, e.where])).toEqual([
      ['“两转一提一抓”活动', 'title'],
      ['满意度', 'title'],
      ['党员干部', 'lead'],
    ]);
  });
});

describe('hard negatives stay negative', () => {
  it.each(controls.map((a) => [a.id, a] as const))('corpus control %s', (_name, a) => {
    expect(recognizeCampaign(corpusArticle(a)).isCampaign).toBe(false);
  });

  const pages = realPages();
  it.each(pages.map((p) => [p.name, p] as const))('real page %s', (_name, p) => {
    const found = readArticle(parseHtmlDocument(p.html), p.url);
    expect(found).not.toBeNull();
    const ids = recognizeCampaign(found!.article).campaigns.map((c) => c.id);
    // Read by hand: the one campaign article of the set is a hospital Party branch's contest held
    // under 不忘初心、牢记使命; the others are news, reports and notices of no campaign.
    expect(ids).toEqual(p.name === 'zyyfy-1' ? ['stay-true-to-mission'] : []);
  });
});

describe('the pages for tuning recognition (test/recognize/tuning/)', () => {
  const pages = tuningPages();
  const byId = (id: string) => asArticle(pages.find((p) => p.id === id)!);
  const right = (set: string) => pages.filter((p) => p.id.startsWith(`${set}-`) && recognizeCampaign(asArticle(p)).isCampaign === (p.kind === 'campaign')).length;

  it('t1: right on 60 of 61 (a county item of a drive named once, in the body, is not)', () => {
    expect(pages.filter((p) => p.id.startsWith('t1-')).length).toBe(61);
    expect(right('t1')).toBeGreaterThanOrEqual(60);
  });

  it('t2: right on 59 of 64 (local drives named once or only in the body are not; the discipline drive of a county, labelled a control, is taken)', () => {
    expect(pages.filter((p) => p.id.startsWith('t2-')).length).toBe(64);
    expect(right('t2')).toBeGreaterThanOrEqual(59);
  });

  it('t3: right on 57 of 60 (a drive named once, or in the body only, is not)', () => {
    expect(pages.filter((p) => p.id.startsWith('t3-')).length).toBe(60);
    expect(right('t3')).toBeGreaterThanOrEqual(57);
  });

  // r1–r4 were kept apart until their failures were read (test/recognize/tuning/README.md).
  it.each([
    ['r1', 64, 62],
    ['r2', 59, 56],
    ['r3', 57, 56],
    ['r4', 59, 56],
  ] as const)('%s: of %i pages, right on at least %i', (set, size, floor) => {
    expect(pages.filter((p) => p.id.startsWith(`${set}-`)).length).toBe(size);
    expect(right(set)).toBeGreaterThanOrEqual(floor);
  });

  it('a drive named where the article opens and named again is a campaign, whoever runs it (t3-c23: 全国河湖“清四乱”专项行动 … 专项行动; t3-c21: 根治欠薪冬季专项行动 … 大排查)', () => {
    for (const id of ['t3-c21']) expect(recognizeCampaign(byId(id)).campaigns.map((c) => c.id)).toEqual(['unnamed-drive']);
    expect(recognizeCampaign(byId('t3-c23')).campaigns.map((c) => c.id)).toEqual(['rivers-and-lakes']);
  });

  it('a drive opened by 开展 needs no quotes (t3-c13 is named: 村庄清洁行动; t2-c04: 开展了干部精准联系帮促市场主体行动)', () => {
    expect(recognizeCampaign(byId('t2-c04')).campaigns.map((c) => c.id)).toEqual(['unnamed-drive']);
    expect(recognizeCampaign(byId('t3-c13')).campaigns.map((c) => c.id)).toEqual(['village-cleanup']);
  });

  it('a campaign named outright in the lead\'s first two sentences is what the article is about (r1-c27: 全省第十五期「三个一批」项目建设活动举行)', () => {
    expect(recognizeCampaign(byId('r1-c27')).campaigns.map((c) => c.id)).toEqual(['enterprises-and-projects']);
  });

  it('a routine meeting names campaigns among its agenda items: the 常务会议 of a county government (t3-k06), the 主任会议 of a congress naming two drives once each (t2-k10), a 述职 meeting (t2-k21)', () => {
    for (const id of ['t3-k06', 't2-k10', 't2-k21']) expect(recognizeCampaign(byId(id)).isCampaign, id).toBe(false);
  });

  it('the last of several quoted drives, `“…”“…”等活动`, is a drive (t2-c18: 「百企千员面对面」「纪检监察话政商」「百名群众来评价」等活动)', () => {
    expect(recognizeCampaign(byId('t2-c18')).campaigns.map((c) => c.id)).toEqual(['unnamed-drive']);
  });

  it('a drive named in the lead, run by Party bodies, is a campaign: 党员“双报到”, by name (t3-c06)', () => {
    // `为深入开展党员“双报到”工作,充分发揮党员参与社区建设、服务群众的先锋模范作用,西南医投集团党委…` (its copy mixes scripts).
    expect(recognizeCampaign(byId('t3-c06')).campaigns.map((c) => c.id)).toEqual(['two-reports']);
  });

  it('the 2024 drive against graft near the people is a campaign (t2-c10: 群腐集中整治)', () => {
    expect(recognizeCampaign(byId('t2-c10')).campaigns.map((c) => c.id)).toContain('grassroots-graft');
  });

  it.each([
    // `自專(zhuān)項(xiàng)斗爭(zhēng)開(kāi)展以來(lái),丹鳳縣扎實(shí)開(kāi)展了掃黑除惡…`: traditional script with readings in brackets.
    ['t1-c25', 'anti-gang'],
    // `淇縣“三個一批”項目建設活動集中開工儀式`.
    ['t1-c30', 'enterprises-and-projects'],
    // `大田縣共策劃省、市、縣三級“五個一批”項目272個`.
    ['t1-c32', 'five-batches'],
  ])('%s is an article of %s', (id, campaign) => {
    expect(recognizeCampaign(byId(id)).campaigns.map((c) => c.id)).toContain(campaign);
  });

  it('the monthly count of breaches of the eight-point rules is discipline statistics, no campaign (t1-k09)', () => {
    // `今年7月全国查处违反中央八项规定精神问题5178起，处理7353人`.
    expect(recognizeCampaign(byId('t1-k09')).isCampaign).toBe(false);
  });
});
