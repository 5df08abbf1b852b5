// Every real saved page gives the same article in Node (the command line's parser,
// scripts/parse-html.ts) as in Chromium: the readers are bundled and run on the tree Chromium
// built from the page as test/server.ts serves it. The page's own scripts are kept from running
// (a Content-Security-Policy header), so that both sides read the markup as parsed, not what a
// script later writes into it; scripting stays on, as in a tab (<noscript> is text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../server';
import { parseHtmlDocument } from '../../scripts/parse-html';
import { readingOf, type Reading } from '../sites/reading';
import { realPages } from '../sites/real-pages';
import { CHROMIUM } from './harness';

const pages = realPages();
let server: DemoServer;
let browser: Browser;
let context: BrowserContext;
let readerBundle: string;

beforeAll(async () => {
  const bundled = await build({
    stdin: {
      contents: "import { readingOf } from './reading'; (globalThis as any).__figureCheckReading = readingOf;",
      resolveDir: resolve(import.meta.dirname, '../sites'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  });
  readerBundle = bundled.outputFiles[0]!.text;
  server = await startDemoServer({ host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${server.origin}/real/`)) return route.abort();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function readInChromium(name: string, url: string): Promise<Reading> {
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/real/${name}.html`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(readerBundle);
    return await page.evaluate((pageUrl) => (globalThis as any).__figureCheckReading(document, pageUrl), url);
  } finally {
    await page.close();
  }
}

describe('real pages: the same article in Node and in Chromium', () => {
  it('has the real pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, page) => {
    const node = readingOf(parseHtmlDocument(page.html), page.url);
    const browserReading = await readInChromium(page.name, page.url);
    expect(browserReading.found).toBe(true);
    expect(browserReading).toEqual(node);
  });
});
