// The two stages in the browser: every news page gets the gate, only a possible campaign article
// gets the engine, and a page that becomes one later (a single-page app's navigation, or its text
// loaded after) gets it then.
// Which scripts a page ran is read through the DevTools protocol (Debugger.scriptParsed lists the
// extension's isolated-world scripts too), not from anything the extension says about itself.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { type Harness, highlightCounts, launchExtension, settledSummary, tabIdOf } from './harness';
import { demoPages, demoUrl } from './pages';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
});

afterAll(async () => {
  await h?.close();
});

interface Watched {
  page: Page;
  cdp: CDPSession;
  /** Names of the extension's scripts parsed in the page so far (gate.js, engine.js, card.js). */
  ours(): string[];
}

/** A new tab whose parsed scripts are recorded from before its first navigation. */
async function watchedPage(): Promise<Watched> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
  await cdp.send('Debugger.enable');
  const prefix = `chrome-extension://${h.extensionId}/`;
  return { page, cdp, ours: () => urls.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)) };
}

const page = (name: string) => {
  const found = demoPages().find((p) => p.name === name);
  if (!found) throw new Error(`no demo page ${name}`);
  return found;
};

describe('which pages get the engine', () => {
  test.each(['control-campaign-links-in-sidebar', 'control-business-poverty', 'control-sports-result', 'control-satisfaction-survey'])('%s (not a campaign article) runs the gate only', async (name) => {
    const w = await watchedPage();
    const url = demoUrl(h, page(name));
    await w.page.goto(url);
    expect((await settledSummary(h, url)).status).toBe('not-campaign');
    // Time for an engine to arrive, had the gate asked for one.
    await w.page.waitForTimeout(500);
    expect(w.ours()).toContain('gate.js');
    expect(w.ours()).not.toContain('engine.js');
    expect(await highlightCounts(w.page)).toEqual({});
    await w.page.close();
  });

  test('a page the gate turned away has no listener of ours; the popup reads the gate\'s status through the background', async () => {
    const w = await watchedPage();
    const url = demoUrl(h, page('control-sports-result'));
    await w.page.goto(url);
    await settledSummary(h, url);
    const tabId = await tabIdOf(h, url);
    // No content script of ours answers in the tab…
    const direct = await h.worker.evaluate((t) => (globalThis as any).chrome.tabs.sendMessage(t, { type: 'get-summary' }).then(() => 'answered', (e: unknown) => String(e)), tabId);
    expect(direct).toMatch(/Receiving end does not exist/);
    // …and the popup's request gives the gate's word on it.
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const answer = await ext.evaluate((t) => (globalThis as any).chrome.runtime.sendMessage({ type: 'gate-summary', tabId: t }), tabId);
    expect(answer).toMatchObject({ ok: true, summary: { status: 'not-campaign', url } });
    await ext.close();
    await w.page.close();
  });

  test('a campaign article gets the engine once, and its highlights', async () => {
    const w = await watchedPage();
    const url = demoUrl(h, page('seed-000-china-com'));
    await w.page.goto(url);
    const summary = await settledSummary(h, url);
    expect(summary.status).toBe('checked');
    expect(w.ours().filter((s) => s === 'gate.js')).toHaveLength(1);
    expect(w.ours().filter((s) => s === 'engine.js')).toHaveLength(1);
    const painted = Object.values(await highlightCounts(w.page)).reduce((a, b) => a + b, 0);
    expect(painted).toBe(summary.figures.length);
    await w.page.close();
  });

  test('the reader asking on a page the gate turned away brings the engine', async () => {
    const w = await watchedPage();
    const url = demoUrl(h, page('control-economy-projects'));
    await w.page.goto(url);
    expect((await settledSummary(h, url)).status).toBe('not-campaign');
    expect(w.ours()).not.toContain('engine.js');
    const tabId = await tabIdOf(h, url);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('button[name="check-page"]').click();
    // Injecting the engine and checking the page takes well over a second on a loaded machine.
    await expect.poll(async () => (await settledSummary(h, url)).status, { timeout: 15_000 }).toBe('checked');
    expect(w.ours()).toContain('engine.js');
    await popup.close();
    await w.page.close();
  });
});

/** A watched tab on a control page the gate turned away, and the campaign article to bring in. */
async function onControlPage() {
  const w = await watchedPage();
  const article = page('seed-001-china-com');
  const url = demoUrl(h, page('control-sports-result'));
  await w.page.goto(url);
  expect((await settledSummary(h, url)).status).toBe('not-campaign');
  return { w, article, url };
}

describe('a page that loads its text later', () => {
  test('changes that name no campaign bring no engine; the article text appended later does', async () => {
    const { w, article } = await onControlPage();
    // A ticker: text that names no campaign, changed many times over two seconds.
    await w.page.evaluate(async () => {
      const ticker = document.body.appendChild(document.createElement('p'));
      for (let i = 0; i < 20; i++) {
        ticker.textContent = `比分更新 ${i}:${20 - i}`;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await w.page.waitForTimeout(1_000);
    expect(w.ours()).not.toContain('engine.js');
    // The article's own text, loaded after the page at the same address.
    await w.page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const main = document.body.appendChild(document.createElement('div'));
      main.append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
    }, article.html);
    await expect.poll(() => w.ours().includes('engine.js'), { timeout: 15_000 }).toBe(true);
    await w.page.close();
  });
});

describe('a single-page app', () => {
  test('navigating from a control page into a campaign article brings the engine then', async () => {
    const { w, article, url } = await onControlPage();
    await w.page.waitForTimeout(300);
    expect(w.ours()).not.toContain('engine.js');

    // The app renders the article in place and moves to its address, as a router does.
    const next = `${new URL(url).origin}/${article.name}.html`;
    await w.page.evaluate(
      ([html, address]) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.title = doc.title;
        document.body.replaceWith(document.adoptNode(doc.body));
        history.pushState({}, '', address);
      },
      [article.html, next] as const,
    );
    await expect.poll(async () => (await settledSummary(h, next).catch(() => null))?.status, { timeout: 15_000 }).toBe('checked');
    expect(w.ours()).toContain('engine.js');
    const summary = await settledSummary(h, next);
    expect(summary.figures.length).toBeGreaterThan(20);
    const painted = Object.values(await highlightCounts(w.page)).reduce((a, b) => a + b, 0);
    expect(painted).toBe(summary.figures.length);
    await w.page.close();
  });
});
