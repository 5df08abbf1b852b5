import type { ExclusionRule } from '../candidate';

const PLACES = new Set([...'十百千万萬']);

/** Idioms of a great many (`成千上万`, `成百上千`): no number a reader could check. (`数十条`, `上百辆` are read, as
 * more than ten, a hundred: ./qualifiers.ts.) */
export const vagueQuantities: ExclusionRule = {
  id: 'vague-quantity',
  description: 'idioms of a great many (成千上万, 成百上千)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (n.script !== 'chinese' || !PLACES.has(text[n.start] ?? '')) return false;
    // 成百, 成千; and the 上 of 成千上万, 成百上千 (a place numeral before it).
    const before = text[n.start - 1] ?? '';
    return before === '成' || (before === '上' && PLACES.has(text[n.start - 2] ?? ''));
  },
};
