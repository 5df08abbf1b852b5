// A page's canonical URL is its own claim: taken only on the same site, resolved against the page.
import { describe, expect, it } from 'vitest';
import { acceptedCanonical, pageKey, siteOf } from '../../lib/sites/canonical';

describe('the canonical URL a page claims', () => {
  it.each([
    ['http://news.china.com/a/1.html', 'https://www.china.com/a/1.html', 'https://www.china.com/a/1.html'],
    // Relative: resolved against the page, so `/a.html` on two sites names two pages.
    ['http://henan.china.com/n/2.html', '/n/2.html', 'http://henan.china.com/n/2.html'],
    ['http://www.zynews.cn/x/3.shtml', '3.shtml?id=2', 'http://www.zynews.cn/x/3.shtml?id=2'],
    // Two-label public suffixes: people.com.cn and its channels are one site.
    ['http://politics.people.com.cn/n1/a.html', 'http://www.people.com.cn/n1/a.html', 'http://www.people.com.cn/n1/a.html'],
    ['http://www.hn.gov.cn/a.html', 'http://www.zz.gov.cn/a.html', null],
    // Another site's article, a script, nothing.
    ['http://www.dahe.cn/news/1.html', 'http://www.zynews.cn/kept/1.html', null],
    ['http://www.dahe.cn/news/1.html', 'javascript:alert(1)', null],
    ['http://www.dahe.cn/news/1.html', '', null],
    ['http://www.dahe.cn/news/1.html', null, null],
    // A page saved to a file says where it came from.
    ['file:///tmp/page.html', 'http://www.dahe.cn/news/1.html', 'http://www.dahe.cn/news/1.html'],
    ['file:///tmp/page.html', '/news/1.html', null],
  ])('%s claiming %s → %s', (page, claim, expected) => {
    expect(acceptedCanonical(claim, page)).toBe(expected);
  });

  it('names sites by their registrable domain', () => {
    expect(siteOf('news.china.com')).toBe('china.com');
    expect(siteOf('www.henan.gov.cn')).toBe('henan.gov.cn');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('keys a page by its address without the fragment, query kept', () => {
    expect(pageKey('http://www.zynews.cn/show.aspx?id=1#top')).toBe('http://www.zynews.cn/show.aspx?id=1');
    expect(pageKey('http://www.zynews.cn/show.aspx?id=2')).not.toBe(pageKey('http://www.zynews.cn/show.aspx?id=1'));
  });
});
