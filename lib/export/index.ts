export { type ExportInput, type ExportRow, exportRows, quotesFor } from './summary';
export { toCsv, csvCell, neutralizeFormula } from './csv';
export { toJson, toSummaryDocument, PAGE_SUMMARY_SCHEMA, type PageSummaryDocument } from './json';
export { toMarkdown, escapeMarkdown } from './markdown';

export type ExportFormat = 'csv' | 'json' | 'md';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
};
export { type HistoryPoint, metricHistory } from './history';
export { type ComparedReport, type SharedMetric, type ReportFigure, type SideBySide, comparedReports, sideBySide, sideBySideCsv, sideBySideMarkdown } from './comparison';
