// `第一至第四种形态分别有10021人、2623人、703人、338人,占比为73.2%、19.2%、5.1%、2.5%`: counts listed together, then as many shares
// listed together, each its count's, of the count above that the counts make (the shares are not relied on: a wrong one is
// what the check is for).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isAdditive, lineStart, linesBack, sameFamily } from './text';

const JOIN = /^[、，,和及]$/;
const SHARES_LEAD = /^[，,]\s*(?:分别)?(?:占比|所占比例|占)(?:分别)?(?:为|是|达)?$/;
const MIN_ITEMS = 2;
// How far above the list its whole may stand.
const LINES_BACK = 2;

/** The nearest count above the list, in its unit, that the counts add up to exactly. */
function totalAbove(text: string, figures: readonly Figure[], i: number, counts: readonly Figure[]): Figure | null {
  const sum = counts.reduce((t, c) => t + c.value, 0);
  const floor = linesBack(text, lineStart(text, counts[0]!.start), LINES_BACK);
  for (let k = i - 1; k >= 0 && figures[k]!.start >= floor; k--) {
    const f = figures[k]!;
    if (isAdditive(f) && f.unit === counts[0]!.unit && Math.abs(f.value - sum) <= 1e-9 * sum) return f;
  }
  return null;
}

export function findParallelShares(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (!isAdditive(first)) continue;
    let n = 1;
    while (i + n < figures.length && isAdditive(figures[i + n]!) && sameFamily(figures[i + n]!, first) && JOIN.test(text.slice(figures[i + n - 1]!.end, figures[i + n]!.numberStart))) n++;
    const shares = figures.slice(i + n, i + 2 * n);
    if (n < MIN_ITEMS || shares.length !== n || !SHARES_LEAD.test(text.slice(figures[i + n - 1]!.end, shares[0]!.numberStart))) continue;
    if (!shares.every((s, k) => s.kind === 'percent' && s.qualifier === null && (k === 0 || JOIN.test(text.slice(shares[k - 1]!.end, s.numberStart))))) continue;
    const counts = figures.slice(i, i + n);
    // The whole: a count above that the counts make exactly (`…运用“四种形态”处置13685人` above 10021 + 2623 + 703 + 338).
    const whole = totalAbove(text, figures, i, counts);
    if (!whole) continue;
    shares.forEach((share, k) => out.push({ kind: 'share', target: share, operands: [whole, counts[k]!], word: '占比' }));
    i += 2 * n - 1;
  }
  return out;
}
