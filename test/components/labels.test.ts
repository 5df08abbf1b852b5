// Every code the interface can show has words in both languages, and the card quotes each
// sentence once.
import { describe, expect, test } from 'vitest';
import { CAMPAIGN_EVIDENCE_PLACES, CAMPAIGN_IDS, CHECK_IDS, EVIDENCE_ORIGINS, FIGURE_KINDS, VERDICTS } from '@/lib/enums';
import { CHECK_LABELS, CSV_COLUMNS, KIND_LABELS, ORIGIN_LABELS, PLACE_LABELS, VERDICT_LABELS, confidenceLabel } from '@/lib/i18n';
import { campaignLabel } from '@/components/campaign-label';
import { sidesToQuote } from '@/components/CheckList';
import type { CheckResult, Evidence, Figure } from '@/lib/types';

const CODE = /^[a-z_-]+$/;

describe('labels', () => {
  test.each([
    ['verdicts', VERDICTS, VERDICT_LABELS],
    ['kinds', FIGURE_KINDS, KIND_LABELS],
    ['checks', CHECK_IDS, CHECK_LABELS],
    ['places', CAMPAIGN_EVIDENCE_PLACES, PLACE_LABELS],
    ['origins', EVIDENCE_ORIGINS, ORIGIN_LABELS],
  ] as const)('%s: a Chinese label that is no code, and an English one', (_name, codes, labels) => {
    for (const code of codes) {
      const label = (labels as Record<string, { zh: string; en: string }>)[code]!;
      expect(label.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en, code).not.toBe('');
    }
  });

  test('campaigns read as their names, never as their ids', () => {
    for (const id of CAMPAIGN_IDS) {
      expect(campaignLabel(id, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(campaignLabel(id, 'en')).not.toMatch(CODE);
    }
    expect(campaignLabel('party-history', 'zh')).toBe('党史学习教育');
  });

  test('CSV headers: Chinese words, and the documented English names', () => {
    for (const [name, label] of Object.entries(CSV_COLUMNS)) {
      expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en).toBe(name);
    }
  });

  test('confidence in words', () => {
    expect([0.9, 0.8, 0.75, 0.5, 0.3].map((c) => confidenceLabel(c, 'zh'))).toEqual(['高', '高', '中', '中', '低']);
  });
});

describe('the sides a card quotes', () => {
  const figure = { id: 'f1', text: '44984万名党员', value: 449_840_000 } as Figure;
  const sentence = '实现2041个基层党组织、44984万名党员全覆盖';
  const page = (quote: string, figureText: string | null, value: number | null): Evidence => ({
    quote, figureText, value, source: { origin: 'page', documentId: null, title: null, url: null, date: null, siteName: null },
  });
  const bound: Evidence = { quote: '全国党员总数：9918.5万（2023-12-31）', figureText: null, value: 99_185_000, source: { origin: 'bounds', documentId: null, title: '公报', url: null, date: '2023-12-31', siteName: null } };
  const result = (evidence: Evidence[]): CheckResult => ({ check: 'plausible-magnitude', figureId: 'f1', verdict: 'implausible', confidence: 0.9, evidence, message_zh: '', message_en: '' });

  test("leaves out the figure's own sentence and any side already quoted", () => {
    const population = page('为162万金水人“代言立命”', '162万金水人', 1_620_000);
    const a = result([page(sentence, figure.text, figure.value), bound, population]);
    const b = result([page(`${sentence}，为开展好`, figure.text, figure.value), population]);
    const sides = sidesToQuote([a, b], figure, sentence);
    expect(sides.get(a)).toEqual([bound, population]);
    expect(sides.get(b)).toEqual([]);
  });
});
