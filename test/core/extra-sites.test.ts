// The reader's own sites: what may be added, and which granted patterns are the reader's.
import { describe, expect, it } from 'vitest';
import { extraSiteHost, extraSites, isListedSite, sitePattern } from '@/lib/extra-sites';
import { NEWS_SITE_PATTERNS } from '@/lib/news-sites';

describe('a site the reader adds', () => {
  it.each([
    ['www.zhengzhou.gov.cn', 'zhengzhou.gov.cn'],
    ['https://www.zhengzhou.gov.cn/news/1.html', 'zhengzhou.gov.cn'],
    ['  HTTP://Epaper.ZZRB.com.cn/ ', 'epaper.zzrb.com.cn'],
    ['gov.cn', 'gov.cn'],
    ['cn', null],
    ['', null],
    ['not a site', null],
    ['<script>', null],
  ])('%j is %j', (input, host) => {
    expect(extraSiteHost(input)).toBe(host);
  });

  it('is granted with its subdomains, over http and https', () => {
    expect(sitePattern('zhengzhou.gov.cn')).toBe('*://*.zhengzhou.gov.cn/*');
  });

  it('is already covered when it is one of the listed news sites or under one', () => {
    expect(isListedSite('people.com.cn')).toBe(true);
    expect(isListedSite('henan.people.com.cn')).toBe(true);
    expect(isListedSite('zhengzhou.gov.cn')).toBe(false);
    expect(isListedSite('notpeople.com.cn')).toBe(false);
  });
});

describe('the sites among the browser\'s grants', () => {
  it('are the patterns beyond the listed news sites, in the form the extension asks for, as sorted hosts', () => {
    const granted = [...NEWS_SITE_PATTERNS, '*://*.zhengzhou.gov.cn/*', '*://*.gov.cn/*', '*://*.gov.cn/*', 'https://example.com/*', '<all_urls>', '*://*/*'];
    expect(extraSites(granted)).toEqual(['gov.cn', 'zhengzhou.gov.cn']);
  });

  it('are none at install, when only the listed news sites are granted', () => {
    expect(extraSites(NEWS_SITE_PATTERNS)).toEqual([]);
  });
});
