// Two reports side by side in the side panel: the page and a report it shares metrics with
// (from the bundled dataset or the reader's library), their shared metrics with both values,
// both dates, the change and the verdict; apart, the metrics of either report alone (the other
// report's figures asked of the background); CSV and Markdown.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageSummary } from '@/lib/messages';
import { type ReportFigure, comparedReports, sideBySide, sideBySideCsv, sideBySideMarkdown } from '@/lib/export/comparison';
import { documentFigures } from './report-client';
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
  // The other report's figures, for the one they were read for; an error is shown, not hidden.
  const [stored, setStored] = useState<{ documentId: string; figures: ReportFigure[] | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!documentId) return;
    let live = true;
    setStored({ documentId, figures: null, error: null });
    void documentFigures(documentId).then((answer) => {
      if (live) setStored({ documentId, figures: answer.ok ? answer.figures : null, error: answer.ok ? null : answer.error });
    });
    return () => {
      live = false;
    };
  }, [documentId]);
  const current = stored?.documentId === documentId ? stored : null;
  const view = useMemo(() => (documentId ? sideBySide(summary, documentId, current?.figures ?? null) : null), [summary, documentId, current]);
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
          {view.otherOnly === null ? (
            <p class="muted" role="status" data-other-state={current?.error ? 'error' : 'loading'}>
              {current?.error ? `${t(lang, 'error')}: ${current.error}` : t(lang, 'readingOther')}
            </p>
          ) : (
            view.otherOnly.length > 0 && (
              <details>
                <summary>
                  {t(lang, 'onlyThere')} ({view.otherOnly.length})
                </summary>
                <ul class="only-there">
                  {view.otherOnly.map((f, i) => (
                    <li key={i} title={f.quote}>
                      {f.label}: {f.text}
                    </li>
                  ))}
                </ul>
              </details>
            )
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
