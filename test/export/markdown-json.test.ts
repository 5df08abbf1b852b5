import { describe, expect, test } from 'vitest';
import { PAGE_SUMMARY_SCHEMA, escapeMarkdown, toJson, toMarkdown } from '@/lib/export';
import { summaryInput } from './fixtures';

describe('JSON export', () => {
  test('is versioned and keeps the stable figure fields', () => {
    const doc = JSON.parse(toJson(summaryInput()));
    expect(doc.schema).toBe(PAGE_SUMMARY_SCHEMA);
    expect(doc.source.title).toBe('凝心铸魂固根本 踔厉奋进建新功');
    expect(doc.campaign.campaigns[0].id).toBe('theme-education');
    expect(Object.keys(doc.figures[0])).toEqual(
      expect.arrayContaining(['text', 'start', 'end', 'value', 'valueMax', 'unit', 'qualifier', 'kind', 'label', 'subject', 'checks']),
    );
    expect(doc.figures[1].verdict).toBe('implausible');
  });

  test('a page that is not a campaign article has campaign null', () => {
    const doc = JSON.parse(toJson(summaryInput({ recognition: { isCampaign: false, campaigns: [] } })));
    expect(doc.campaign).toBeNull();
  });
});

describe('Markdown export', () => {
  test('has the page URL, the time of the check, a table row per figure and the flagged quotes', () => {
    const md = toMarkdown(summaryInput());
    expect(md).toContain('<http://hn.china.com/news/20240201/example.html>');
    expect(md).toContain('2026-11-22T02:00:00.000Z');
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(2);
    expect(md).toContain('## 需注意 Flagged');
    expect(md).toContain('### 62.8万多名党员');
  });

  test.each([
    ['table pipes', 'a|b', 'a\\|b'],
    ['html tags', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['links', '[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['line breaks', 'a\nb', 'a b'],
  ])('page text cannot become Markdown structure: %s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('evidence links that are not web addresses stay text', () => {
    const input = summaryInput();
    input.checks[0]!.evidence[0]!.source.url = 'javascript:alert(1)';
    const md = toMarkdown({ ...input, checks: [{ ...input.checks[0]!, verdict: 'differs' }] });
    expect(md).not.toContain('<javascript:');
    expect(md).toContain('javascript:alert\\(1\\)');
  });
});
