// Party membership by place (lib/compare/bounds.json, partyMembers): a count of a province's Party
// members is held to the membership its organisation department published for the article's time,
// with a margin of ×1.5. Sentences are from the reports the table cites (URLs beside each).
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/compare';
import { extractFigures } from '../../lib/extract';
import type { ArticleMeta, Figure } from '../../lib/types';
import { handFigures, meta, plant } from './hand-figures';

// https://www.hkhnnews.com/s/54df2fa1c9eb453383b8e0671383f9ae.html (华声在线, 2024-07-01)
const HUNAN_2023 =
  '华声在线6月30日讯（全媒体记者 周帙恒）中共湖南省委组织部最新党内统计数据显示，截至2023年底，湖南省共有中国共产党党员427.4万名，比2022年底净增1.9万名；党的基层组织21.2万个，比2022年底净增0.4万个。';
const hunanPage = meta({ title: '湖南共有党员427.4万名 党的基层组织21.2万个', date: '2024-07-01', source: '华声在线' });

// https://hnrb.voc.com.cn/hnrb_epaper/html/2022-07/01/content_1584381.htm (湖南日报, 2022-07-01)
const HUNAN_2021 =
  '湖南日报6月30日讯（全媒体记者 周帙恒）省委组织部最新党内统计数据显示，截至2021年底，全省共有党员421.7万名，比2020年底净增15万名；党的基层组织19.6万个，比2020年底净增0.4万个；省市县乡党委班子换届圆满完成。';

// http://news.fjsen.com/2015-07/01/content_16304291.htm (中新社, 2015-07-01)
const TIBET_2014 =
  '中新社拉萨7月1日电 (记者 白少波)中共西藏自治区委员会组织部7月1日发布公报称，截至2014年底，西藏自治区中共党员总数为30.7万名，比上年净增3.5万名，增幅为12.5%。';


async function magnitude(text: string, figures: Figure[], page: ArticleMeta) {
  return (await checkPage({ text, figures, meta: page }, null)).filter((r) => r.check === 'plausible-magnitude');
}
const members = (text: string, written: string, subject: string) => handFigures(text, [{ written, label: '中国共产党党员', subject, unit: '名' }]);
const boundQuotes = (r: { evidence: { quote: string; source: { origin: string } }[] }) => r.evidence.filter((e) => e.source.origin === 'bounds').map((e) => e.quote);

describe('Party membership by province', () => {
  it('the published sentence passes: 427.4万 members of 湖南省 in 2024', async () => {
    expect(await magnitude(HUNAN_2023, members(HUNAN_2023, '427.4万名', '湖南省'), hunanPage)).toEqual([]);
  });

  it('ten times it (planted 4274万) is held to 427.4万 (2023-12-31), and 427.4万 was probably meant', async () => {
    const text = plant(HUNAN_2023, '427.4万名', '4274万名');
    const [result] = await magnitude(text, members(text, '4274万名', '湖南省'), hunanPage);
    expect(result?.verdict).toBe('implausible');
    // The tightest bound is the membership (4,274,000 × 1.5 = 6,411,000), not a fifth of the census (13,288,973).
    expect(boundQuotes(result!)[0]).toBe('湖南省中国共产党党员总数：427.4万（2023-12-31）');
    expect(result!.evidence.find((e) => e.source.origin === 'bounds')?.source.url).toBe('https://www.hkhnnews.com/s/54df2fa1c9eb453383b8e0671383f9ae.html');
    expect(result!.message_zh).toContain('疑为427.4万');
  });

  it('twice it (planted 854.8万) is below a fifth of the population but above the membership ×1.5', async () => {
    const text = plant(HUNAN_2023, '427.4万名', '854.8万名');
    const results = await magnitude(text, members(text, '854.8万名', '湖南省'), hunanPage);
    expect(results.map((r) => boundQuotes(r))).toEqual([['湖南省中国共产党党员总数：427.4万（2023-12-31）']]);
    // A doubling has no likely intent.
    expect(results[0]!.message_zh).not.toContain('疑为');
  });

  it('within the margin passes: 600万 is 1.40 × 427.4万', async () => {
    const text = plant(HUNAN_2023, '427.4万名', '600万名');
    expect(await magnitude(text, members(text, '600万名', '湖南省'), hunanPage)).toEqual([]);
  });

  it('a 2022 article is held to the count for 2021 (421.7万), not a later one', async () => {
    const page = meta({ title: '我省共有中共党员421.7万名、党的基层组织19.6万个', date: '2022-07-01', source: '湖南日报' });
    expect(await magnitude(HUNAN_2021, members(HUNAN_2021, '421.7万名', '全省'), page)).toEqual([]);
    const text = plant(HUNAN_2021, '421.7万名', '4217万名');
    const [result] = await magnitude(text, members(text, '4217万名', '全省'), page);
    expect(boundQuotes(result!)[0]).toBe('湖南省中国共产党党员总数：421.7万（2021-12-31）');
  });

  it('an entry more than five years older than the article bounds nothing (the census fifth still does)', async () => {
    // 70万 against 西藏's 30.7万 (2014-12-31) × 1.5 = 460,500; a fifth of 3,648,100 is 729,620.
    const text = plant(TIBET_2014, '30.7万名', '70万名');
    const figures = members(text, '70万名', '西藏自治区');
    const in2015 = await magnitude(text, figures, meta({ date: '2015-07-01', source: '中新社' }));
    expect(in2015.map((r) => boundQuotes(r))).toEqual([['西藏自治区中国共产党党员总数：30.7万（2014-12-31）']]);
    expect(await magnitude(text, figures, meta({ date: '2024-07-01', source: '中新社' }))).toEqual([]);
  });

  it('a place named at the start of the figure’s own words counts (extracted: 湖南省共有中国共产党党员427.4万名)', async () => {
    expect(await magnitude(HUNAN_2023, extractFigures(HUNAN_2023), hunanPage)).toEqual([]);
    const text = plant(HUNAN_2023, '427.4万名', '4274万名');
    const results = await magnitude(text, extractFigures(text), hunanPage);
    expect(results.map((r) => boundQuotes(r)[0])).toEqual(['湖南省中国共产党党员总数：427.4万（2023-12-31）']);
  });

  it('青海 (42.53万 as of 2021-06-05): a slipped unit (planted 425.3万) is held to it', async () => {
    // http://qh.people.com.cn/BIG5/n2/2021/0701/c182775-34802599.html (青海日报 on 人民网青海频道, 2021-07-01)
    const QINGHAI = '截至2021年6月5日，全省共产党员总数为42.53万名';
    const page = meta({ title: '青海省党员队伍结构持续优化 基层组织建设不断加强', date: '2021-07-01', source: '青海日报' });
    expect(await magnitude(QINGHAI, members(QINGHAI, '42.53万名', '青海省'), page)).toEqual([]);
    const text = plant(QINGHAI, '42.53万名', '425.3万名');
    const [result] = await magnitude(text, members(text, '425.3万名', '青海省'), page);
    expect(result?.verdict).toBe('implausible');
    expect(boundQuotes(result!)[0]).toBe('青海省中国共产党党员总数：42.53万（2021-06-05）');
  });

  it('湖北 (383万 as its delegation represented in 2017): a slipped unit (planted 3830万) is held to it', async () => {
    // https://www.hppc.gov.cn/szyw/1859541363239333889.html (湖北日报, 2017-10-19)
    const HUBEI = '穿梭在北京街头,6100万荆楚儿女的期盼、全省383万党员的重托,涌动在代表心间。';
    const page = meta({ title: '伟大梦想在召唤', date: '2017-10-19', source: '湖北日报' });
    const text = plant(HUBEI, '383万党员', '3830万党员');
    const [result] = await magnitude(text, members(text, '3830万', '湖北省'), page);
    expect(result?.verdict).toBe('implausible');
    expect(boundQuotes(result!)[0]).toBe('湖北省中国共产党党员总数：383万（2017-10-18）');
  });

  it('every entry has its page, a date, and lies under a fifth of its place’s census population', async () => {
    const { default: data } = await import('../../lib/compare/bounds.json');
    const census = new Map(data.placePopulations.places.map((p) => [p.code, p.value]));
    const entries = data.partyMembers.places.flatMap((p) => p.series.map((e) => ({ code: p.code, ...e })));
    expect(new Set(data.partyMembers.places.map((p) => p.code.slice(0, 2))).size).toBeGreaterThanOrEqual(16);
    for (const e of entries) {
      expect(e.url).toMatch(/^https?:\/\//);
      expect(e.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.source.length).toBeGreaterThan(0);
    }
    // 西藏 2016: 345,900 of 3,648,100 (9.5 %), the highest share in the table.
    const provinces = entries.filter((e) => census.has(e.code));
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.filter((e) => e.value > census.get(e.code)! * data.placePopulations.partyShareMax)).toEqual([]);
  });
});
