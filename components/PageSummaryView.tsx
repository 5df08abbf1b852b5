// The page summary as the popup and the side panel show it. The popup (`compact`) leads with how
// many figures need attention and one primary action, the side panel; the rest is secondary.
// The side panel adds the filters, the legend and the list.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Lang, t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messages';
import { type TabState, activeTabId, checkTab, focusFigure, readTab, recheckTab } from './tab-client';
import { LibraryActions } from './LibraryActions';
import { SiteToggle } from './SiteToggle';
import { SummaryHeader } from './SummaryHeader';
import { FigureList } from './FigureList';
import { ExportMenu } from './ExportMenu';
import { Legend } from './Legend';
import { PageAttentionToggle } from './PageAttentionToggle';
import { SideBySideView } from './SideBySideView';
import { type FigureFilter, NO_FILTER, attentionCount, figureRows } from './figure-filter';

export function PageSummaryView({ lang, compact, onOpenPanel, refreshKey }: { lang: Lang; compact: boolean; onOpenPanel?(): void; refreshKey?: number }) {
  const [state, setState] = useState<TabState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await activeTabId();
      const next: TabState = tabId === null ? { kind: 'unavailable' } : await readTab(tabId);
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [refreshKey]);

  const runCheck = async (tabId: number) => {
    setState({ kind: 'loading' });
    try {
      setState(await checkTab(tabId));
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const checkButton = (tabId: number) => (
    <button type="button" class="btn btn-primary" name="check-page" onClick={() => runCheck(tabId)}>
      {t(lang, 'checkThisPage')}
    </button>
  );

  switch (state.kind) {
    case 'loading':
      return (
        <p class="status" aria-busy="true" role="status">
          {t(lang, 'working')}
        </p>
      );
    case 'unavailable':
      return (
        <div class="status">
          <p class="notice-box">{t(lang, 'cannotRunHere')}</p>
        </div>
      );
    case 'needs-toolbar':
      return (
        <div class="status">
          <p class="notice-box" data-state="needs-toolbar">
            {t(lang, 'needsToolbar')}
          </p>
        </div>
      );
    case 'error':
      return (
        <div class="status">
          <p class="error-box" role="alert">
            {t(lang, 'error')}: {state.message}
          </p>
        </div>
      );
    case 'not-checked':
      return (
        <div class="status">
          <p>{t(lang, 'notChecked')}</p>
          {checkButton(state.tabId)}
        </div>
      );
    case 'summary': {
      const { summary, tabId } = state;
      if (summary.status === 'not-article' || summary.status === 'not-campaign') {
        return (
          <div class="status">
            <p>{t(lang, summary.skipped?.reason === 'page-too-large' ? 'pageTooLarge' : summary.status === 'not-article' ? 'notArticle' : 'notCampaign')}</p>
            {checkButton(tabId)}
          </div>
        );
      }
      const onScope = (scope: PageSummary['scope']) => void recheckTab(tabId, scope).then(setState);
      return compact ? (
        <PopupSummary summary={summary} tabId={tabId} lang={lang} onOpenPanel={onOpenPanel} onScope={onScope} />
      ) : (
        <PanelSummary summary={summary} tabId={tabId} lang={lang} onScope={onScope} />
      );
    }
  }
}

interface SummaryProps {
  summary: PageSummary;
  tabId: number;
  lang: Lang;
  onScope(scope: PageSummary['scope']): void;
}

function PopupSummary({ summary, tabId, lang, onOpenPanel, onScope }: SummaryProps & { onOpenPanel?(): void }) {
  const rows = useMemo(() => figureRows(summary), [summary]);
  return (
    <div class="summary" data-status={summary.status}>
      <SummaryHeader summary={summary} rows={rows} lang={lang} />
      <p class="headline">
        <span class="big" data-count="attention">
          {attentionCount(rows)}
        </span>
        <span>{t(lang, 'flaggedCount')}</span>
      </p>
      {onOpenPanel && (
        <button type="button" class="btn btn-primary btn-block" name="open-panel" onClick={onOpenPanel}>
          {t(lang, 'openSidePanel')}
        </button>
      )}
      <div class="section">
        <PageAttentionToggle lang={lang} />
      </div>
      <ExportMenu summary={summary} lang={lang} />
      <details class="section more-actions">
        <summary>{t(lang, 'moreActions')}</summary>
        <LibraryActions summary={summary} tabId={tabId} lang={lang} onScope={onScope} />
        <SiteToggle tabId={tabId} lang={lang} />
      </details>
    </div>
  );
}

function PanelSummary({ summary, tabId, lang, onScope }: SummaryProps) {
  const rows = useMemo(() => figureRows(summary), [summary]);
  const [filter, setFilter] = useState<FigureFilter>(NO_FILTER);
  return (
    <div class="summary" data-status={summary.status}>
      <SummaryHeader summary={summary} rows={rows} lang={lang} selected={filter.status} onChip={(status) => setFilter({ ...filter, status })} />
      <PageAttentionToggle lang={lang} />
      <Legend lang={lang} />
      <FigureList rows={rows} lang={lang} filter={filter} onFilter={setFilter} onSelect={(id) => void focusFigure(tabId, id)} />
      <SideBySideView summary={summary} lang={lang} />
      <div class="section">
        <LibraryActions summary={summary} tabId={tabId} lang={lang} onScope={onScope} />
        <ExportMenu summary={summary} lang={lang} />
      </div>
    </div>
  );
}
