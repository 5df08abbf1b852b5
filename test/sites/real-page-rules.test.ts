// Rules of the news page genre, each on the real saved page (test/pages/real/, tuning part) that
// showed the readers missing it: a <div class="Heading"> headline, a 最后更新 time beside the
// publication time, a ranked list of numbered links that is not a pager, a `【文/… 王文】` credit,
// a 来源 that closes the article when the date line says only 转载文章, an outlet given as
// portal—paper after the date, a day-first date that metadata confirms, and a block that holds
// the headline and its date line over the body.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../scripts/parse-html';
import { readArticle } from '../../lib/sites';
import { realPages } from './real-pages';
import { bodyOverlap } from './real-pages';

const tuning = new Map(realPages().filter((p) => !p.holdout).map((p) => [p.name, p] as const));

function readPage(name: string) {
  const page = tuning.get(name);
  if (!page) throw new Error(`${name} is not a tuning page`);
  const result = readArticle(parseHtmlDocument(page.html), page.url);
  if (!result) throw new Error(`no article on ${name}`);
  return { page, result, meta: result.article.meta };
}

describe('headline', () => {
  it('is a block whose class names it a heading (qianlong-2), with the date line under it and 来源 below the body', () => {
    const { meta } = readPage('qianlong-2');
    expect(meta.title).toBe('北京市儿童(13-15岁)心理素质发展现状调查研究报告');
    expect(meta.date).toBe('2005-03-06T16:17:00');
    expect(meta.source).toBe('千龙网');
  });
});

describe('date', () => {
  it('is the publication time, not the 最后更新 time printed after it (guancha-1, guancha-2)', () => {
    expect(readPage('guancha-1').meta.date).toBe('2019-09-07T09:25:09');
    expect(readPage('guancha-2').meta.date).toBe('2019-09-07T15:10:53');
  });

  it('is read day first from `06/02/2022 - 13:48` when metadata confirms that day (rfi-1)', () => {
    expect(readPage('rfi-1').meta.date).toBe('2022-02-06T13:48:00');
  });
});

describe('来源', () => {
  it('closes the article when the date line says only 转载文章 (yahoo-cn-4: 来源：…, yahoo-cn-5: 转自《…》)', () => {
    expect(readPage('yahoo-cn-4').meta.source).toBe('南方都市报');
    expect(readPage('yahoo-cn-5').meta.source).toBe('北京科技报');
  });

  it('follows the date as portal—paper without a label (sohu-auto-2)', () => {
    expect(readPage('sohu-auto-2').meta.source).toContain('新快报');
  });

  it('is not a 下一篇 link beside a dated title (mingridapan-1)', () => {
    expect(readPage('mingridapan-1').meta.source).toBeNull();
  });
});

describe('byline', () => {
  it('is the name in a `【文/观察者网专栏作者 王文】` credit (guancha-1)', () => {
    expect(readPage('guancha-1').meta.byline).toBe('王文');
  });

  it('is the 执笔人 of a report (qianlong-2)', () => {
    expect(readPage('qianlong-2').meta.byline).toBe('闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺');
  });
});

describe('pager', () => {
  it('is not a ranked list whose numbers each head an item (guancha-2)', () => {
    expect(readPage('guancha-2').result.continues).toBe(false);
  });

  it('is still the numbered pager with 下一页 (guancha-1)', () => {
    expect(readPage('guancha-1').result.continues).toBe(true);
  });
});

describe('body', () => {
  it('leaves out the headline and date line the article block opens with (mingridapan-1, thepaper-4)', () => {
    for (const name of ['mingridapan-1', 'thepaper-4']) {
      const { page, result } = readPage(name);
      expect(result.article.text, name).not.toContain(page.expected.title);
      expect(bodyOverlap(result.article.text, page.body).precision, name).toBeGreaterThan(0.9);
    }
  });
});

describe('the edges of an article block, on their own', () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：今年以来，全区改造老旧小区${30 + i}个，惠及居民${2 + i}.1万户。</p>`).join('');
  const read = (inner: string) => readArticle(parseHtmlDocument(`<html><head><title>老旧小区改造提速</title></head><body><div class="article">${inner}</div></body></html>`), 'http://www.example.cn/a.html')!.article.text;

  it('cuts at a run of staff credits near the end, not at one 编辑 line', () => {
    expect(read(`<h1>老旧小区改造提速</h1>${paragraphs(6)}<p>编辑|某某</p><p>责编|某某某</p><p>回复【福利】查看各种政策福利</p>`)).not.toContain('回复【福利】');
    expect(read(`<h1>老旧小区改造提速</h1>${paragraphs(6)}<p>编辑：某某</p><p>第7段：明年将继续推进改造。</p>`)).toContain('第7段');
  });

  it('keeps a headline that is all of a long first block', () => {
    const text = read(`<div><h1>老旧小区改造提速</h1>${paragraphs(3)}</div>${paragraphs(3)}`);
    expect(text).toContain('第1段');
  });
});
