// The article search in steps: on a long page it gives the page many chances to run, and finds
// what the search in one go finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleInSteps } from '@/lib/sites';
import { fixturePages, parsePage } from '../sites/fixture-pages';

function stepsOf<T>(steps: Generator<void, T, void>): { count: number; value: T } {
  let count = 0;
  for (let step = steps.next(); ; step = steps.next(), count++) if (step.done) return { count, value: step.value };
}

describe('the article search in steps', () => {
  it('resumes across many steps on a long page of a site without an adapter, and finds the same body', () => {
    // A reference article's paragraphs, repeated to 3,000 paragraphs, after a menu of links.
    const paragraphs = readFileSync(join(import.meta.dirname, '../../seeds/003_ccc67071d7f988a0.txt'), 'utf8')
      .split('\n')
      .filter((p) => p.trim());
    const body = Array.from({ length: 3_000 }, (_, i) => `<p>${paragraphs[i % paragraphs.length]!.replace(/[<&>]/g, '')}</p>`).join('');
    const html = `<!doctype html><html><head><title>t</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">要闻</a></div><div class="article-body">${body}</div></body></html>`;
    const url = 'https://www.example-news.cn/2024/01/29/a.html';
    const stepped = stepsOf(findArticleInSteps(parsePage(html), url));
    // 1,000 paragraphs scored a hundred at a time, the finalists read one by one.
    expect(stepped.count).toBeGreaterThanOrEqual(10);
    const whole = findArticle(parsePage(html), url);
    expect(stepped.value?.adapter.id).toBe('generic');
    expect(stepped.value?.root.getAttribute('class')).toBe('article-body');
    expect(whole?.root.getAttribute('class')).toBe('article-body');
  });

  it.each(fixturePages().map((p) => [p.name, p] as const))('%s: same body as the search in one go', (_name, page) => {
    const stepped = stepsOf(findArticleInSteps(parsePage(page.html), page.expected.url)).value;
    const whole = findArticle(parsePage(page.html), page.expected.url);
    expect(stepped?.adapter.id).toBe(whole?.adapter.id);
    expect(stepped?.root.outerHTML).toBe(whole?.root.outerHTML);
  });
});
