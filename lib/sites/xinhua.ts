// 新华网 (xinhuanet.com, news.cn and its regional channels such as ha.news.cn).
// Article pages: .head-line h1 .title, .header-time (year / month-day / time in spans), .source
// (`来源：新华社`), body in #detail (older pages: #p-detail, .main-aticle).
import type { SiteAdapter } from './types';
import { parseDateLine, parseSourceLine } from './meta-text';

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `.header-time` splits the date: <span class="year"><em>2023</em></span><span class="day"><em>10</em>/<em>08</em></span> … */
function headerTime(doc: Document): string | null {
  const el = doc.querySelector('.header-time');
  if (!el) return null;
  const year = text(el.querySelector('.year'));
  const day = text(el.querySelector('.day')).replace(/\s/g, '');
  const time = text(el.querySelector('.time'));
  if (year && day) return parseDateLine(`${year}-${day.replace('/', '-')} ${time}`);
  return parseDateLine(text(el));
}

export const xinhuaSite: SiteAdapter = {
  id: 'xinhua',
  name: '新华网',
  matches: (url) => /(^|\.)(xinhuanet\.com|news\.cn)$/.test(url.hostname),
  findArticle: (doc) => doc.querySelector('#detail') ?? doc.querySelector('#p-detail') ?? doc.querySelector('.main-aticle') ?? doc.querySelector('#detailContent'),
  readMeta(doc) {
    const title = text(doc.querySelector('.head-line .title') ?? doc.querySelector('.head-line h1') ?? doc.querySelector('h1'));
    const source = parseSourceLine(text(doc.querySelector('.source') ?? doc.querySelector('.header-cont')));
    return { title: title || null, date: headerTime(doc), source, siteName: '新华网' };
  },
  skip: (el) => /editor|share|fenxiang|page-Article|xinhuaRelated/i.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`),
};
