// The JSON export: a documented, versioned shape (README, "Export formats"). The command line
// prints the same document, so the figure fields here are stable.
import type { ArticleMeta, CheckResult, Qualifier, FigureKind, Recognition, Verdict } from '../types';
import { type ExportInput, exportRows } from './summary';
import { type HistoryPoint, metricHistory } from './history';

export const PAGE_SUMMARY_SCHEMA = 'figure-check/page-summary@1';

export interface ExportedFigure {
  id: string;
  text: string;
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier;
  kind: FigureKind;
  label: string | null;
  subject: string | null;
  quote: string;
  verdict: Verdict;
  checks: CheckResult[];
  /** The metric's history (lib/export/history.ts), oldest first; empty without a dated match. */
  history: HistoryPoint[];
}

export interface PageSummaryDocument {
  schema: typeof PAGE_SUMMARY_SCHEMA;
  url: string;
  checkedAt: string;
  source: ArticleMeta | null;
  campaign: Recognition | null;
  figures: ExportedFigure[];
}

export function toSummaryDocument(input: ExportInput): PageSummaryDocument {
  return {
    schema: PAGE_SUMMARY_SCHEMA,
    url: input.url,
    checkedAt: input.checkedAt,
    source: input.meta,
    campaign: input.recognition && input.recognition.isCampaign ? input.recognition : null,
    figures: exportRows(input).map(({ figure: f, verdict, checks, quote }) => ({
      id: f.id,
      text: f.text,
      start: f.start,
      end: f.end,
      value: f.value,
      valueMax: f.valueMax ?? null,
      unit: f.unit,
      qualifier: f.qualifier,
      kind: f.kind,
      label: f.label,
      subject: f.subject,
      quote,
      verdict,
      checks,
      history: metricHistory(f, checks),
    })),
  };
}

export function toJson(input: ExportInput): string {
  return JSON.stringify(toSummaryDocument(input), null, 2) + '\n';
}
