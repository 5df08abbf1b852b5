// A metric's history: the figure on this page and the same metric in the reports the same-metric
// check matched (bundled dataset and the reader's library), one dated point per report. Built
// from the check's quoted sides only, so whatever narrows the matches (place, body, period)
// narrows the history too. The card and the side panel draw it; the exports carry it.
import type { CheckResult, EvidenceSource, Figure } from '../types';

export interface HistoryPoint {
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
  /** The figure as written in that report. */
  text: string;
  quote: string;
  title: string | null;
  url: string | null;
  origin: EvidenceSource['origin'];
  /** The page being read. */
  current: boolean;
  /** A count or amount lower than the report before it: a running total should not fall. */
  fell: boolean;
}

/** Verdicts of matches that are the same metric (another scope is another line, not a point). */
const SAME_LINE = new Set(['consistent', 'changed_over_time', 'differs', 'unknown']);

/** The figure's points, oldest first; empty unless the page and at least one other report are dated. */
export function metricHistory(figure: Figure, checks: readonly CheckResult[]): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  const seen = new Set<string>();
  let current: HistoryPoint | null = null;
  for (const c of checks) {
    if (c.check !== 'same-metric' || c.figureId !== figure.id || !SAME_LINE.has(c.verdict)) continue;
    for (const e of c.evidence) {
      const date = e.source.date?.slice(0, 10);
      if (!date || e.value === null) continue;
      const point = { date, value: e.value, text: e.figureText ?? '', quote: e.quote, title: e.source.title, url: e.source.url, origin: e.source.origin, current: false, fell: false };
      if (e.source.origin === 'page') {
        current ??= { ...point, text: figure.text, value: figure.value, current: true };
        continue;
      }
      const key = `${e.source.documentId ?? e.source.url ?? e.source.title}|${e.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      points.push(point);
    }
  }
  if (!current || points.length === 0) return [];
  points.push(current);
  points.sort((a, b) => a.date.localeCompare(b.date) || Number(a.current) - Number(b.current));
  const cumulative = figure.kind === 'count' || figure.kind === 'amount';
  for (let i = 1; i < points.length; i++) points[i]!.fell = cumulative && points[i]!.value < points[i - 1]!.value;
  return points;
}
