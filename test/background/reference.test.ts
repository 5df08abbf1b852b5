// The background without storage (a private window): the checks within the page still run,
// and the reader is told, in words, why the comparisons did not.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { extractFigures } from '@/lib/extract';
import { plainTextArticle } from '@/lib/plain-text-article';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const text = readFileSync(join(import.meta.dirname, '../../seeds/004_8cfb99e02b4e6cf3.txt'), 'utf8');

describe('checks when IndexedDB is unavailable', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('indexedDB', undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  test('in-page checks still run, and the error says why the reference checks did not', async () => {
    const { checkPageAgainstReference, STORAGE_UNAVAILABLE } = await import('@/entrypoints/background/reference');
    const article = plainTextArticle(text, 'https://hn.china.com/news/jinshui.html');
    const result = await checkPageAgainstReference({ url: article.meta.url!, meta: article.meta, text, figures: extractFigures(text) }, 'both');
    expect(result.datasetVersion).toBeNull();
    expect(result.datasetError).toContain(STORAGE_UNAVAILABLE);
    const implausible = result.checks.find((c) => c.verdict === 'implausible');
    expect(implausible?.evidence.some((e) => e.figureText?.includes('44984万'))).toBe(true);
  });
});
