// The popup and the side panel take a page summary from a content script that runs inside a page
// we do not control: every nested record is checked, as the background checks a page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPage } from '@/lib/compare';
import { quotesFor } from '@/lib/export';
import { extractFigures } from '@/lib/extract';
import { LIMITS, type PageSummary } from '@/lib/messages';
import { isPageSummary } from '@/lib/schemas/page-summary';
import { plainTextArticle } from '@/lib/plain-text-article';
import { recognizeCampaign } from '@/lib/recognize';
import { summaryInput } from '../export/fixtures';

const SEEDS = join(import.meta.dirname, '../../seeds');

function summary(): PageSummary {
  const input = summaryInput();
  return {
    status: 'checked', url: input.url, meta: input.meta!, recognition: input.recognition!, figures: input.figures, checks: input.checks,
    quotes: input.quotes!, checkedAt: input.checkedAt!, error: null, timing: { totalMs: 12.5, busyMs: 8, longestSliceMs: 3.1 }, scope: 'both',
  };
}

/** The summary with one nested value replaced (a path of keys and indexes). */
function broken(path: (string | number)[], value: unknown): unknown {
  const s = JSON.parse(JSON.stringify(summary())) as Record<string | number, unknown>;
  let at = s;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return s;
}

describe('isPageSummary', () => {
  test('accepts a summary as the content script sends it', () => {
    expect(isPageSummary(summary())).toBe(true);
    expect(isPageSummary({ ...summary(), skipped: { reason: 'article-too-long', checkedChars: LIMITS.textChars } })).toBe(true);
  });

  test.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('accepts the real summary of %s', async (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const article = plainTextArticle(text, 'https://hn.china.com/news/a.html');
    const figures = extractFigures(text);
    const checks = await checkPage({ text, figures, meta: article.meta }, null);
    const s: PageSummary = {
      ...summary(), meta: article.meta, recognition: recognizeCampaign(article), figures, checks, quotes: quotesFor(text, figures),
    };
    expect(isPageSummary(JSON.parse(JSON.stringify(s)))).toBe(true);
  });

  test.each([
    ['an unknown status', ['status'], 'done'],
    ['an unknown scope', ['scope'], 'everything'],
    ['a figure that is not an object', ['figures', 0], 'f0'],
    ['a figure value that is not a number', ['figures', 0, 'value'], '9606'],
    ['a figure of an unknown kind', ['figures', 1, 'kind'], '<img>'],
    ['a figure without its sentence', ['figures', 0, 'sentence'], null],
    ['a figure with a negative offset', ['figures', 0, 'start'], -1],
    ['a check that is not an object', ['checks', 0], 'same-metric'],
    ['a check of an unknown verdict', ['checks', 1, 'verdict'], 'pwned'],
    ['a check whose confidence is not a number', ['checks', 0, 'confidence'], 'high'],
    ['a check without messages', ['checks', 1, 'message_en'], undefined],
    ['a check whose evidence is not a list', ['checks', 0, 'evidence'], { quote: 'x' }],
    ['evidence whose quote is not text', ['checks', 0, 'evidence', 0, 'quote'], 42],
    ['evidence whose value is not a number', ['checks', 0, 'evidence', 0, 'value'], '9600'],
    ['evidence without a source', ['checks', 0, 'evidence', 0, 'source'], null],
    ['evidence from an unknown origin', ['checks', 0, 'evidence', 0, 'source', 'origin'], 'somewhere'],
    ['evidence whose link is not text', ['checks', 0, 'evidence', 0, 'source', 'url'], ['javascript:1']],
    ['a recognition that is not an object', ['recognition'], 'campaign'],
    ['a recognition without its verdict', ['recognition', 'isCampaign'], 'yes'],
    ['campaigns that are not a list', ['recognition', 'campaigns'], {}],
    ['a campaign whose score is not a number', ['recognition', 'campaigns', 0, 'score'], 'high'],
    ['a campaign whose evidence is not a list', ['recognition', 'campaigns', 0, 'evidence'], 'title'],
    ['campaign evidence found nowhere known', ['recognition', 'campaigns', 0, 'evidence'], [{ phrase: '主题教育', where: 'footer', offset: 0 }]],
    ['sections that are not a list', ['recognition', 'sections'], 'all'],
    ['a section without offsets', ['recognition', 'sections'], [{ title: null, isCampaign: true, campaigns: [] }]],
    ['a quote that is not text', ['quotes', 'f0'], { text: 'x' }],
    ['a timing that is not numbers', ['timing', 'totalMs'], 'slow'],
    ['an unknown reason to skip', ['skipped'], { reason: 'bored', checkedChars: 0 }],
    ['a text over the size limit', ['checks', 0, 'message_zh'], 'x'.repeat(LIMITS.stringChars + 1)],
  ])('refuses %s', (_name, path, value) => {
    expect(isPageSummary(broken(path, value))).toBe(false);
  });

  test('refuses too many figures', () => {
    expect(isPageSummary({ ...summary(), figures: Array(LIMITS.figures + 1).fill(summary().figures[0]) })).toBe(false);
  });
});
