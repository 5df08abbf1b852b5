// Background service worker: owns the reference dataset (IndexedDB) and answers checks.
//
//   install / update / start ─► reference.ensureDataset ◄─ public/dataset.json (built from seeds/)
//   gate (every news page, and the sites the reader added) ── 'load-engine' ─► site settings ─► inject the engine
//        into that tab and frame, once
//   a site granted or revoked (options page, browser settings) ─► the gate registered on the granted sites
//   engine ── 'check-page' {url, meta, text, headings} ─► recognition, figures (lib/page-reading)
//                                                        ─► checkPage(…, IndexedDB lookup) ─► checks
//                                                        ├► toolbar badge: flagged count
//                                                        └► keep as I read (when on): the library
//   popup / side panel ── 'check-tab' ─► inject the engine (activeTab) ─► 'run' ─► summary
//   popup / side panel ── 'gate-summary' ─► what the gate keeps in its isolated world (no engine in the tab)
//   side panel ── 'document-figures' ─► one stored report's figures (two reports side by side)
//   commands (next / previous flagged), context menu ─► the tab's engine
import { browser, type Browser } from 'wxt/browser';
import { parseBackgroundRequest, type BackgroundRequest } from '@/lib/schemas/background-request';
import { FLAGGED_VERDICTS, groupChecksByFigure, overallVerdict } from '@/lib/verdicts';
import { readArticle } from '@/lib/page-reading';
import { checkPageAgainstReference, datasetStatus, ensureDataset } from './reference';
import { injectAndRun, injectEngine } from './inject';
import { keepIfWanted, watchKeepAsIRead } from './keep-as-read';
import { addPage } from './library';
import { documentFigures } from './document-figures';
import { gateSummary } from './gate-summary';
import { warmReaders } from './warm';
import { runsByItselfOn, watchSiteSettings } from './site-settings';
import { watchExtraSites } from './extra-sites';
import { openWelcomePage } from '@/components/welcome-page';

export default defineBackground(() => {
  watchSiteSettings();
  watchExtraSites();
  watchKeepAsIRead();
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void openWelcomePage().catch(() => undefined);
    void ensureDataset();
    browser.contextMenus.create({ id: 'check-page', title: browser.i18n.getMessage('menuCheckPage'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: 'add-to-library', title: browser.i18n.getMessage('menuAddToLibrary'), contexts: ['page', 'selection'] });
  });
  browser.runtime.onStartup.addListener(() => void ensureDataset());

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only this extension's own pages and content scripts; web pages cannot reach onMessage
    // without externally_connectable, but a compromised or foreign sender is still refused.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return Promise.resolve({ ok: false, error: 'malformed request' });
    return answer(request, sender).catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === 'check-page') void injectAndRun(tab.id);
    // The page must have been checked first: the figures kept are the ones the reader saw.
    if (info.menuItemId === 'add-to-library') void addTabToLibrary(tab.id);
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const direction = command === 'next-flagged' ? 1 : command === 'previous-flagged' ? -1 : 0;
    if (direction) await browser.tabs.sendMessage(tab.id, { type: 'step-flagged', direction }).catch(() => undefined);
  });
});

async function answer(request: BackgroundRequest, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'check-page': {
      // Only a content script (in a tab, not on an extension page) reports a page.
      if (sender.tab?.id === undefined || fromExtensionPage(sender)) return { ok: false, error: 'check-page comes from a page' };
      const arrived = performance.now();
      // A worker that has just started loads its data while it reads the page.
      void ensureDataset();
      const { url, meta, text, headings } = request.article;
      const reading = readArticle({ text, meta, headings }, request.campaignOnly);
      if (request.campaignOnly && !reading.recognition.isCampaign) return { ok: true, ...reading, checks: [], datasetVersion: null, datasetError: null };
      const page = { url, meta, text, figures: reading.figures };
      const result = await checkPageAgainstReference(page, request.scope, arrived);
      const byFigure = groupChecksByFigure(result.checks);
      const flagged = page.figures.filter((f) => FLAGGED_VERDICTS.has(overallVerdict(byFigure.get(f.id) ?? []))).length;
      // The badge need not hold up the page's answer.
      void setBadge(sender.tab.id, flagged);
      // Kept after its checks, by the address the browser gives; a failure costs the page nothing.
      const address = sender.url ?? sender.tab.url;
      if (address && reading.recognition.isCampaign) void keepIfWanted(page, reading.recognition, address).catch(() => false);
      return { ok: true, ...reading, ...result };
    }
    case 'check-tab':
      if (!fromExtensionPage(sender)) return { ok: false, error: 'check-tab comes from an extension page' };
      return injectAndRun(request.tabId);
    case 'gate-summary': {
      if (!fromExtensionPage(sender)) return { ok: false, error: 'gate-summary comes from an extension page' };
      const summary = await gateSummary(request.tabId);
      return summary ? { ok: true, summary } : { ok: false, error: 'no gate in the tab' };
    }
    case 'library-add':
      if (sender.tab?.id === undefined || fromExtensionPage(sender)) return { ok: false, error: 'library-add comes from a page' };
      // The page's address as the browser knows it (the frame that sent the message), never the
      // URL the page reports about itself.
      if (!(sender.url ?? sender.tab.url)) return { ok: false, error: 'library-add without a sender address' };
      return addPage(request.page, request.campaign, (sender.url ?? sender.tab.url)!);
    case 'document-figures':
      // The library is the reader's own: only the extension's pages may read it.
      if (!fromExtensionPage(sender)) return { ok: false, error: 'document-figures comes from an extension page' };
      return documentFigures(request.documentId);
    case 'load-engine':
      // Into the frame whose gate asks, and only a gate in a tab asks; not on a site the reader
      // turned off (the address as the browser knows it).
      if (sender.tab?.id === undefined || fromExtensionPage(sender)) return { ok: false, error: 'load-engine comes from a page' };
      if (!(await runsByItselfOn(sender.url ?? sender.tab.url))) return { ok: false, siteOff: true };
      // The engine's check-page follows: a worker that has just started gets its dataset ready
      // while the engine reads and extracts the page, not after.
      void ensureDataset();
      await injectEngine(sender.tab.id, sender.frameId ?? 0);
      warmReaders();
      return { ok: true };
    case 'load-card-ui':
      // Into the isolated world of the content script that asks (its tab and frame) only.
      if (sender.tab?.id === undefined || fromExtensionPage(sender)) return { ok: false, error: 'load-card-ui comes from a page' };
      await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['/card.js'] });
      return { ok: true };
    case 'dataset-status':
      // Reloading rewrites the bundled records: only the extension's own pages may ask.
      if (request.reload && !fromExtensionPage(sender)) return { ok: false, error: 'reload comes from an extension page' };
      return { ok: true, ...(await datasetStatus(request.reload)) };
  }
}

async function addTabToLibrary(tabId: number): Promise<void> {
  const first = (await browser.tabs.sendMessage(tabId, { type: 'add-to-library' }).catch(() => null)) as { ok?: boolean } | null;
  if (first?.ok) return;
  await injectAndRun(tabId);
  await browser.tabs.sendMessage(tabId, { type: 'add-to-library' }).catch(() => undefined);
}

/** The popup, the side panel, the options page — not a content script in some web page. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

async function setBadge(tabId: number, flagged: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: flagged > 0 ? String(flagged) : '' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b22222' }).catch(() => undefined);
}
