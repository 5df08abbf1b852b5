import { describe, expect, it } from 'vitest';
import { readArticle, adapterFor } from '../../lib/sites';
import { recognizeCampaign } from '../../lib/recognize';
import { fixturePages, parsePage } from './fixture-pages';

const pages = fixturePages();
const articles = pages.filter((p) => p.expected.site !== null);
const nonArticles = pages.filter((p) => p.expected.site === null);

describe('readArticle on the fixture pages', () => {
  it('has the pages the tests rely on', () => {
    expect(articles.filter((p) => p.expected.seed !== null).length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.name.startsWith('control-')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(articles.map((p) => [p.name, p] as const))('%s: title, date, source and site', (_name, page) => {
    const result = readArticle(parsePage(page.html), page.expected.url);
    expect(result).not.toBeNull();
    expect(result!.site).toBe(page.expected.site);
    expect(result!.article.meta.title).toBe(page.expected.title);
    expect(result!.article.meta.date).toBe(page.expected.date);
    expect(result!.article.meta.source).toBe(page.expected.source);
  });

  it.each(articles.map((p) => [p.name, p] as const))('%s: keeps the article figures, drops the page furniture', (_name, page) => {
    const { article, text } = readArticle(parsePage(page.html), page.expected.url)!;
    const missing = (page.expected.presentInText ?? []).filter((s) => !article.text.includes(s));
    const leaked = (page.expected.absentFromText ?? []).filter((s) => article.text.includes(s));
    expect(missing).toEqual([]);
    expect(leaked).toEqual([]);
    // Every node maps 1:1, except the node at the cut of a text over the length cap, kept in part.
    text.segments.forEach((seg, i) => {
      const piece = article.text.slice(seg.start, seg.end);
      if (text.truncated && i === text.segments.length - 1) expect(seg.node.data.startsWith(piece)).toBe(true);
      else expect(piece).toBe(seg.node.data);
    });
  });

  it.each(nonArticles.map((p) => [p.name, p] as const))('%s: no article', (_name, page) => {
    expect(readArticle(parsePage(page.html), page.expected.url)).toBeNull();
  });
});

describe('adapterFor', () => {
  it.each([
    ['http://news.china.com/domestic/945/20240101/1.html', 'generic'],
    ['http://hn.china.com/news/20211227/40123.html', 'generic'],
    ['http://henan.china.com/news/1.html', 'generic'],
    ['http://zzrb.zynews.cn/html/2024-01/29/content_1.htm', 'generic'],
    ['https://www.zynews.cn/news/1.html', 'generic'],
    ['https://news.dahe.cn/2023/10-24/1.html', 'dahe'],
    ['http://henan.people.com.cn/n2/2023/0920/c351638-1.html', 'people'],
    ['http://politics.people.cn/n1/2023/1008/c1001-1.html', 'people'],
    ['http://www.news.cn/politics/20240110/abc/c.html', 'xinhua'],
    ['http://www.xinhuanet.com/politics/2019-01/01/c_1.htm', 'xinhua'],
    ['https://notchina.com/a.html', 'generic'],
    ['https://china.com.evil.example/a.html', 'generic'],
    ['not a url', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(url).id).toBe(id);
  });
});

describe('an adapter whose selectors miss falls back to block scoring', () => {
  it('a china.com page with a redesigned body container is still read', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>全市第${i + 1}批民生项目共${100 + i}个，总投资${20 + i}.5亿元，已完成年度计划的${90 + i}%，群众满意度持续提升。</p>`).join('');
    const html = `<html><head><title>民生项目进展_中华网</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">河南</a></div><h1>民生项目进展</h1><div class="new-body">${paragraphs}</div><div class="foot">京ICP备10045678号-3</div></body></html>`;
    const result = readArticle(parsePage(html), 'http://hn.china.com/news/20240101/1.html');
    expect(result?.site).toBe('generic');
    expect(result?.article.text).toContain('总投资25.5亿元');
    expect(result?.article.text).not.toContain('ICP');
  });
});

describe('generic fallback inside the article body', () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>今年以来，全区第${i + 1}批改造老旧小区${30 + i}个，惠及居民${2 + i}.1万户，完成投资${5 + i}.2亿元。</p>`).join('');
  const html = `<html><head><title>老旧小区改造</title></head><body><div class="article-body">${paragraphs}<p class="photo-caption">改造后的小区新增停车位860个。</p><div class="related-links"><a href="/1">全市供暖面积达1.9亿平方米</a><a href="/2">新增公园12个</a></div><div class="share-bar"><a href="#">微博</a> 已分享3200次</div></div></body></html>`;
  const result = readArticle(parsePage(html), 'https://www.example-city.cn/news/2024/0105/1.html');

  it.each([
    ['keeps a photo caption (class photo-caption)', '860个', true],
    ['keeps the paragraphs', '7.2亿元', true],
    ['drops a related-links list', '1.9亿平方米', false],
    ['drops a share bar', '3200次', false],
  ])('%s', (_name, needle, present) => {
    expect(result?.article.text.includes(needle)).toBe(present);
  });
});

describe('every article fixture served from an unknown host (generic fallback only)', () => {
  it.each(articles.map((p) => [p.name, p] as const))('%s: same campaigns, figures kept, furniture dropped', (_name, page) => {
    const result = readArticle(parsePage(page.html), `http://127.0.0.1:8080/${page.name}.html`);
    expect(result?.site).toBe('generic');
    const recognition = recognizeCampaign(result!.article);
    expect(recognition.campaigns.map((c) => c.id)).toEqual(page.expected.campaigns);
    expect(result!.article.meta.title).toBe(page.expected.title);
    const missing = (page.expected.presentInText ?? []).filter((s) => !result!.article.text.includes(s));
    const leaked = (page.expected.absentFromText ?? []).filter((s) => result!.article.text.includes(s));
    expect(missing).toEqual([]);
    expect(leaked).toEqual([]);
  });
});
