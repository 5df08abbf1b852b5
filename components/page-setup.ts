// What every extension page does first: the reader's language on <html>, the design system's
// sheet, and any page-specific rules.
import { PAGE_CSS } from './styles';
import { type Lang, pickLang } from '@/lib/i18n';

export function setUpPage(extraCss = ''): Lang {
  const lang = pickLang(navigator.languages);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const style = document.createElement('style');
  style.textContent = PAGE_CSS + extraCss;
  document.head.append(style);
  return lang;
}
