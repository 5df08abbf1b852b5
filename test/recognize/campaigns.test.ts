import { describe, expect, it } from 'vitest';
import { CAMPAIGNS, CAMPAIGN_MARKERS, STRONG_WEIGHT } from '../../lib/recognize/campaigns';
import { phraseRegex } from '../../lib/recognize/phrase-hits';
import { foldScript } from '../../lib/script-fold';
import { quickCampaignCheck } from '../../lib/recognize';

const phrases = CAMPAIGNS.flatMap((c) => c.phrases.map((p) => ({ campaign: c.id, ...p })));

describe('campaign data', () => {
  it('has unique campaign ids', () => {
    expect(new Set(CAMPAIGNS.map((c) => c.id)).size).toBe(CAMPAIGNS.length);
  });

  it.each(phrases.map((p) => [`${p.campaign}: ${p.text}`, p] as const))('%s matches its own example', (_name, p) => {
    expect(phraseRegex(p).test(p.text)).toBe(true);
  });

  it.each(phrases.filter((p) => p.weight >= STRONG_WEIGHT).map((p) => [p.text, p] as const))(
    'strong phrase %s passes the pre-filter',
    (_name, p) => {
      expect(quickCampaignCheck(p.text)).toBe(true);
      expect(CAMPAIGN_MARKERS.some((m) => p.text.includes(m))).toBe(true);
    },
  );

  it.each(CAMPAIGNS.map((c) => [c.id, c] as const))('%s: the traditional name folds to the simplified name', (_id, c) => {
    const strip = (s: string) => s.replace(/[“”「」『』]/g, '');
    expect(strip(foldScript(c.name['zh-Hant']))).toBe(strip(c.name['zh-Hans']));
  });
});

describe('quickCampaignCheck', () => {
  it.each([
    ['simplified campaign name', '郑州市扎实开展主题教育', true],
    ['traditional campaign name', '深入開展黨史學習教育', true],
    ['traditional 我為群眾辦實事', '「我為群眾辦實事」實踐活動', true],
    ['sports result', '河南队3比1战胜对手，全场比赛观众达2.3万人次。', false],
    ['stock report', '沪指收报3012.45点，涨0.36%，成交额8123亿元。', false],
    ['empty text', '', false],
  ])('%s', (_name, text, expected) => {
    expect(quickCampaignCheck(text)).toBe(expected);
  });
});
