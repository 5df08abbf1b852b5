// A bound is quoted as of the article's time: a 2021 article is held to the Party's membership
// published for 2021, not to a later year's (values from the 党内统计公报, bounds.json).
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/compare';
import { extractFigures } from '../../lib/extract';

async function boundQuotes(text: string, date: string | null): Promise<string[]> {
  const figures = extractFigures(text);
  const results = await checkPage({ text, figures, meta: { title: null, date, source: null, byline: null, url: null, siteName: null } }, null);
  return results.filter((r) => r.check === 'plausible-magnitude').flatMap((r) => r.evidence.filter((e) => e.source.origin === 'bounds').map((e) => e.quote));
}

describe('bounds by the article date', () => {
  // 9.9亿名党员 is ten times any published total.
  const text = '全国共有党员9.9亿名。';

  it('a 2021 article quotes the total published in June 2021 (9514.8万)', async () => {
    const quotes = await boundQuotes(text, '2021-07-01');
    expect(quotes.some((q) => q.includes('9514.8万') && q.includes('2021-06-05'))).toBe(true);
    expect(quotes.some((q) => q.includes('9918.5万'))).toBe(false);
  });

  it('a 2024 article quotes the total for 2023 (9918.5万)', async () => {
    const quotes = await boundQuotes(text, '2024-07-01');
    expect(quotes.some((q) => q.includes('9918.5万') && q.includes('2023-12-31'))).toBe(true);
  });

  it('an article older than every published total quotes the earliest (2019)', async () => {
    const quotes = await boundQuotes(text, '2018-05-01');
    expect(quotes.some((q) => q.includes('9191.4万'))).toBe(true);
  });
});
