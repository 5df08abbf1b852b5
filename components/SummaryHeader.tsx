// What the page is and why it was (or was not) taken for a campaign article, with counts by
// verdict. In the side panel each count is a button that filters the list to that verdict.
import type { PageSummary } from '@/lib/messages';
import { FIGURE_STATUS_ORDER, type FigureStatus } from '@/lib/verdicts';
import { type Lang, PLACE_LABELS, t } from '@/lib/i18n';
import { campaignLabel } from './campaign-label';
import { VerdictBadge } from './VerdictBadge';
import { type FigureRow, statusCounts } from './figure-filter';

export function SummaryHeader({ summary, rows, lang, selected, onChip }: {
  summary: PageSummary;
  rows: readonly FigureRow[];
  lang: Lang;
  /** The verdict the list is filtered to, if any. */
  selected?: FigureStatus | '';
  /** Without it the counts are plain text (the popup). */
  onChip?(status: FigureStatus | ''): void;
}) {
  const counts = statusCounts(rows);
  const campaigns = summary.recognition?.isCampaign ? summary.recognition.campaigns : [];
  return (
    <section class="summary-header">
      <h1 class="page-title">{summary.meta?.title ?? summary.url}</h1>
      <p class="meta">
        {[summary.meta?.source, summary.meta?.date?.replace('T', ' '), summary.meta?.siteName].filter(Boolean).join(' · ')}
      </p>
      {campaigns.length > 0 ? (
        <div class="campaigns">
          {campaigns.map((c) => (
            <span key={c.id} class="campaign" data-campaign={c.id}>
              {campaignLabel(c.id, lang)}
            </span>
          ))}
          <details>
            <summary>{t(lang, 'why')}</summary>
            <ul class="why-list">
              {campaigns.flatMap((c) =>
                c.evidence.slice(0, 6).map((e, i) => (
                  <li key={`${c.id}-${i}`} data-place={e.where}>
                    “{e.phrase}” — {PLACE_LABELS[e.where][lang]}
                  </li>
                )),
              )}
            </ul>
          </details>
        </div>
      ) : (
        summary.status === 'checked' && <p class="muted">{t(lang, 'notCampaign')}</p>
      )}
      {summary.skipped?.reason === 'article-too-long' && (
        <p class="warning">{t(lang, 'articleTooLong').replace('{n}', summary.skipped.checkedChars.toLocaleString())}</p>
      )}
      {summary.error && <p class="warning" role="alert">{t(lang, 'datasetMissing')} ({summary.error})</p>}
      <ul class="counts" aria-label={t(lang, 'figures')}>
        <li class="total">
          {t(lang, 'figures')} <strong data-count="total">{summary.figures.length}</strong>
        </li>
        {FIGURE_STATUS_ORDER.filter((v) => counts.has(v)).map((v) => (
          <li key={v}>
            {onChip ? (
              <button type="button" class="chip" name={`chip-${v}`} aria-pressed={selected === v} onClick={() => onChip(selected === v ? '' : v)}>
                <VerdictBadge verdict={v} lang={lang} /> <strong data-count={v}>{counts.get(v)}</strong>
              </button>
            ) : (
              <span class="chip">
                <VerdictBadge verdict={v} lang={lang} /> <strong data-count={v}>{counts.get(v)}</strong>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
