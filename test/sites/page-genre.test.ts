// The general rules of the news page genre the readers follow, each on a small page that shows
// it alone: the headline beside a logo <h1> and a <title> with the site's name before or after
// it, the visible date line over metadata, a 来源 without its label, a date kept only in a
// script, a brief under its headline beside a long live blog, and a pager.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../scripts/parse-html';
import { readArticle } from '../../lib/sites';
import { bylineInLines, cleanTitle, findByline, outletAfterDate, outletOfCredit, parseSourceLine } from '../../lib/sites/meta-text';

const paragraphs = (n: number, word = '全区') =>
  Array.from({ length: n }, (_, i) => `<p>今年以来，${word}第${i + 1}批改造老旧小区${30 + i}个，惠及居民${2 + i}.1万户，完成投资${5 + i}.2亿元。</p>`).join('');

function read(html: string, url = 'http://www.example.gov.cn/art/2024/1/5/art_1.html') {
  return readArticle(parseHtmlDocument(html), url);
}

describe('headline', () => {
  it('is the heading that begins the <title>, not the logo <h1>', () => {
    const html = `<html><head><title>老旧小区改造提速 - 某某省人民政府门户网站</title></head><body><h1 class="logo">某某省人民政府网站</h1><div class="nav"><a href="/">首页</a></div><h2>老旧小区改造提速</h2><div class="info">时间：2024-01-05 09:30 来源：某某日报</div><div class="content">${paragraphs(5)}</div></body></html>`;
    expect(read(html)?.article.meta.title).toBe('老旧小区改造提速');
  });

  it('is the heading that ends a <title> naming the site first', () => {
    const html = `<html><head><title>某某日报数字报-老旧小区改造提速</title></head><body><h1>老旧小区改造提速</h1><h2>全年惠及居民十万户</h2><div id="ozoom">${paragraphs(5)}</div></body></html>`;
    expect(read(html)?.article.meta.title).toBe('老旧小区改造提速');
  });

  it('is the heading over the date line when the <title> is a section name', () => {
    const html = `<html><head><title>新闻动态--某某学会</title></head><body><h4>联系我们</h4><div class="news"><h5>学会年会在重庆举行</h5><div class="ly">发布时间：2019-05-18 来源：某某学会</div><div class="detailCon">${paragraphs(5)}</div></div></body></html>`;
    expect(read(html)?.article.meta.title).toBe('学会年会在重庆举行');
  });

  it('loses the site and section names a <title> adds', () => {
    expect(cleanTitle('法国全国大罢工再次严重影响交通-新华网')).toBe('法国全国大罢工再次严重影响交通');
    expect(cleanTitle('农机专家李金泽：为农机行业搭建现代化信息平台_振兴东北')).toBe('农机专家李金泽：为农机行业搭建现代化信息平台');
    expect(cleanTitle('四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网')).toBe('四年前中500万现穷困潦倒 一夜暴富后如何经营');
    expect(cleanTitle('17种产品、1个园区入选国家绿色制造名单 - 要闻云南 - 云南日报网')).toBe('17种产品、1个园区入选国家绿色制造名单');
    expect(cleanTitle('土豆不“土” 土豆无“土” 松花江网')).toBe('土豆不“土” 土豆无“土”');
  });

  it('keeps what belongs to the headline', () => {
    expect(cleanTitle('1-10月德清县固定资产投资结构趋稳趋优')).toBe('1-10月德清县固定资产投资结构趋稳趋优');
    expect(cleanTitle('书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来')).toBe('书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来');
  });
});

describe('date and 来源', () => {
  it('take the visible date line over a metadata update time', () => {
    const html = `<html><head><title>老旧小区改造提速_某某网</title><meta property="article:published_time" content="2024-01-05T11:42:10+08:00"></head><body><h1>老旧小区改造提速</h1><div class="date-source"><span>2024年01月05日 09:05</span> <a class="source">某某日报</a></div><div class="article">${paragraphs(5)}</div></body></html>`;
    const meta = read(html)!.article.meta;
    expect(meta.date).toBe('2024-01-05T09:05:00');
    expect(meta.source).toBe('某某日报');
  });

  it('complete a visible day with the time metadata gives for that day', () => {
    const html = `<html><head><title>老旧小区改造提速</title><meta name="publishdate" content="2024-01-05 11:42:10"></head><body><h1>老旧小区改造提速</h1><p class="tip">发布日期：2024-01-05</p><div class="article">${paragraphs(5)}</div></body></html>`;
    expect(read(html)!.article.meta.date).toBe('2024-01-05T11:42:10');
  });

  it('read a date kept only in an inline script, as Shanghai time', () => {
    const html = `<html><head><title>老旧小区改造提速</title><script>var pubTime = "2024-01-05 08:00:00";</script></head><body><h1>老旧小区改造提速</h1><div class="article">${paragraphs(5)}</div></body></html>`;
    expect(read(html, 'http://www.example.cn/a.html')!.article.meta.date).toBe('2024-01-05T08:00:00');
  });

  it('read a date line below the body on a government page', () => {
    const html = `<html><head><title>调研工作</title></head><body><div class="title">调研工作</div><div class="zw">${paragraphs(4)}</div><div class="foot-info">发布日期：2019-03-06 责任编辑：某某</div></body></html>`;
    expect(read(html, 'http://www.example.cn/a.html')!.article.meta.date).toBe('2019-03-06');
  });

  it('read the outlet a date line names without a label, and 来源 in brackets or with 于', () => {
    expect(outletAfterDate('2019-09-26 10:56:28 证券时报网')).toBe('证券时报网');
    expect(outletAfterDate('http://www.sina.net 2005年03月21日 11:21 《理财周刊》')).toBe('理财周刊');
    expect(outletAfterDate('2019-09-07 13:43:45 举报')).toBeNull();
    expect(parseSourceLine('BUSINESS.SOHU.COM 2004年7月16日08:19 来源：[ 国际金融报 ]')).toBe('国际金融报');
    expect(parseSourceLine('来源于：东区办事处')).toBe('东区办事处');
    expect(parseSourceLine('2005-04-05 06:40更新 来源：转载文章')).toBeNull();
  });

  it('read the outlet of a writer/outlet credit, or one named alone beside the date line', () => {
    expect(outletOfCredit('石佳/中国青年报', false)).toBe('中国青年报');
    expect(outletOfCredit('中国网', true)).toBe('中国网');
    expect(outletOfCredit('中国网', false)).toBeNull();
    expect(outletOfCredit('收藏', true)).toBeNull();
    expect(outletOfCredit('图/视觉中国', false)).toBeNull();
  });
});

describe('byline', () => {
  it('is the credit in the opening parentheses after a dateline', () => {
    expect(findByline('新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工。')).toBe('记者唐霁');
    expect(findByline('新京报快讯（记者 裴剑飞）今日有网友爆料。')).toBe('记者 裴剑飞');
  });

  it('is a credit closing the last paragraph, or an 作者 line', () => {
    expect(bylineInLines(['为戏曲导演艺术的发展起到极大推动作用。（总台记者 张倩）'])).toBe('总台记者 张倩');
    expect(bylineInLines(['2019-09-26 12:11', '作者：李在山'])).toBe('李在山');
    expect(bylineInLines(['整合 新华日报·交汇点记者 徐睿翔'])).toBe('新华日报·交汇点记者 徐睿翔');
    expect(bylineInLines(['记者从市统计局获悉，前三季度经济增长6.8%。'])).toBeNull();
    expect(bylineInLines(['石佳/中国青年报', '2019-09-24 09:10'])).toBe('石佳');
  });
});

describe('body', () => {
  it('is the brief under its headline, not a longer live blog beside it', () => {
    const live = Array.from({ length: 30 }, (_, i) => `<div class="item"><span>今天 12:${10 + i}:00</span><p>指数午前高开低走，板块红盘居多，表现强势的是边缘计算、物联网、5G通信等，第${i}位老师认为短期内还将继续震荡消化。</p></div>`).join('');
    const html = `<html><head><title>铁路部门辟谣称消息不实_某某财经</title></head><body><div class="main"><h1>铁路部门辟谣称消息不实</h1><div class="info">2018年12月28日 19:55 新京报</div><div class="wrap"><div class="left"><div id="artibody"><p>新京报快讯（记者 某某）今日有网友爆料，称铁路购票网站的60万用户数据在网上被售卖。</p><p>今晚，铁路部门通过官方微博发布辟谣消息称，网传信息不实，请广大旅客不要轻信。</p><p>铁路部门提醒广大旅客，请通过官方网站或客户端购票，避免非正常渠道购票带来的风险，如发现异常请及时报警。</p></div></div><div class="right"><h3>股市直播</h3>${live}</div></div></div></body></html>`;
    const text = read(html, 'https://finance.example.com/roll/1.shtml')!.article.text;
    expect(text).toContain('新京报快讯');
    expect(text).not.toContain('指数午前高开低走');
  });

  it('is found inside a share area that wraps the article container', () => {
    const html = `<html><head><title>长春的新经济之路</title></head><body><h1>长春的新经济之路</h1><div class="js_img_share_area"><div id="main_content">${paragraphs(6, '长春')}</div></div></body></html>`;
    expect(read(html, 'http://nb.example.com/a/1.shtml')!.article.text).toContain('长春第6批');
  });

  it('leaves out the former title, 本文来源 and a related-reports block', () => {
    const html = `<html><head><title>老旧小区改造提速</title></head><body><h1>老旧小区改造提速</h1><div class="post_text"><p>（原标题：老旧小区改造全面提速）</p>${paragraphs(4)}<p>本文来源：某某日报</p><table><tr><td>相关报道：<a href="/1">全市供暖面积达1.9亿平方米</a>（2024-01-03）</td></tr></table></div></body></html>`;
    const text = read(html, 'http://news.example.com/1.html')!.article.text;
    expect(text).toContain('第4批');
    expect(text).not.toMatch(/原标题|本文来源|1\.9亿平方米/);
  });
});

describe('an article on several pages', () => {
  const page = (pager: string, url: string) =>
    read(`<html><head><title>诗词里的父爱</title></head><body><h1>诗词里的父爱</h1><div class="rm_txt_con">${paragraphs(5)}${pager}</div></body></html>`, url);

  it('says it continues where a pager offers the next page', () => {
    expect(page('<div class="zdfy"><a href="/n1/1.html">【1】</a><a href="/n1/1-2.html">【2】</a><a href="/n1/1-3.html">【3】</a></div>', 'http://www.example.cn/n1/1.html')!.continues).toBe(true);
    expect(page('<p><a href="/n1/1-2.html">下一页</a></p>', 'http://www.example.cn/n1/1.html')!.continues).toBe(true);
  });

  it('does not on its last page, on 第1页/共1页, or for comment counts', () => {
    expect(page('<div class="zdfy"><a href="/n1/1.html">【1】</a><a href="/n1/1-2.html">【2】</a></div>', 'http://www.example.cn/n1/1-2.html')!.continues).toBe(false);
    expect(page('<p>第1页/共1页 << 上一页 | <a href="#">下一页</a> >></p>', 'http://www.example.cn/n1/1.html')!.continues).toBe(false);
    expect(page('<p>跟贴<a href="http://comment.example.com/1.html">31</a> 参与<a href="http://comment.example.com/1.html">326</a></p>', 'http://www.example.cn/n1/1.html')!.continues).toBe(false);
  });
});
