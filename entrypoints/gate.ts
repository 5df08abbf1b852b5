// Stage one, on every page of the listed news sites (the manifest declares it, wxt.config.ts): the
// cheap campaign test on title, headings and lead, nothing else. A page that may be a campaign
// article gets the engine (entrypoints/engine.ts), which the background injects unless the reader
// turned the site off (it keeps the site settings); every other page costs this script's few
// milliseconds, no message and no listener: the extension API is not touched there at all (one
// message listener cost the bench's floor script 1.5 ms a page), and what the gate knows of the page
// waits in a global of its isolated world for the popup to ask (entrypoints/background/gate-summary.ts).
// A page that becomes a campaign article later (an address change in a single-page app, text loaded
// afterwards) is looked at again when its address changes or it adds text that names a campaign, at
// longer intervals while it keeps changing.
//
// Kept under 3 kB gzipped (test/e2e/bundles.test.ts): no polyfill, no validator, no extractor.
import type { PageSummary } from '@/lib/messages';
import { mayBeCampaignArticle, quickCampaignCheck } from '@/lib/recognize/gate';
import { bareExtensionApi } from './content/bare-api';
import { gateView } from './content/gate-view';
import { MAX_AUTO_ELEMENTS } from './content/stages';

/** The first look after a change waits this long (a single-page app renders its new page)… */
const FIRST_WAIT_MS = 500;
/** …and, while the page goes on changing, twice as long each time, up to this. */
const MAX_WAIT_MS = 60_000;

export default defineUnlistedScript(() => {
  if (globalThis.__figureCheckGateStart !== undefined || globalThis.__figureCheckLoaded) return;
  globalThis.__figureCheckGateStart = performance.now();
  // What the gate knows of the page, where the background can read it.
  const publish = (state: GateState) => void (globalThis.__figureCheckGateSummary = summaryOf(state));
  publish({ status: 'working', error: null });
  let engineAsked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_WAIT_MS;
  let lastLook = 0;
  let lastUrl: string | undefined;

  const observer = new MutationObserver((records) => {
    const url = location.href;
    if (url !== lastUrl) {
      // A new address is a new page: look soon, whatever the page did before.
      lastUrl = url;
      wait = FIRST_WAIT_MS;
      clearTimeout(timer);
      timer = undefined;
    } else if (!records.some(namesCampaign)) {
      // Only text that names a campaign can make this page a campaign article: what the page
      // adds is searched, not the whole page again (tickers and ads change it all the time).
      return;
    }
    timer ??= setTimeout(() => {
      timer = undefined;
      const now = performance.now();
      wait = now - lastLook < 2 * wait ? Math.min(2 * wait, MAX_WAIT_MS) : FIRST_WAIT_MS;
      lastLook = now;
      void look();
    }, wait);
  });

  async function look(): Promise<void> {
    if (engineAsked || globalThis.__figureCheckLoaded) return observer.disconnect();
    const doc = document;
    if (!mayBeCampaignArticle(gateView(doc))) {
      publish({ status: 'not-campaign', error: null });
      return;
    }
    // Far more elements than any article page: checked only when the reader asks. Counted only
    // here, on a page that names a campaign: the count walks the whole document.
    if (doc.getElementsByTagName('*').length > MAX_AUTO_ELEMENTS) {
      publish({ status: 'not-article', error: null, skipped: { reason: 'page-too-large', checkedChars: 0 } });
      return;
    }
    engineAsked = true;
    publish({ status: 'working', error: null });
    globalThis.__figureCheckGateAsked = true;
    const answer = (await bareExtensionApi().runtime.sendMessage({ type: 'load-engine' }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as
      | { ok?: boolean; siteOff?: boolean; error?: unknown }
      | undefined;
    if (answer?.ok) return;
    engineAsked = globalThis.__figureCheckGateAsked = false;
    // The reader turned this site off: asked again at the next look (at a new address, say),
    // since the settings may change while the page is open.
    publish(answer?.siteOff ? { status: 'not-campaign', error: null } : { status: 'error', error: String(answer?.error ?? 'no answer from the background').slice(0, 200) });
  }

  // Watched until the engine comes: it has its own watchers.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  void look().then(() => {
    if (globalThis.__figureCheckLoaded) observer.disconnect();
  });
});

/** Whether a change brings text that names a campaign (new nodes, or a text node's new data). */
function namesCampaign(record: MutationRecord): boolean {
  if (record.type === 'characterData') return quickCampaignCheck(record.target.textContent ?? '');
  for (const node of record.addedNodes) if (quickCampaignCheck(node.textContent ?? '')) return true;
  return false;
}

type GateState = Pick<PageSummary, 'status' | 'error' | 'skipped'>;

function summaryOf(state: GateState): PageSummary {
  const { skipped, ...rest } = state;
  return { ...rest, ...(skipped ? { skipped } : {}), url: location.href, meta: null, recognition: null, figures: [], checks: [], quotes: {}, checkedAt: null, timing: null, scope: 'both' };
}
