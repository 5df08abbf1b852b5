// What the gate knows of a page where the engine has not run (not a campaign article, too large,
// turned off, still looking): the gate keeps it in a global of its isolated world instead of
// listening for messages on every page (entrypoints/gate.ts), and this reads it for the popup and
// the side panel. A script run in the isolated world sees the gate's globals, never the page's.
import { browser } from 'wxt/browser';
import type { PageSummary } from '@/lib/messages';
import { isPageSummary } from '@/lib/schemas/page-summary';

/** The gate's summary of the tab's top frame, at its current address; null where no gate runs. */
export async function gateSummary(tabId: number): Promise<PageSummary | null> {
  const [result] = await browser.scripting
    .executeScript({
      target: { tabId },
      func: () => {
        const summary = (globalThis as { __figureCheckGateSummary?: object }).__figureCheckGateSummary;
        return summary ? { ...summary, url: location.href } : null;
      },
    })
    .catch(() => []);
  const summary: unknown = result?.result;
  return isPageSummary(summary) ? summary : null;
}
