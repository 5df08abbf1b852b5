// Which URLs name the same page: a reference with this page's URL is not evidence for it.
import { describe, expect, test } from 'vitest';
import { normalizeUrl } from '@/lib/compare';

describe('normalizeUrl', () => {
  test.each([
    ['scheme, www. and a trailing slash', 'http://www.x.cn/a/b/', 'https://x.cn/a/b'],
    ['the fragment', 'https://x.cn/a/b.html#top', 'https://x.cn/a/b.html'],
    ['utm_* parameters', 'https://x.cn/a.html?utm_source=wx&utm_medium=social', 'https://x.cn/a.html'],
    ['spm and from', 'https://x.cn/show.aspx?spm=a.b.c&id=7&from=timeline', 'https://x.cn/show.aspx?id=7'],
    ['the order of the parameters', 'https://x.cn/show.aspx?b=2&a=1', 'https://x.cn/show.aspx?a=1&b=2'],
  ])('ignores %s', (_name, a, b) => {
    expect(normalizeUrl(a)).toBe(normalizeUrl(b));
  });

  test.each([
    ['the query names the article', 'http://www.x.cn/show.aspx?id=1', 'http://www.x.cn/show.aspx?id=2'],
    ['a query against none', 'https://x.cn/news.php?id=1', 'https://x.cn/news.php'],
    ['a parameter that only looks like a tracking one', 'https://x.cn/a?fromid=1', 'https://x.cn/a?fromid=2'],
  ])('tells pages apart when %s', (_name, a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });

  test('keeps the query in what it returns', () => {
    expect(normalizeUrl('https://www.X.cn/show.aspx?id=1&utm_source=a#p2')).toBe('x.cn/show.aspx?id=1');
  });
});
