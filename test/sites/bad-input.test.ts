import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/sites';
import { recognizeCampaign, quickCampaignCheck } from '../../lib/recognize';
import { parsePage } from './fixture-pages';

function readAndRecognize(html: string, url: string) {
  const started = performance.now();
  const result = readArticle(parsePage(html), url);
  const recognition = result ? recognizeCampaign(result.article) : null;
  return { result, recognition, ms: performance.now() - started };
}

const enormous = '据统计，全市新增停车泊位2.3万个，主题教育'.repeat(60_000); // ~1.3 M characters, one text node

const cases: Array<[string, string, string]> = [
  ['empty string', '', 'http://news.china.com/a.html'],
  ['no body element content', '<!doctype html><html><head><title>空</title></head></html>', 'http://news.china.com/a.html'],
  ['frameset', '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>', 'http://zzrb.zynews.cn/index.htm'],
  ['only scripts', `<html><body>${'<script>var a=[9606,62.8,99.89];</script>'.repeat(2000)}</body></html>`, 'http://www.example.cn/'],
  ['enormous single text node', `<html><body><div>${enormous}</div></body></html>`, 'http://www.example.cn/big.html'],
  ['enormous text node on a china.com body', `<html><body><div id="chan_newsDetail">${enormous}</div></body></html>`, 'http://hn.china.com/news/20240101/1.html'],
  ['unclosed tags', '<html><body><div><p>全市<b>新增<i>项目<p>312个<div><span>总投资1856亿元', 'http://www.example.cn/x.html'],
  ['deep nesting', `<html><body>${'<div>'.repeat(5000)}<p>党史学习教育开展以来，全区开展专题学习1200余场次。</p>${'</div>'.repeat(5000)}</body></html>`, 'http://www.example.cn/deep.html'],
  ['Russian page', '<html><body><article><p>В Чжэнчжоу выпал снег, движение транспорта затруднено на 146 улицах города.</p><p>Власти направили 1200 снегоуборочных машин и 30000 рабочих.</p></article></body></html>', 'https://example.ru/news/1'],
  ['Japanese page', '<html><body><article><p>鄭州市で大雪が降り、市内の146本の道路で交通が乱れました。当局は除雪車1200台と作業員3万人を派遣しました。</p></article></body></html>', 'https://example.jp/news/1'],
  ['binary-looking text', `<html><body><p>${'\u0000\u0001\uFFFD\uD800'.repeat(5000)}</p></body></html>`, 'http://www.example.cn/bin.html'],
];

describe('bad input never throws or hangs', () => {
  it.each(cases)('%s', (_name, html, url) => {
    const { recognition, ms } = readAndRecognize(html, url);
    expect(ms).toBeLessThan(3000);
    if (recognition) {
      expect(Array.isArray(recognition.campaigns)).toBe(true);
    }
  });

  it('an enormous single text node is read without splitting it and recognized quickly', () => {
    const { result, ms } = readAndRecognize(`<html><body><div>${enormous}</div></body></html>`, 'http://www.example.cn/big.html');
    expect(result?.text.segments.length).toBe(1);
    expect(ms).toBeLessThan(3000);
  });

  it.each([
    ['empty', ''],
    ['enormous', enormous],
    ['surrogates', '\uD800\uDC00\uD800'.repeat(1000)],
  ])('quickCampaignCheck on %s text returns a boolean', (_name, text) => {
    expect(typeof quickCampaignCheck(text)).toBe('boolean');
  });

  it.each([
    ['empty article', ''],
    ['only newlines', '\n\n\n\n'],
    ['one enormous line', enormous],
  ])('recognizeCampaign on %s does not throw', (_name, text) => {
    const r = recognizeCampaign({ text, headings: [], meta: { title: null, date: null, source: null, byline: null, url: null, siteName: null } });
    expect(typeof r.isCampaign).toBe('boolean');
  });
});
