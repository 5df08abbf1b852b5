// Content script: the only code that touches the page.
//
//   page DOM ─► PageCheck.run ─ readArticle (lib/sites) ─ quickCampaignCheck ─ recognizeCampaign
//                   │            └ extractInChunks (lib/extract) ─► background: 'check-page' ─► checks
//                   ▼
//              Highlighter (CSS.highlights) ◄─ pointer / keyboard ─► CardHost (shadow root, Preact card)
//                   ▲
//   GrowthWatcher (added text, debounced) ─┘     popup / side panel ─► 'get-summary' · 'focus-figure'
//
// On a page that is not a campaign article it stops after the cheap checks and listens only
// for the user's explicit request (toolbar button, context menu), which arrives as 'run'.
import { browser, type Browser } from 'wxt/browser';
import { NEWS_SITE_PATTERNS } from '@/lib/news-sites';
import { parseContentRequest, type ContentRequest, type LibraryAddResponse, type PageSummary } from '@/lib/messages';
import { libraryAddMessage, pickLang } from '@/lib/i18n';
import { SITE_SETTINGS_KEY, isSiteEnabled, parseSiteSettings } from '@/lib/site-settings';
import { Highlighter } from './highlighter';
import { CardHost } from './card-host';
import { PageCheck } from './page-check';
import { PointerWatch } from './pointer-watch';
import { GrowthWatcher } from './growth-watcher';

declare global {
  // Set once per page and extension instance: the script is injected again on request.
  var __figureCheckLoaded: boolean | undefined;
}

export default defineContentScript({
  matches: [...NEWS_SITE_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    if (globalThis.__figureCheckLoaded) return;
    globalThis.__figureCheckLoaded = true;

    const doc = document;
    const lang = pickLang(navigator.languages);
    const check = new PageCheck(doc, new Highlighter(doc));
    const card = new CardHost(doc, lang, async () => libraryAddMessage(lang, await check.addToLibrary()));
    const pointer = new PointerWatch(doc, check, card, ctx.signal);
    const growth = new GrowthWatcher(check, () => pointer.refresh());
    let running: Promise<boolean> | null = null;
    let stepIndex = -1;

    const run = (force: boolean): Promise<boolean> => {
      card.hide();
      running = check.run(force).then((active) => {
        if (active) {
          pointer.start();
          growth.watch(check.root, force);
        }
        return active;
      });
      return running;
    };

    const focusFigure = async (figureId: string, takeFocus: boolean): Promise<boolean> => {
      const figure = check.figures.find((f) => f.id === figureId);
      const range = figure && check.index?.rangeOf(figure);
      if (!figure || !range) return false;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      check.highlighter.focus(range);
      try {
        await card.show({ figure, checks: check.checksOf(figure.id), quote: check.summary.quotes[figure.id] ?? '', anchor: range, takeFocus });
      } catch {
        return false; // the card's script could not be injected (the page navigated away)
      }
      return true;
    };

    const answer = async (request: ContentRequest): Promise<PageSummary | LibraryAddResponse | { ok: boolean }> => {
      switch (request.type) {
        case 'get-summary':
          if (running) await running;
          return check.summary;
        case 'run':
          check.reset();
          check.scope = request.scope;
          await run(request.force);
          return check.summary;
        case 'add-to-library':
          if (running) await running;
          return check.addToLibrary();
        case 'focus-figure':
          return { ok: await focusFigure(request.figureId, false) };
        case 'step-flagged': {
          const flagged = check.flaggedFigures();
          if (flagged.length === 0) return { ok: false };
          stepIndex = (stepIndex + request.direction + flagged.length) % flagged.length;
          return { ok: await focusFigure(flagged[stepIndex]!.id, true) };
        }
      }
    };

    browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(message);
      if (!request) return undefined;
      return answer(request);
    });

    // The reader may have turned this site off, or allowed only some sites: asked again at every
    // new address, since the settings may have changed since the page loaded.
    const runIfEnabled = (): Promise<void> =>
      browser.storage.local
        .get(SITE_SETTINGS_KEY)
        .then((stored) => isSiteEnabled(parseSiteSettings(stored[SITE_SETTINGS_KEY]), location.hostname))
        .catch(() => true)
        .then((enabled) => {
          if (enabled) void run(false);
          else check.summary = { ...check.summary, status: 'not-campaign' };
        });

    // Single-page apps: a new address is a new page.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      growth.stop();
      check.reset();
      void runIfEnabled();
    });

    ctx.onInvalidated(() => {
      growth.stop();
      card.dispose();
      check.highlighter.dispose();
      globalThis.__figureCheckLoaded = false;
    });

    void runIfEnabled();
  },
});
