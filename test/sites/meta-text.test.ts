import { describe, expect, it } from 'vitest';
import { cleanTitle, dateFromUrl, findByline, normalizeIsoDate, paperOfEditionLine, parseDateLine, parseSourceLine } from '../../lib/sites/meta-text';

describe('parseDateLine', () => {
  it.each([
    ['china.com info line', '2021-12-27 11:47:22 来源:郑州日报', '2021-12-27T11:47:22'],
    ['people.com.cn line', '2023年10月08日08:24 | 来源：人民网－人民日报', '2023-10-08T08:24:00'],
    ['e-paper line, day only', '郑州日报 2024年01月29日 第01版：要闻', '2024-01-29'],
    ['slashes', '发布时间：2024/1/5 9:03', '2024-01-05T09:03:00'],
    ['no date', '来源：郑州日报', null],
    ['impossible month', '2024-13-01', null],
    ['31 February', '2024年2月31日 来源：郑州日报', null],
    ['29 February of a common year', '2023-02-29 10:00', null],
    ['29 February of a leap year', '2024-02-29 10:00', '2024-02-29T10:00:00'],
  ])('%s', (_name, line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });
});

describe('normalizeIsoDate', () => {
  it.each([
    ['with zone', '2021-12-27T11:47:22+08:00', '2021-12-27T11:47:22'],
    ['minutes only', '2024-01-18T15:32+08:00', '2024-01-18T15:32:00'],
    ['date only', '2024-01-20', '2024-01-20'],
    ['Chinese date', '2024年1月20日', '2024-01-20'],
  ])('%s', (_name, value, expected) => {
    expect(normalizeIsoDate(value)).toBe(expected);
  });

  // Dates are Asia/Shanghai wall time throughout (date lines print it): a zone is converted to it.
  it.each([
    ['UTC', '2021-12-27T03:47:22Z', '2021-12-27T11:47:22'],
    ['UTC, the next day in Shanghai', '2024-01-18T20:00:00+00:00', '2024-01-19T04:00:00'],
    ['a zone west of UTC', '2024-01-18T23:30:00-05:00', '2024-01-19T12:30:00'],
    ['fractional seconds and a zone without colon', '2024-01-18T07:32:00.000+0000', '2024-01-18T15:32:00'],
    ['no zone: already Shanghai time', '2021-12-27 11:47:22', '2021-12-27T11:47:22'],
  ])('converts a time zone to Shanghai time: %s', (_name, value, expected) => {
    expect(normalizeIsoDate(value)).toBe(expected);
  });

  it.each([
    ['31 February', '2024-02-31'],
    ['31 April with a time', '2024-04-31T10:00:00+08:00'],
    ['29 February of a common year', '2023-02-29'],
    ['month 13', '2024-13-01T00:00:00Z'],
    ['hour 24', '2024-01-18T24:10:00+08:00'],
    ['a Chinese date on 30 February', '2024年2月30日'],
  ])('refuses an impossible date: %s', (_name, value) => {
    expect(normalizeIsoDate(value)).toBeNull();
  });
});

describe('parseSourceLine', () => {
  it.each([
    ['half-width colon', '2021-12-27 11:47:22 来源:郑州日报', '郑州日报'],
    ['portal prefix dropped', '2023年10月08日08:24 | 来源：人民网－人民日报', '人民日报'],
    ['followed by author', '2024-01-18 15:32 来源：证券时报网 作者：陈静', '证券时报网'],
    ['traditional 來源', '2021年12月28日 來源：鄭州日報', '鄭州日報'],
    ['no source', '2021-12-27 11:47:22', null],
  ])('%s', (_name, line, expected) => {
    expect(parseSourceLine(line)).toBe(expected);
  });
});

describe('paperOfEditionLine', () => {
  it.each([
    ['郑州日报 2024年01月29日 第01版：要闻', '郑州日报'],
    ['《太原晚报》 2022年3月1日 星期二 第A03版', '太原晚报'],
    ['郑州日报  第01版：要闻', '郑州日报'],
    ['2024年01月29日 第01版：要闻', null],
    ['本报讯 郑州日报记者 2024年01月29日报道', null],
  ])('%s → %s', (line, paper) => {
    expect(paperOfEditionLine(line)).toBe(paper);
  });
});

describe('findByline', () => {
  it.each([
    ['reporters and correspondent', '标题\n本报记者 李娜 袁帅 通讯员 李绍廷\n正文第一段，内容。', '本报记者 李娜 袁帅 通讯员 李绍廷'],
    ['本报讯 credit', '本报讯(记者 裴其娟)新年伊始，郑州生态环境保护领域传来喜讯。', '记者 裴其娟'],
    ['credit at the end', '正文。\n郑报全媒体记者 谷长乐 马健 文/图', '郑报全媒体记者 谷长乐 马健'],
    ['a sentence mentioning a reporter is not a byline', '记者从市统计局获悉，前三季度经济增长6.8%。', null],
  ])('%s', (_name, text, expected) => {
    expect(findByline(text)).toBe(expected);
  });
});

describe('cleanTitle and dateFromUrl', () => {
  it.each([
    ['china.com suffix', '金水区走好新时代赶考之路_中华网', '金水区走好新时代赶考之路'],
    ['people.com.cn suffix', '某乳业秋季新品发布会在郑举行--河南频道--人民网', '某乳业秋季新品发布会在郑举行'],
    ['no suffix', '寒潮来袭 我省大部气温将下降8～10℃', '寒潮来袭 我省大部气温将下降8～10℃'],
  ])('title: %s', (_name, title, expected) => {
    expect(cleanTitle(title)).toBe(expected);
  });

  it.each([
    ['e-paper', 'http://zzrb.zynews.cn/html/2024-01/29/content_1.htm', '2024-01-29'],
    ['china.com', 'http://hn.china.com/news/20211227/40123.html', '2021-12-27'],
    ['people.com.cn', 'http://henan.people.com.cn/n2/2023/0920/c351638-1.html', '2023-09-20'],
    ['none', 'http://hn.china.com/news/', null],
  ])('url date: %s', (_name, url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
