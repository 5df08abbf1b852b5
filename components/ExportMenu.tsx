// Export of the page summary: CSV (Excel-safe), JSON, Markdown; download or copy.
import { useState } from 'preact/hooks';
import type { PageSummary } from '@/lib/messages';
import { EXPORT_MIME, type ExportFormat, type ExportInput, toCsv, toJson, toMarkdown } from '@/lib/export';
import { type Lang, t } from '@/lib/i18n';

export function exportText(summary: PageSummary, format: ExportFormat, lang: Lang): string {
  const input: ExportInput = { ...summary, checkedAt: summary.checkedAt ?? new Date().toISOString() };
  return format === 'csv' ? toCsv(input, lang) : format === 'json' ? toJson(input) : toMarkdown(input);
}

/** A file name from the page's title, safe on every file system. */
export function exportFileName(summary: PageSummary, format: ExportFormat): string {
  const base = (summary.meta?.title ?? 'page').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'page';
  const day = (summary.checkedAt ?? new Date().toISOString()).slice(0, 10);
  return `figure-check_${base}_${day}.${format}`;
}

export function ExportMenu({ summary, lang }: { summary: PageSummary; lang: Lang }) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [status, setStatus] = useState('');

  const download = () => {
    const blob = new Blob([exportText(summary, format, lang)], { type: EXPORT_MIME[format] });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(summary, format);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exportText(summary, format, lang).replace(/^\uFEFF/, ''));
      setStatus(t(lang, 'copied'));
    } catch (e) {
      setStatus(`${t(lang, 'error')}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section class="export actions" aria-label={t(lang, 'export')}>
      <select class="field" name="format" aria-label={t(lang, 'export')} value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
        <option value="csv">CSV (Excel)</option>
        <option value="json">JSON</option>
        <option value="md">Markdown</option>
      </select>
      <button type="button" class="btn" name="download" onClick={download}>
        {t(lang, 'export')}
      </button>
      <button type="button" class="btn btn-quiet" name="copy" onClick={copy}>
        {t(lang, 'copyToClipboard')}
      </button>
      <span class="status-line" aria-live="polite">
        {status}
      </span>
    </section>
  );
}
