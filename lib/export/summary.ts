// The page summary that every export format renders: one row per figure with its checks.
import type { ArticleMeta, CheckResult, Figure, Recognition, Verdict } from '../types';
import { groupChecksByFigure, overallVerdict } from '../verdicts';

export interface ExportInput {
  url: string;
  meta: ArticleMeta | null;
  recognition: Recognition | null;
  figures: readonly Figure[];
  checks: readonly CheckResult[];
  /** The sentence of each figure, keyed by figure id. */
  quotes: Readonly<Record<string, string>>;
  /** ISO time of the check. */
  checkedAt: string;
}

export interface ExportRow {
  figure: Figure;
  verdict: Verdict;
  checks: CheckResult[];
  quote: string;
}

export function exportRows(input: ExportInput): ExportRow[] {
  const byFigure = groupChecksByFigure(input.checks);
  return input.figures.map((figure) => {
    const checks = byFigure.get(figure.id) ?? [];
    return { figure, checks, verdict: overallVerdict(checks), quote: input.quotes[figure.id] ?? '' };
  });
}

/** Quotes for every figure: its sentence, trimmed, at most `max` characters around the figure. */
export function quotesFor(text: string, figures: readonly Figure[], max = 160): Record<string, string> {
  const quotes: Record<string, string> = {};
  for (const f of figures) {
    let { start, end } = f.sentence;
    if (end - start > max) {
      start = Math.max(start, f.start - Math.floor((max - (f.end - f.start)) / 2));
      end = Math.min(end, start + max);
    }
    quotes[f.id] = text.slice(start, end).replace(/\s+/g, ' ').trim();
  }
  return quotes;
}
