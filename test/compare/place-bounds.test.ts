// Plausibility bounds by place (lib/compare/bounds.json, placePopulations): a count of people about
// a place must not exceed its 7th-census population, nor Party members a fifth of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/compare';
import { placeBoundsFor } from '../../lib/compare/bounds';
import { extractFigures } from '../../lib/extract';
import { handFigures, meta, plant, SEED, seedText } from './hand-figures';

const summary = seedText(SEED.summary);
const page = meta({ title: '凝心铸魂固根本 踔厉奋进建新功', date: '2024-01-01', source: '郑州日报' });
const members = (text: string, written: string) => handFigures(text, [{ written, label: '党员', subject: '全市', unit: '名' }]);

describe('bounds by place', () => {
  it('the census table adds up to the bulletin’s total of the 31 provinces', async () => {
    const { default: data } = await import('../../lib/compare/bounds.json');
    const provinces = data.placePopulations.places.filter((p) => p.code.endsWith('0000'));
    expect(provinces).toHaveLength(31);
    // 第七次全国人口普查公报（第三号）: 31 provinces 1,409,778,724 (the nation's 1,411,778,724 includes 2,000,000 servicemen).
    expect(provinces.reduce((s, p) => s + p.value, 0)).toBe(1_409_778_724);
  });

  it('a district takes its city’s bounds; Party members a fifth of 12,600,574', () => {
    const [figure] = members(summary, '28万名党员');
    const bounds = placeBoundsFor(figure!, '410105');
    expect(bounds.map((b) => [b.id, b.value])).toEqual([
      ['party-share-410100', 2520115],
      ['census-410100', 12600574],
    ]);
  });

  it('28万名党员 in Zhengzhou passes; 310万 (planted) is more than a fifth of the city', async () => {
    const check = async (text: string, written: string) =>
      (await checkPage({ text, figures: members(text, written), meta: page }, null)).filter((r) => r.check === 'plausible-magnitude');
    expect(await check(summary, '28万名党员')).toEqual([]);
    // 310万 at its written precision is 3,050,000..3,150,000, over 2,520,115 and the bounds' margin (×1.1).
    const planted = plant(summary, '1.2万个基层党组织和28万名党员', '1.2万个基层党组织和310万名党员');
    const [result] = await check(planted, '310万名党员');
    expect(result?.verdict).toBe('implausible');
    expect(result!.message_zh).toContain('郑州市常住人口（第七次全国人口普查）的五分之一');
    expect(result!.evidence.find((e) => e.source.origin === 'bounds')?.value).toBe(2520115);
  });

  it('a figure whose place only the article gives is held to no place’s bound', async () => {
    const flagged = async (text: string) => {
      const figures = handFigures(text, [{ written: '310万名党员', label: '党员', subject: null, unit: '名' }]);
      return (await checkPage({ text, figures, meta: page }, null)).filter((r) => r.check === 'plausible-magnitude');
    };
    // The sentence names the city (全市…): its bound applies.
    expect((await flagged(plant(summary, '1.2万个基层党组织和28万名党员', '1.2万个基层党组织和310万名党员'))).map((r) => r.verdict)).toEqual(['implausible']);
    // A sentence that names no place, in the same Zhengzhou article: the nation's members, perhaps.
    expect(await flagged(plant(summary, '全市1.2万个基层党组织和28万名党员', '共有310万名党员'))).toEqual([]);
  });

  // The flag audit's fifteenth batch (read after its one measurement): 吉林's 2019 bulletin, dated 2020-04-03, gives
  // `年末全省常住人口為2690.73萬人`; the census of 2020-11-01 found 2407.35万 (×1.118). Before the census a province's
  // own estimate may stand that far above it; after it, the same figure is no population of 吉林.
  it('a population published before the census may exceed what the census found, and not after it', async () => {
    const dir = join(import.meta.dirname, '../corpus/audit-pages');
    const text = readFileSync(join(dir, 'x30-34.txt'), 'utf8');
    const { title } = JSON.parse(readFileSync(join(dir, 'x30-34.json'), 'utf8')) as { title: string };
    const magnitude = async (date: string) =>
      (await checkPage({ text, figures: extractFigures(text), meta: meta({ title, date }) }, null)).filter((r) => r.check === 'plausible-magnitude' && r.verdict === 'implausible');
    expect(await magnitude('2020-04-03')).toEqual([]);
    expect((await magnitude('2022-04-03')).map((r) => r.message_zh)).toEqual([expect.stringContaining('2690.73萬人')]);
  });
});
