// What the page is and why it was (or was not) taken for a campaign article, with counts by verdict.
import type { PageSummary } from '@/lib/messages';
import type { Verdict } from '@/lib/types';
import { VERDICT_ORDER, groupChecksByFigure, overallVerdict } from '@/lib/verdicts';
import { type Lang, t } from '@/lib/i18n';
import { VerdictBadge } from './VerdictBadge';

export function verdictCounts(summary: PageSummary): Map<Verdict, number> {
  const byFigure = groupChecksByFigure(summary.checks);
  const counts = new Map<Verdict, number>();
  for (const f of summary.figures) {
    const v = overallVerdict(byFigure.get(f.id) ?? []);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export function SummaryHeader({ summary, lang }: { summary: PageSummary; lang: Lang }) {
  const counts = verdictCounts(summary);
  const campaigns = summary.recognition?.isCampaign ? summary.recognition.campaigns : [];
  return (
    <section class="summary-header">
      <h1 class="page-title">{summary.meta?.title ?? summary.url}</h1>
      <p class="meta">
        {[summary.meta?.source, summary.meta?.date?.replace('T', ' '), summary.meta?.siteName].filter(Boolean).join(' · ')}
      </p>
      {campaigns.length > 0 ? (
        <div class="campaigns">
          <strong>{t(lang, 'campaign')}: </strong>
          {campaigns.map((c) => (
            <span key={c.id} class="campaign" data-campaign={c.id} title={c.evidence.map((e) => `${e.phrase} (${e.where})`).join('、')}>
              {c.name}
            </span>
          ))}
          <details>
            <summary>{t(lang, 'why')}</summary>
            <ul>
              {campaigns.flatMap((c) =>
                c.evidence.slice(0, 6).map((e, i) => (
                  <li key={`${c.id}-${i}`}>
                    “{e.phrase}” — {e.where}
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
      <p class="counts" aria-label={t(lang, 'figures')}>
        <span class="total">
          {t(lang, 'figures')}: <strong data-count="total">{summary.figures.length}</strong>
        </span>
        {VERDICT_ORDER.filter((v) => counts.has(v)).map((v) => (
          <span key={v} class="count">
            <VerdictBadge verdict={v} lang={lang} /> <strong data-count={v}>{counts.get(v)}</strong>
          </span>
        ))}
      </p>
    </section>
  );
}
