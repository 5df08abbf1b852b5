// Running the check on a tab the user points at (toolbar, context menu): activeTab grants the
// tab for this gesture; the content script is injected unless it already runs there.
import { browser } from 'wxt/browser';
import { isPageSummary } from '@/lib/schemas/page-summary';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export async function injectAndRun(tabId: number): Promise<unknown> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch (e) {
    // chrome://, the web store, PDF viewers …: the browser forbids scripts there.
    return { ok: false, restricted: true, error: e instanceof Error ? e.message : String(e) };
  }
  const summary: unknown = await browser.tabs.sendMessage(tabId, { type: 'run', force: true });
  return isPageSummary(summary) ? { ok: true, summary } : { ok: false, error: 'the page did not answer' };
}
