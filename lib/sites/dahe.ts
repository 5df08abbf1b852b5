// 大河网 (dahe.cn) and the 河南日报 e-paper (newpaper.dahe.cn). Article pages put the title in an
// h1, a line with the time and `来源：河南日报`, and the body in #mainCon / .article-content; the
// e-paper uses the founder layout (#ozoom).
import type { SiteAdapter } from './types';
import { parseDateLine, parseSourceLine } from './meta-text';

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const daheSite: SiteAdapter = {
  id: 'dahe',
  name: '大河网',
  matches: (url) => /(^|\.)dahe\.cn$/.test(url.hostname),
  findArticle: (doc) => doc.querySelector('#mainCon') ?? doc.querySelector('.article-content') ?? doc.querySelector('#ozoom') ?? doc.querySelector('.content_main'),
  readMeta(doc) {
    const title = text(doc.querySelector('h1'));
    const info = text(doc.querySelector('.article-info') ?? doc.querySelector('.info') ?? doc.querySelector('.time'));
    return { title: title || null, date: parseDateLine(info), source: parseSourceLine(info), siteName: '大河网' };
  },
  skip: (el) => /share|editor|related/i.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`),
};
