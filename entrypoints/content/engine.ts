// The engine: the page side of a check, injected by the background (entrypoints/engine.ts) when
// the gate finds a possible campaign article or the reader asks.
//
//   page DOM ─► PageCheck.run ─ findArticleInSteps, readFoundArticle (lib/sites) ─ quickCampaignCheck
//                   │            └ background: 'check-page' ─► recognition, figures, checks
//                   ▼
//              Highlighter (CSS.highlights) ◄─ pointer / keyboard ─► CardHost (shadow root, Preact card)
//                   ▲
//   GrowthWatcher (added text, debounced) ─┘     popup / side panel ─► 'get-summary' · 'focus-figure'
//
// On a page that is not a campaign article it stops after the cheap checks and listens only
// for the user's explicit request (toolbar button, context menu), which arrives as 'run'.
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseContentRequest, type ContentRequest, type LibraryAddResponse, type PageSummary } from '@/lib/messages';
import { libraryAddMessage, pickLang } from '@/lib/i18n';
import { SITE_SETTINGS_KEY, isSiteEnabled, parseSiteSettings } from '@/lib/site-settings';
import { Highlighter } from './highlighter';
import { CardHost } from './card-host';
import { PageCheck } from './page-check';
import { PointerWatch } from './pointer-watch';
import { GrowthWatcher } from './growth-watcher';
import { followAttentionOnly } from './attention-only';
import './stages';

export function startEngine(ctx: ContentScriptContext): void {
  globalThis.__figureCheckLoaded = true;

  const doc = document;
  const lang = pickLang(navigator.languages);
  const check = new PageCheck(doc, new Highlighter(doc));
  const card = new CardHost(doc, lang, async () => libraryAddMessage(lang, await check.addToLibrary()));
  const pointer = new PointerWatch(doc, check, card, ctx.signal);
  const growth = new GrowthWatcher(check, () => pointer.refresh());
  followAttentionOnly(check.highlighter, ctx.signal);
  let running: Promise<boolean> | null = null;
  let stepIndex = -1;
  /** Runs asked for by message (the reader, the background): one asked while the site settings are
   * read stands, and the look of a new page's own does not replace it. */
  let asked = 0;

  const run = (force: boolean, gate?: { startedAt: number }): Promise<boolean> => {
    card.hide();
    running = check.run(force, gate).then((active) => {
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
        asked++;
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
  const runIfEnabled = (): Promise<void> => {
    const before = asked;
    return browser.storage.local
      .get(SITE_SETTINGS_KEY)
      .then((stored) => isSiteEnabled(parseSiteSettings(stored[SITE_SETTINGS_KEY]), location.hostname))
      .catch(() => true)
      .then((enabled) => {
        if (asked !== before) return;
        if (enabled) void run(false);
        else check.summary = { ...check.summary, status: 'not-campaign' };
      });
  };

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

  // Brought by the gate, the engine runs where the background found the site allowed, on a page
  // the gate has just read; its first check counts from the gate's start, when the page began to
  // cost. Injected on the reader's request, it looks at the page as on any new address.
  const startedAt = globalThis.__figureCheckGateStart;
  if (globalThis.__figureCheckGateAsked && startedAt !== undefined) void run(false, { startedAt });
  else void runIfEnabled();
}
