// The toolbar popup: what this page is, how many figures need attention, the way to the side
// panel, and the secondary actions.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PageSummaryView } from '@/components/PageSummaryView';
import { setUpPage } from '@/components/page-setup';
import { activeTabId } from '@/components/tab-client';

const lang = setUpPage('body { width: 360px; }');

/** Chromium's side panel; Firefox has a sidebar instead, opened from its own button. */
async function openPanel(): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
  const tabId = await activeTabId();
  if (sidePanel && tabId !== null) await sidePanel.open({ tabId });
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  window.close();
}

render(
  <main>
    <PageSummaryView lang={lang} compact onOpenPanel={() => void openPanel()} />
  </main>,
  document.getElementById('app')!,
);
