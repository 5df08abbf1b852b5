// What the summary's list shows: everything, only what needs attention, one verdict (a count
// chip), one kind, one check. The header's chips and the list's controls share this one state.
import type { PageSummary } from '@/lib/messages';
import type { CheckResult, Figure, FigureKind } from '@/lib/types';
import { type FigureStatus, NEEDS_ATTENTION, figureStatus, groupChecksByFigure } from '@/lib/verdicts';

export interface FigureFilter {
  attentionOnly: boolean;
  status: FigureStatus | '';
  kind: FigureKind | '';
  check: string;
}

export const NO_FILTER: FigureFilter = { attentionOnly: false, status: '', kind: '', check: '' };

export interface FigureRow {
  figure: Figure;
  checks: CheckResult[];
  status: FigureStatus;
}

export function figureRows(summary: PageSummary): FigureRow[] {
  const byFigure = groupChecksByFigure(summary.checks);
  return summary.figures.map((figure) => {
    const checks = byFigure.get(figure.id) ?? [];
    return { figure, checks, status: figureStatus(checks) };
  });
}

export function statusCounts(rows: readonly FigureRow[]): Map<FigureStatus, number> {
  const counts = new Map<FigureStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return counts;
}

/** How many figures need attention (a status counts when NEEDS_ATTENTION holds it). */
export function attentionCount(rows: readonly FigureRow[]): number {
  return rows.filter((r) => r.status !== 'undecided' && NEEDS_ATTENTION.has(r.status)).length;
}

export function applyFilter(rows: readonly FigureRow[], filter: FigureFilter): FigureRow[] {
  return rows.filter((r) => {
    if (filter.attentionOnly && (r.status === 'undecided' || !NEEDS_ATTENTION.has(r.status))) return false;
    if (filter.status && r.status !== filter.status) return false;
    if (filter.kind && r.figure.kind !== filter.kind) return false;
    if (filter.check && !r.checks.some((c) => c.check === filter.check)) return false;
    return true;
  });
}
