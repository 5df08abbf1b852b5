// 郑州日报 / 郑州晚报 e-paper and 中原网 (zynews.cn, zynews.com). The e-paper pages follow the
// founder layout shared by most Chinese city dailies: a title block (引题 h3, title h1, 副题 h2),
// an info line `郑州日报 2024年01月29日 第01版：要闻`, the body in #ozoom (founder-content inside);
// the date is also in the URL (/html/2024-01/29/content_…htm).
import type { SiteAdapter } from './types';
import { dateFromUrl, parseDateLine, parseSourceLine } from './meta-text';

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const PAPER_NAME = /郑州日报|郑州晚报|河南日报|大河报|正观新闻/;

export const zynewsSite: SiteAdapter = {
  id: 'zynews',
  name: '郑州日报',
  matches: (url) => /(^|\.)zynews\.(cn|com)$/.test(url.hostname) || /(^|\.)zzrb\.com\.cn$/.test(url.hostname),
  findArticle: (doc) => doc.querySelector('#ozoom') ?? doc.querySelector('.detail-content') ?? doc.querySelector('founder-content') ?? doc.querySelector('.content_main'),
  readMeta(doc) {
    const block = doc.querySelector('.detail-title') ?? doc.querySelector('.article-title');
    const title = text(block?.querySelector('h1') ?? doc.querySelector('h1'));
    const info = text(doc.querySelector('.detail-info') ?? doc.querySelector('.info') ?? doc.querySelector('.date'));
    const paper = PAPER_NAME.exec(info)?.[0] ?? null;
    const location = doc.location?.href ?? null;
    return {
      title: title || null,
      date: parseDateLine(info) ?? dateFromUrl(location),
      source: parseSourceLine(info) ?? paper,
      siteName: paper ?? '郑州日报',
    };
  },
  skip: (el) => /share|page-nav|prev-next|attachment/i.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`),
};
