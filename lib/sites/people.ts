// 人民网 (people.com.cn, people.cn and its provincial channels such as henan.people.com.cn).
// Article pages: div.rm_txt > h1, a date/source line `2023年10月08日08:24 | 来源：人民网－人民日报`
// (div.col-1-1 or .channel / .box01 .fl), body in div.rm_txt_con (#rm_txt_zw on newer pages).
import type { SiteAdapter } from './types';
import { parseDateLine, parseSourceLine } from './meta-text';

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const peopleSite: SiteAdapter = {
  id: 'people',
  name: '人民网',
  matches: (url) => /(^|\.)people\.(com\.)?cn$/.test(url.hostname),
  findArticle: (doc) =>
    doc.querySelector('#rm_txt_zw') ?? doc.querySelector('.rm_txt_con') ?? doc.querySelector('#rwb_zw') ?? doc.querySelector('.box_con') ?? doc.querySelector('.show_text'),
  readMeta(doc) {
    const title = text(doc.querySelector('.rm_txt h1') ?? doc.querySelector('.text_title h1') ?? doc.querySelector('h1'));
    const info = text(doc.querySelector('.rm_txt .col-1-1') ?? doc.querySelector('.channel') ?? doc.querySelector('.box01 .fl') ?? doc.querySelector('.text_title .sou'));
    return { title: title || null, date: parseDateLine(info), source: parseSourceLine(info), siteName: '人民网' };
  },
  skip: (el) => /edit|paper_num|rwb_tjyd|share|zdfy/i.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`),
};
