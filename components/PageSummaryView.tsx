// The page summary as the popup and the side panel show it; `compact` leaves out the list.
import { useEffect, useState } from 'preact/hooks';
import { type Lang, t } from '@/lib/i18n';
import { type TabState, activeTabId, checkTab, focusFigure, readTab, recheckTab } from './tab-client';
import { LibraryActions } from './LibraryActions';
import { SiteToggle } from './SiteToggle';
import { SummaryHeader } from './SummaryHeader';
import { FigureList } from './FigureList';
import { ExportMenu } from './ExportMenu';

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

  switch (state.kind) {
    case 'loading':
      return <p class="status" aria-busy="true">{t(lang, 'working')}</p>;
    case 'unavailable':
      return <p class="status">{t(lang, 'cannotRunHere')}</p>;
    case 'error':
      return (
        <p class="status warning" role="alert">
          {t(lang, 'error')}: {state.message}
        </p>
      );
    case 'not-checked':
      return (
        <div class="status">
          <p>{t(lang, 'notChecked')}</p>
          <button type="button" name="check-page" onClick={() => runCheck(state.tabId)}>
            {t(lang, 'checkThisPage')}
          </button>
        </div>
      );
    case 'summary': {
      const { summary, tabId } = state;
      if (summary.status === 'not-article' || summary.status === 'not-campaign') {
        return (
          <div class="status">
            <p>{t(lang, summary.skipped?.reason === 'page-too-large' ? 'pageTooLarge' : summary.status === 'not-article' ? 'notArticle' : 'notCampaign')}</p>
            <button type="button" name="check-page" onClick={() => runCheck(tabId)}>
              {t(lang, 'checkThisPage')}
            </button>
          </div>
        );
      }
      return (
        <div class="summary" data-status={summary.status}>
          <SummaryHeader summary={summary} lang={lang} />
          {onOpenPanel && (
            <button type="button" name="open-panel" onClick={onOpenPanel}>
              {t(lang, 'openSidePanel')}
            </button>
          )}
          <LibraryActions summary={summary} tabId={tabId} lang={lang} onScope={(scope) => void recheckTab(tabId, scope).then(setState)} />
          <ExportMenu summary={summary} lang={lang} />
          {compact && <SiteToggle tabId={tabId} lang={lang} />}
          {!compact && <FigureList summary={summary} lang={lang} onSelect={(id) => void focusFigure(tabId, id)} />}
        </div>
      );
    }
  }
}
