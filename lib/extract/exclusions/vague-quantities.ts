import type { ExclusionRule } from '../candidate';

/** Characters before a Chinese place numeral that make it vague: 数十个, 几十名, 成百, 上千. */
const VAGUE_BEFORE = new Set([...'数几成上']);

/** Vague quantities (`数十个社区`, `几十名`, `成千上万`): no number a reader could check. */
export const vagueQuantities: ExclusionRule = {
  id: 'vague-quantity',
  description: 'vague quantities (数十个, 几十名, 成千上万)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (n.script !== 'chinese') return false;
    const first = text[n.start];
    return VAGUE_BEFORE.has(text[n.start - 1] ?? '') && (first === '十' || first === '百' || first === '千' || first === '万');
  },
};
