// How verdicts rank and which of them a reader should look at. Shared by the overlay, the
// summary, the badge and the exports, so that all of them flag the same figures.
import { VERDICTS } from './enums';
import type { CheckResult, Verdict } from './types';

/** Most serious first (the order of lib/enums.ts). A figure shows the most serious verdict among its checks. */
export const VERDICT_ORDER: readonly Verdict[] = VERDICTS;

/** Verdicts that call for a second look; the rest are information. */
export const FLAGGED_VERDICTS: ReadonlySet<Verdict> = new Set(['implausible', 'inconsistent', 'differs']);

/** The verdict shown for a figure; 'unknown' when nothing decided. */
export function overallVerdict(checks: readonly CheckResult[]): Verdict {
  let best = VERDICT_ORDER.length - 1;
  for (const c of checks) best = Math.min(best, VERDICT_ORDER.indexOf(c.verdict));
  return VERDICT_ORDER[best]!;
}

export function groupChecksByFigure(checks: readonly CheckResult[]): Map<string, CheckResult[]> {
  const byFigure = new Map<string, CheckResult[]>();
  for (const c of checks) {
    const list = byFigure.get(c.figureId);
    if (list) list.push(c);
    else byFigure.set(c.figureId, [c]);
  }
  return byFigure;
}

export const VERDICT_LABELS: Record<Verdict, { zh: string; en: string }> = {
  implausible: { zh: '量级存疑', en: 'implausible' },
  inconsistent: { zh: '前后矛盾', en: 'inconsistent' },
  differs: { zh: '与其他报道不符', en: 'differs from other reports' },
  changed_over_time: { zh: '随时间变化', en: 'changed over time' },
  different_scope: { zh: '口径不同', en: 'different scope' },
  consistent: { zh: '一致', en: 'consistent' },
  unknown: { zh: '未核查', en: 'unchecked' },
};
