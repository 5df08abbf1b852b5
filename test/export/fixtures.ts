// A page summary in the shape the extension produces, from a real sentence of seeds/000.
import type { ExportInput } from '@/lib/export';
import type { CheckResult, Figure } from '@/lib/types';

export const SENTENCE = '郑州市市领导班子和9606个参学单位、2.9万个基层党组织、62.8万多名党员积极参与、全心投入。';

function figure(id: string, text: string, value: number, unit: string, label: string, qualifier: Figure['qualifier'] = null): Figure {
  const start = SENTENCE.indexOf(text);
  return {
    id, text, start, end: start + text.length, numberStart: start, numberEnd: start + text.length - label.length - unit.length,
    value, unit, qualifier, kind: 'count', label, subject: '郑州市', sentence: { start: 0, end: SENTENCE.length },
  };
}

export function summaryInput(overrides: Partial<Omit<ExportInput, 'figures' | 'checks'>> = {}): ExportInput & { figures: Figure[]; checks: CheckResult[] } {
  const figures = [figure('f0', '9606个参学单位', 9606, '个', '参学单位'), figure('f1', '62.8万多名党员', 628000, '名', '党员', 'more_than')];
  return {
    url: 'http://hn.china.com/news/20240201/example.html',
    meta: { title: '凝心铸魂固根本 踔厉奋进建新功', date: '2024-02-01', source: '郑州日报', byline: null, url: null, siteName: '中华网' },
    recognition: { isCampaign: true, campaigns: [{ id: 'theme-education', name: '主题教育', score: 9, evidence: [] }] },
    figures,
    checks: [
      {
        check: 'same-metric', figureId: 'f0', verdict: 'consistent', confidence: 0.9,
        evidence: [{ quote: '全市9600多个基层参学单位', figureText: '9600多个基层参学单位', value: 9600, source: { origin: 'bundled', documentId: 'd1', title: '另一篇报道', url: 'https://example.com/a', date: '2023-11-01', siteName: null } }],
        message_zh: '与另一篇报道一致', message_en: 'agrees with another report',
      },
      { check: 'plausible-magnitude', figureId: 'f1', verdict: 'implausible', confidence: 0.8, evidence: [], message_zh: '量级存疑', message_en: 'implausible magnitude' },
    ],
    quotes: { f0: SENTENCE, f1: SENTENCE },
    checkedAt: '2026-11-22T02:00:00.000Z',
    ...overrides,
  };
}
