// Display formatting shared by the card, the list and the summary.
import type { Figure } from '@/lib/types';
import { type Lang, t } from '@/lib/i18n';

export function formatValue(figure: Figure, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
  const value = figure.valueMax !== undefined ? `${nf.format(figure.value)}–${nf.format(figure.valueMax)}` : nf.format(figure.value);
  const qualifier = figure.qualifier ? t(lang, `qualifier_${figure.qualifier}`) + ' ' : '';
  return `${qualifier}${value}${figure.unit ? ' ' + figure.unit : ''}`;
}

/** Links open only to web addresses, never to `javascript:` or other schemes a page could plant. */
export function safeHref(url: string | null): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
