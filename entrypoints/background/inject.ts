// Putting the engine into a tab: when its gate asks (a possible campaign article), or when the user
// points at the tab (toolbar, context menu), for which activeTab grants the tab for this gesture.
// The engine runs once per document: injected again, it returns at once (entrypoints/engine.ts).
import { browser } from 'wxt/browser';
import { isPageSummary } from '@/lib/schemas/page-summary';
import { ENGINE_SCRIPT } from '@/entrypoints/content/stages';

export async function injectEngine(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_SCRIPT] });
}

export async function injectAndRun(tabId: number): Promise<unknown> {
  try {
    await injectEngine(tabId);
  } catch (e) {
    // chrome://, the web store, PDF viewers …: the browser forbids scripts there.
    return { ok: false, restricted: true, error: e instanceof Error ? e.message : String(e) };
  }
  const summary: unknown = await browser.tabs.sendMessage(tabId, { type: 'run', force: true });
  return isPageSummary(summary) ? { ok: true, summary } : { ok: false, error: 'the page did not answer' };
}
