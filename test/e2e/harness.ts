// Drives the built extension in Debian's Chromium through playwright-core. News-site host
// names resolve to the local demo server, so the content script runs on demo pages exactly as
// on the real sites, with the real manifest's matches and permissions.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startDemoServer } from '../server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Base URL for a demo page served under a news site's host name: `${site('news.china.com')}/name.html`. */
  site(host: string): string;
  /** Opens a demo page as the given URL and waits until the content script reports. */
  openArticle(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with one unpacked extension, every host resolved to this machine (the demo server). */
export function browserOptions(extensionDir: string, headless = true) {
  return {
    executablePath: CHROMIUM,
    headless,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  };
}

export async function launchExtension(options: { headless?: boolean } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const server = await startDemoServer({ host: '127.0.0.1', port: 0 });
  const port = new URL(server.origin).port;
  const profile = await mkdtemp(join(tmpdir(), 'figure-check-profile-'));
  const context = await chromium.launchPersistentContext(profile, browserOptions(EXTENSION_DIR, options.headless ?? true));
  // A locator that never matches fails the test in seconds instead of waiting forever.
  context.setDefaultTimeout(15_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    site: (host) => `http://${host}:${port}`,
    async openArticle(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The summary of the tab showing `url`, as the popup reads it: the engine's answer, else what the gate keeps in
 * its isolated world (read the way entrypoints/background/gate-summary.ts reads it). */
export async function summaryOf(harness: Harness, url: string): Promise<any> {
  const engine = await toTab(harness, url, { type: 'get-summary' }).catch(() => null);
  if (engine) return engine;
  const tab = await tabIdOf(harness, url);
  return harness.worker.evaluate(async (tabId) => {
    const [result] = await (globalThis as any).chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        const summary = (globalThis as { __figureCheckGateSummary?: object }).__figureCheckGateSummary;
        return summary ? { ...summary, url: location.href } : null;
      },
    });
    if (!result?.result) throw new Error(`no summary in tab ${tabId}`);
    return result.result;
  }, tab);
}

/** The summary once the content script has finished with the page (polls every 100 ms). */
export async function settledSummary(harness: Harness, url: string, tries = 150): Promise<any> {
  let last: any = null;
  for (let i = 0; i < tries; i++) {
    last = await summaryOf(harness, url).catch(() => null);
    if (last && last.status !== 'working') return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no settled summary for ${url} (last: ${last?.status ?? 'no answer'})`);
}

/** The newest tab showing `url`: earlier tests may have left one open at the same address. */
export async function tabIdOf(harness: Harness, url: string): Promise<number> {
  return harness.worker.evaluate(async (target) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.filter((t: { url?: string }) => t.url === target).at(-1)?.id as number;
  }, url);
}

/** Sends a request to the content script of the newest tab showing `url`. */
export async function toTab(harness: Harness, url: string, message: object): Promise<any> {
  const tab = await tabIdOf(harness, url);
  if (tab === undefined) throw new Error(`no tab at ${url}`);
  return harness.worker.evaluate(([t, m]) => (globalThis as any).chrome.tabs.sendMessage(t, m), [tab, message] as const);
}

/** Names and sizes of the highlights registered on the page. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}
