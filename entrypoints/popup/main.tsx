// The toolbar popup: what this page is, counts by verdict, export, and the way to the side panel.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PageSummaryView } from '@/components/PageSummaryView';
import { PAGE_CSS } from '@/components/styles';
import { pickLang } from '@/lib/i18n';
import { activeTabId } from '@/components/tab-client';

const lang = pickLang(navigator.languages);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const style = document.createElement('style');
style.textContent = PAGE_CSS + 'body { width: 380px; }';
document.head.append(style);

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
