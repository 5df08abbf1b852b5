// How the popup and the side panel talk to the page in the active tab: ask its content script
// for the summary, or ask the background to run the check there. Answers are validated: a
// page's content script is our code, but it runs inside a page we don't control.
import { browser } from 'wxt/browser';
import type { LibraryAddResponse, PageSummary, ReferenceScope } from '@/lib/messages';
import { isPageSummary } from '@/lib/schemas/page-summary';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'not-checked'; tabId: number }
  | { kind: 'unavailable' }
  /** A site the extension may read only after the reader clicks its toolbar button (activeTab). */
  | { kind: 'needs-toolbar' }
  | { kind: 'summary'; tabId: number; summary: PageSummary }
  | { kind: 'error'; message: string };

/** The tab the popup or panel speaks of: the active one, or one named by `?tab=` (a panel
 * pinned to a tab, and the end-to-end tests, which cannot make a popup's tab active). */
export async function activeTabId(): Promise<number | null> {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** A page whose check failed (the background did not answer) is an error, not a summary. */
function summaryState(tabId: number, summary: PageSummary): TabState {
  return summary.status === 'error' ? { kind: 'error', message: summary.error ?? 'no answer' } : { kind: 'summary', tabId, summary };
}

export async function readTab(tabId: number): Promise<TabState> {
  // The engine answers for a page it runs on; where it does not, the gate may know why (not a
  // campaign article, too large): the background reads that from the tab.
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-summary' }).catch(() => null);
  if (isPageSummary(answer)) return summaryState(tabId, answer);
  const gate = (await browser.runtime.sendMessage({ type: 'gate-summary', tabId }).catch(() => null)) as { ok?: boolean; summary?: unknown } | null;
  // Neither: not a news site we run on, or not asked yet.
  return gate?.ok && isPageSummary(gate.summary) ? summaryState(tabId, gate.summary) : { kind: 'not-checked', tabId };
}

export async function checkTab(tabId: number): Promise<TabState> {
  const answer = (await browser.runtime.sendMessage({ type: 'check-tab', tabId })) as
    | { ok: true; summary: unknown }
    | { ok: false; error: string; restricted?: boolean }
    | undefined;
  if (answer?.ok && isPageSummary(answer.summary)) return summaryState(tabId, answer.summary);
  // Chromium refuses a page the extension holds no permission for in words that name it; other
  // refusals (chrome://, the web store) no click can lift.
  if (answer && !answer.ok && answer.restricted) return /permission/i.test(answer.error) ? { kind: 'needs-toolbar' } : { kind: 'unavailable' };
  return { kind: 'error', message: answer && !answer.ok ? answer.error : 'no answer' };
}

export async function focusFigure(tabId: number, figureId: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'focus-figure', figureId }).catch(() => undefined);
}

export async function addTabToLibrary(tabId: number): Promise<LibraryAddResponse> {
  const answer = (await browser.tabs.sendMessage(tabId, { type: 'add-to-library' }).catch((e: unknown) => ({
    ok: false,
    error: e instanceof Error ? e.message : String(e),
  }))) as LibraryAddResponse | undefined;
  return answer ?? { ok: false, error: 'no answer' };
}

/** Checks the page again against another reference scope. */
export async function recheckTab(tabId: number, scope: ReferenceScope): Promise<TabState> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'run', force: true, scope }).catch(() => null);
  return isPageSummary(answer) ? summaryState(tabId, answer) : { kind: 'not-checked', tabId };
}
