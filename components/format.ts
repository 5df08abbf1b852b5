// Display formatting shared by the card, the list and the summary.
import type { Figure } from '@/lib/types';
import { type Lang, t } from '@/lib/i18n';
import { formatZh } from '@/lib/compare/quantity';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A number as the reader writes it: 亿 and 万 in Chinese (`4.4984亿`), grouped in English. */
export function formatNumber(v: number, lang: Lang): string {
  return lang === 'zh' ? formatZh(v) : GROUPED.format(v);
}

/** A figure's value with its qualifier and unit, its number as formatNumber writes it: Chinese
 * runs them together as the article does (`约5万人次`, `1387亿元`), English spaces them. */
export function formatValue(figure: Figure, lang: Lang): string {
  const format = (v: number) => formatNumber(v, lang);
  const gap = lang === 'zh' ? '' : ' ';
  const value = figure.valueMax !== undefined ? `${format(figure.value)}–${format(figure.valueMax)}` : format(figure.value);
  const qualifier = figure.qualifier ? t(lang, `qualifier_${figure.qualifier}`) + gap : '';
  return `${qualifier}${value}${figure.unit ? gap + figure.unit : ''}`;
}

/** Links open only to web addresses, never to `javascript:` or other schemes a page could plant. */
export function safeHref(url: string | null): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
