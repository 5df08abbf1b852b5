// The summary's filter: "only what needs attention" keeps changes over time and other scopes,
// a count chip narrows to its verdict, and a check that could not decide is undecided.
import { describe, expect, test } from 'vitest';
import { NO_FILTER, applyFilter, attentionCount, figureRows, statusCounts } from '@/components/figure-filter';
import type { PageSummary } from '@/lib/messages';
import type { CheckResult, Figure, Verdict } from '@/lib/types';

function figure(id: string, kind: Figure['kind'] = 'count'): Figure {
  return { id, text: id, start: 0, end: 1, numberStart: 0, numberEnd: 1, value: 1, unit: null, qualifier: null, kind, label: null, subject: null, sentence: { start: 0, end: 1 } };
}

function check(figureId: string, verdict: Verdict, id: CheckResult['check'] = 'same-metric'): CheckResult {
  return { check: id, figureId, verdict, confidence: 0.7, evidence: [], message_zh: '', message_en: '' };
}

const summary = {
  status: 'checked',
  url: 'https://example.com/',
  meta: null,
  recognition: null,
  figures: ['grew', 'scope', 'same', 'open', 'none', 'wrong'].map((id) => figure(id, id === 'wrong' ? 'percent' : 'count')),
  checks: [
    check('grew', 'changed_over_time'),
    check('scope', 'different_scope'),
    check('same', 'consistent'),
    check('open', 'unknown'),
    check('wrong', 'inconsistent', 'rate-vs-counts'),
    check('wrong', 'consistent'),
  ],
  quotes: {},
  checkedAt: null,
  error: null,
  timing: null,
  scope: 'both',
} satisfies PageSummary;

const ids = (rows: { figure: Figure }[]) => rows.map((r) => r.figure.id);

describe('the figure filter', () => {
  const rows = figureRows(summary);

  test('each figure shows its most serious verdict; an undecided check is not "unchecked"', () => {
    expect(rows.map((r) => r.status)).toEqual(['changed_over_time', 'different_scope', 'consistent', 'undecided', 'unknown', 'inconsistent']);
  });

  test('only what needs attention keeps the flagged, the changed over time and the other scopes', () => {
    expect(ids(applyFilter(rows, { ...NO_FILTER, attentionOnly: true }))).toEqual(['grew', 'scope', 'wrong']);
    expect(attentionCount(rows)).toBe(3);
  });

  test('a verdict, a kind and a check narrow the list, and together they all apply', () => {
    expect(ids(applyFilter(rows, { ...NO_FILTER, status: 'undecided' }))).toEqual(['open']);
    expect(ids(applyFilter(rows, { ...NO_FILTER, kind: 'percent' }))).toEqual(['wrong']);
    expect(ids(applyFilter(rows, { ...NO_FILTER, check: 'rate-vs-counts' }))).toEqual(['wrong']);
    expect(ids(applyFilter(rows, { ...NO_FILTER, check: 'same-metric', kind: 'percent' }))).toEqual(['wrong']);
    expect(ids(applyFilter(rows, { ...NO_FILTER, status: 'consistent', attentionOnly: true }))).toEqual([]);
    expect(ids(applyFilter(rows, NO_FILTER))).toEqual(ids(rows));
  });

  test('the chips count every status once', () => {
    expect(Object.fromEntries(statusCounts(rows))).toEqual({ changed_over_time: 1, different_scope: 1, consistent: 1, undecided: 1, unknown: 1, inconsistent: 1 });
  });
});
