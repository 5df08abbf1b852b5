// 中华网 (china.com): news.china.com and the regional channels (hn.china.com, henan.china.com …).
// Article pages: h1#chan_newsTitle, div#chan_newsInfo with `2021-12-27 11:47:22 来源:郑州日报`,
// body in div#chan_newsDetail; newer templates use h1.article-main-title and .time-source.
import type { SiteAdapter } from './types';
import { parseDateLine, parseSourceLine } from './meta-text';

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const chinaComSite: SiteAdapter = {
  id: 'china-com',
  name: '中华网',
  matches: (url) => url.hostname === 'china.com' || url.hostname.endsWith('.china.com'),
  findArticle: (doc) => doc.querySelector('#chan_newsDetail') ?? doc.querySelector('.article-content') ?? doc.querySelector('#js_article_content'),
  readMeta(doc) {
    const title = text(doc.querySelector('#chan_newsTitle') ?? doc.querySelector('h1.article-main-title'));
    const info = text(doc.querySelector('#chan_newsInfo') ?? doc.querySelector('.chan_newsInfo') ?? doc.querySelector('.time-source'));
    return {
      title: title || null,
      date: parseDateLine(info),
      source: parseSourceLine(info),
      siteName: '中华网',
    };
  },
  skip: (el) => {
    const id = el.getAttribute('id') ?? '';
    const cls = el.getAttribute('class') ?? '';
    return /editor|share|pageStyle|related|chan_newsInfo_link/i.test(`${id} ${cls}`);
  },
};
