// Two reports side by side in the side panel: the page and a report it shares metrics with
// (from the bundled dataset or the reader's library), their shared metrics with both values,
// both dates, the change and the verdict, the page's other metrics apart; CSV and Markdown.
import { useMemo, useState } from 'preact/hooks';
import type { PageSummary } from '@/lib/messages';
import { comparedReports, sideBySide, sideBySideCsv, sideBySideMarkdown } from '@/lib/export/comparison';
import { EXPORT_MIME } from '@/lib/export';
import { type Lang, ORIGIN_LABELS, t } from '@/lib/i18n';
import { formatNumber } from './format';
import { VerdictBadge } from './VerdictBadge';

function download(text: string, mime: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function SideBySideView({ summary, lang }: { summary: PageSummary; lang: Lang }) {
  const reports = useMemo(() => comparedReports(summary), [summary]);
  const [chosen, setChosen] = useState('');
  const documentId = reports.some((r) => r.documentId === chosen) ? chosen : (reports[0]?.documentId ?? '');
  const view = useMemo(() => (documentId ? sideBySide(summary, documentId) : null), [summary, documentId]);
  const number = (v: number) => formatNumber(v, lang);
  const day = (d: string | null) => d?.slice(0, 10) ?? '';
  return (
    <details class="section side-by-side">
      <summary>{t(lang, 'sideBySide')}</summary>
      {!view ? (
        <p class="muted">{t(lang, 'noComparison')}</p>
      ) : (
        <>
          <label class="muted">
            {t(lang, 'compareWith')}{' '}
            <select class="field" name="compare-with" value={documentId} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
              {reports.map((r) => (
                <option key={r.documentId} value={r.documentId}>
                  {`${r.title ?? r.documentId} · ${day(r.date)} · ${ORIGIN_LABELS[r.origin][lang]} (${r.shared})`}
                </option>
              ))}
            </select>
          </label>
          <dl class="compare-sides">
            <dt>A</dt>
            <dd>
              {t(lang, 'thisPage')} <span class="muted">{day(view.page.date)}</span>
            </dd>
            <dt>B</dt>
            <dd>
              {view.other.title ?? ''} <span class="muted">{day(view.other.date)}</span>
            </dd>
          </dl>
          <div class="table-scroll">
            <table class="compare-table">
              <caption class="muted">{t(lang, 'sharedMetrics')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'metric')}</th>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                  <th scope="col">{t(lang, 'change')}</th>
                </tr>
              </thead>
              <tbody>
                {view.shared.map((m, i) => (
                  <tr key={i} data-metric={m.label} data-verdict={m.verdict}>
                    <td>
                      {m.label} <VerdictBadge verdict={m.verdict === 'unknown' ? 'undecided' : m.verdict} lang={lang} />
                    </td>
                    <td class="num" data-side="page">{number(m.page.value)}</td>
                    <td class="num" data-side="other" title={m.other.quote}>
                      {number(m.other.value)}
                    </td>
                    <td class="num" data-side="change">
                      {m.change === null ? '—' : `${m.change > 0 ? '+' : m.change < 0 ? '−' : '±'}${number(Math.abs(m.change))}`}
                      {m.changeRatio !== null && <span class="muted"> ({(m.changeRatio * 100).toFixed(0)}%)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.pageOnly.length > 0 && (
            <details>
              <summary>
                {t(lang, 'onlyHere')} ({view.pageOnly.length})
              </summary>
              <ul class="only-here">
                {view.pageOnly.map((f) => (
                  <li key={f.id}>
                    {f.label}: {f.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p class="actions">
            <button type="button" class="btn" name="compare-csv" onClick={() => download(sideBySideCsv(view, lang), EXPORT_MIME.csv, 'figure-check_side-by-side.csv')}>
              CSV
            </button>
            <button type="button" class="btn" name="compare-md" onClick={() => download(sideBySideMarkdown(view), EXPORT_MIME.md, 'figure-check_side-by-side.md')}>
              Markdown
            </button>
          </p>
        </>
      )}
    </details>
  );
}
