// CSV that Excel opens with Chinese intact: UTF-8 with BOM, CRLF, RFC 4180 quoting, and text
// cells that a spreadsheet would run as a formula neutralized.
import { type ExportInput, exportRows } from './summary';

const HEADER = [
  'figure', 'value', 'value_max', 'unit', 'qualifier', 'kind', 'label', 'subject',
  'verdict', 'checks', 'quote', 'start', 'end', 'page_url',
];

/** A text cell that starts like a formula gets a leading apostrophe (OWASP's advice). */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(input: ExportInput): string {
  const lines = [HEADER.join(',')];
  for (const row of exportRows(input)) {
    const f = row.figure;
    const checks = row.checks.map((c) => `${c.check}: ${c.verdict} — ${c.message_zh}`).join('; ');
    lines.push(
      [f.text, f.value, f.valueMax, f.unit, f.qualifier, f.kind, f.label, f.subject, row.verdict, checks, row.quote, f.start, f.end, input.url]
        .map(csvCell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
