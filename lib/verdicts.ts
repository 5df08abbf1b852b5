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

// Labels live with the other interface strings (lib/i18n.ts), one definition each.
export { VERDICT_LABELS } from './i18n';

/** What the reader should look at: the flagged verdicts, and the comparisons that say the figure
 * moved over time or counts another scope. Consistent and unchecked figures are not. */
export const NEEDS_ATTENTION: ReadonlySet<Verdict> = new Set(['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope']);

/** A figure's verdict as shown: `undecided` when a check found something to compare (a reference
 * figure, a total) but could not decide — not the same as nothing to compare with. */
export type FigureStatus = Verdict | 'undecided';

/** Most serious first, `undecided` just before `unknown`. */
export const FIGURE_STATUS_ORDER: readonly FigureStatus[] = [...VERDICTS.filter((v) => v !== 'unknown'), 'undecided', 'unknown'];

export function figureStatus(checks: readonly CheckResult[]): FigureStatus {
  const verdict = overallVerdict(checks);
  if (verdict !== 'unknown') return verdict;
  return checks.length > 0 ? 'undecided' : 'unknown';
}
