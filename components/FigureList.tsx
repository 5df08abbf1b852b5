// Every figure of the page as a list: the view for readers who cannot see highlights, and the
// journalist's filter (only what needs attention, one verdict, kind, check). The filter is the
// summary's (the header's count chips set it too). Long lists render in pages of rows.
import { useMemo, useState } from 'preact/hooks';
import type { FigureKind } from '@/lib/types';
import { CHECK_LABELS, KIND_LABELS, type Lang, t } from '@/lib/i18n';
import type { CheckId } from '@/lib/types';
import { VerdictBadge } from './VerdictBadge';
import { formatValue } from './format';
import { MetricChart } from './MetricChart';
import { metricHistory } from '@/lib/export/history';
import { type FigureFilter, type FigureRow, NO_FILTER, applyFilter } from './figure-filter';

const PAGE_ROWS = 200;

export function FigureList({ rows: all, lang, filter, onFilter, onSelect }: {
  rows: readonly FigureRow[];
  lang: Lang;
  filter: FigureFilter;
  onFilter(filter: FigureFilter): void;
  onSelect(figureId: string): void;
}) {
  const [shown, setShown] = useState(PAGE_ROWS);
  const kinds = useMemo(() => [...new Set(all.map((r) => r.figure.kind))], [all]);
  const checkIds = useMemo(() => [...new Set(all.flatMap((r) => r.checks.map((c) => c.check)))], [all]);
  const rows = useMemo(() => applyFilter(all, filter), [all, filter]);
  const filtered = filter.attentionOnly || filter.status || filter.kind || filter.check;

  return (
    <section class="figure-list" aria-label={t(lang, 'figures')}>
      <div class="filters" role="group" aria-label={t(lang, 'filteredBy')}>
        <label class="switch">
          <input
            type="checkbox"
            name="flagged-only"
            checked={filter.attentionOnly}
            onChange={(e) => onFilter({ ...filter, attentionOnly: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t(lang, 'attentionOnly')}
        </label>
        <select class="field" name="kind" aria-label={t(lang, 'kind')} value={filter.kind} onChange={(e) => onFilter({ ...filter, kind: (e.currentTarget as HTMLSelectElement).value as FigureKind | '' })}>
          <option value="">{t(lang, 'allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k][lang]}
            </option>
          ))}
        </select>
        <select class="field" name="check" aria-label={t(lang, 'checks')} value={filter.check} onChange={(e) => onFilter({ ...filter, check: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">{t(lang, 'allChecks')}</option>
          {checkIds.map((c) => (
            <option key={c} value={c}>
              {CHECK_LABELS[c as CheckId][lang]}
            </option>
          ))}
        </select>
        <span class="row-count" aria-live="polite">
          {rows.length} / {all.length}
        </span>
      </div>
      {rows.length === 0 ? (
        <div class="empty">
          <p>{t(lang, 'noRows')}</p>
          {filtered && (
            <button type="button" class="btn" name="show-all" onClick={() => onFilter(NO_FILTER)}>
              {t(lang, 'showAll')}
            </button>
          )}
        </div>
      ) : (
        <ol class="rows">
          {rows.slice(0, shown).map((row) => (
            <Row key={row.figure.id} row={row} lang={lang} onSelect={onSelect} />
          ))}
        </ol>
      )}
      {rows.length > shown && (
        <button type="button" class="btn btn-block more" onClick={() => setShown(shown + PAGE_ROWS)}>
          +{Math.min(PAGE_ROWS, rows.length - shown)}
        </button>
      )}
    </section>
  );
}

/** One figure: a button that shows it in the page, and its history where it has one. */
function Row({ row: { figure: f, status, checks }, lang, onSelect }: { row: FigureRow; lang: Lang; onSelect(figureId: string): void }) {
  const history = metricHistory(f, checks);
  return (
    <li data-figure-id={f.id} data-verdict={status}>
      <button type="button" class="row" onClick={() => onSelect(f.id)} title={t(lang, 'showInPage')}>
        <span class="figure-text">{f.text}</span>
        <span class="figure-value">{formatValue(f, lang)}</span>
        <span class="figure-label">{[f.label, f.subject].filter(Boolean).join(' · ')}</span>
        <VerdictBadge verdict={status} lang={lang} />
      </button>
      {history.length > 0 && (
        <details class="row-history">
          <summary>
            {t(lang, 'history')} ({history.length})
          </summary>
          <MetricChart points={history} lang={lang} />
        </details>
      )}
    </li>
  );
}
