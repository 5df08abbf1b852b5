// CSV that Excel opens with Chinese intact: UTF-8 with BOM, CRLF, RFC 4180 quoting, and text
// cells that a spreadsheet would run as a formula neutralized. In Chinese, headers and values
// (verdict, kind, qualifier, checks) are the interface's labels (lib/i18n.ts); in English they
// are the documented codes (README, "Export formats"), stable for scripts.
import { CHECK_LABELS, CSV_COLUMNS, KIND_LABELS, type Lang, VERDICT_LABELS, t } from '../i18n';
import { figureStatus } from '../verdicts';
import { type ExportInput, exportRows } from './summary';

const COLUMNS = Object.keys(CSV_COLUMNS) as (keyof typeof CSV_COLUMNS)[];

/** A text cell that starts like a formula gets a leading apostrophe (OWASP's advice). */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(input: ExportInput, lang: Lang = 'en'): string {
  const zh = lang === 'zh';
  const lines = [COLUMNS.map((c) => (zh ? CSV_COLUMNS[c].zh : c)).join(',')];
  for (const row of exportRows(input)) {
    const f = row.figure;
    const checks = row.checks
      .map((c) => (zh ? `${CHECK_LABELS[c.check].zh}：${VERDICT_LABELS[c.verdict === 'unknown' ? 'undecided' : c.verdict].zh} — ${c.message_zh}` : `${c.check}: ${c.verdict} — ${c.message_zh}`))
      .join('; ');
    const verdict = zh ? VERDICT_LABELS[figureStatus(row.checks)].zh : row.verdict;
    const kind = zh ? KIND_LABELS[f.kind].zh : f.kind;
    const qualifier = f.qualifier && zh ? t('zh', `qualifier_${f.qualifier}`) : f.qualifier;
    lines.push(
      [f.text, f.value, f.valueMax, f.unit, qualifier, kind, f.label, f.subject, verdict, checks, row.quote, f.start, f.end, input.url]
        .map(csvCell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
