// The side panel: the full page summary, following the active tab.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageSummaryView } from '@/components/PageSummaryView';
import { setUpPage } from '@/components/page-setup';

const lang = setUpPage('body { min-width: 300px; }');

function Panel() {
  const [refreshKey, setRefreshKey] = useState(0);
  useEffect(() => {
    const refresh = () => setRefreshKey((k) => k + 1);
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') refresh();
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return (
    <main>
      <PageSummaryView lang={lang} compact={false} refreshKey={refreshKey} />
    </main>
  );
}

render(<Panel />, document.getElementById('app')!);
