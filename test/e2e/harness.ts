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

export async function launchExtension(options: { headless?: boolean } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const server = await startDemoServer({ host: '127.0.0.1', port: 0 });
  const port = new URL(server.origin).port;
  const profile = await mkdtemp(join(tmpdir(), 'figure-check-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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
  });
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

/** The summary the content script of the tab showing `url` reports, asked from the background. */
export async function summaryOf(harness: Harness, url: string): Promise<any> {
  return harness.worker.evaluate(async (target) => {
    const chrome = (globalThis as any).chrome;
    const tabs: { id?: number; url?: string }[] = await chrome.tabs.query({});
    const tab = tabs.filter((t) => t.url === target).at(-1);
    if (tab?.id === undefined) throw new Error(`no tab at ${target}`);
    return chrome.tabs.sendMessage(tab.id, { type: 'get-summary' });
  }, url);
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
