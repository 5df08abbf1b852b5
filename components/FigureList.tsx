// Every figure of the page as a list: the view for readers who cannot see highlights, and the
// journalist's filter (flagged only, by kind, by check). Long lists render in pages of rows.
import { useMemo, useState } from 'preact/hooks';
import type { PageSummary } from '@/lib/messages';
import type { FigureKind } from '@/lib/types';
import { FLAGGED_VERDICTS, groupChecksByFigure, overallVerdict } from '@/lib/verdicts';
import { type Lang, t } from '@/lib/i18n';
import { VerdictBadge } from './VerdictBadge';
import { formatValue } from './format';

const PAGE_ROWS = 200;

export interface FigureFilter {
  flaggedOnly: boolean;
  kind: FigureKind | '';
  check: string;
}

export function FigureList({ summary, lang, onSelect }: { summary: PageSummary; lang: Lang; onSelect(figureId: string): void }) {
  const [filter, setFilter] = useState<FigureFilter>({ flaggedOnly: false, kind: '', check: '' });
  const [shown, setShown] = useState(PAGE_ROWS);
  const byFigure = useMemo(() => groupChecksByFigure(summary.checks), [summary]);
  const kinds = useMemo(() => [...new Set(summary.figures.map((f) => f.kind))], [summary]);
  const checkIds = useMemo(() => [...new Set(summary.checks.filter((c) => c.verdict !== 'unknown').map((c) => c.check))], [summary]);
  const rows = useMemo(
    () =>
      summary.figures.filter((f) => {
        const checks = byFigure.get(f.id) ?? [];
        if (filter.flaggedOnly && !FLAGGED_VERDICTS.has(overallVerdict(checks))) return false;
        if (filter.kind && f.kind !== filter.kind) return false;
        if (filter.check && !checks.some((c) => c.check === filter.check && c.verdict !== 'unknown')) return false;
        return true;
      }),
    [summary, byFigure, filter],
  );

  return (
    <section class="figure-list">
      <div class="filters" role="group" aria-label="filters">
        <label>
          <input
            type="checkbox"
            name="flagged-only"
            checked={filter.flaggedOnly}
            onChange={(e) => setFilter({ ...filter, flaggedOnly: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t(lang, 'flaggedOnly')}
        </label>
        <select name="kind" value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: (e.currentTarget as HTMLSelectElement).value as FigureKind | '' })}>
          <option value="">{t(lang, 'allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <select name="check" value={filter.check} onChange={(e) => setFilter({ ...filter, check: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">{t(lang, 'allChecks')}</option>
          {checkIds.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <span class="row-count" aria-live="polite">
          {rows.length} / {summary.figures.length}
        </span>
      </div>
      <ol class="rows">
        {rows.slice(0, shown).map((f) => {
          const verdict = overallVerdict(byFigure.get(f.id) ?? []);
          return (
            <li key={f.id} data-figure-id={f.id} data-verdict={verdict}>
              <button type="button" class="row" onClick={() => onSelect(f.id)} title={t(lang, 'showInPage')}>
                <span class="figure-text">{f.text}</span>
                <span class="figure-value">{formatValue(f, lang)}</span>
                <span class="figure-label">{[f.label, f.subject].filter(Boolean).join(' · ')}</span>
                <VerdictBadge verdict={verdict} lang={lang} />
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE_ROWS)}>
          +{Math.min(PAGE_ROWS, rows.length - shown)}
        </button>
      )}
    </section>
  );
}
