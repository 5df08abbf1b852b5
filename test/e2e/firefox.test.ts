// Smoke test in Firefox: Debian's firefox-esr, headless, driven over WebDriver BiDi by
// puppeteer-core (no geckodriver, no browser download), with the Firefox package built here and
// installed as a temporary add-on, as about:debugging does. The news site's host name resolves to
// the local demo server (network.dns.localDomains), so the content script runs by itself, with the
// manifest's own matches and host permissions, and the background checks the figures.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startDemoServer, type DemoServer } from '../server';
import { buildPackages, type BuiltPackages } from '../store/build-package';
import { demoPages } from './pages';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// The seed whose article states 44984万名党员 in a district of 162万: the background must flag it.
const DEMO = 'seed-004-people';

let packages: BuiltPackages;
let server: DemoServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: run \`bash .ci/setup\` (Debian's firefox-esr) or set FIREFOX_PATH.`);
  packages = buildPackages(['firefox']);
  server = await startDemoServer({ host: '127.0.0.1', port: 0 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  packages?.remove();
});

test('a seed demo page gets its highlights in Firefox, the impossible figure among them', async () => {
  const demo = demoPages().find((p) => p.name === DEMO);
  expect(demo, DEMO).toBeTruthy();
  const host = new URL(demo!.expected.url).hostname;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'network.dns.localDomains': host, 'network.proxy.type': 0 },
  });
  const id = await browser.installExtension(packages.dir('firefox'));
  expect(id).toBe('figure-check@figurecheck.org');

  const page = await browser.newPage();
  await page.goto(`http://${host}:${new URL(server.origin).port}/${DEMO}.html`);
  let counts: Record<string, number> = {};
  for (let i = 0; i < 100 && Object.keys(counts).length === 0; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 150));
    counts = await page.evaluate(() => {
      const out: Record<string, number> = {};
      CSS.highlights.forEach((h, name) => {
        out[name] = h.size;
      });
      return out;
    });
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${await browser.version()}: ${total} figures highlighted`, counts);

  for (const name of Object.keys(counts)) expect(name).toMatch(/^figure-check-(implausible|inconsistent|differs|changed-over-time|different-scope|consistent|unknown)$/);
  // At least as many highlights as the figures the fixture lists in its text.
  expect(total).toBeGreaterThanOrEqual(demo!.expected.presentInText!.length);
  const implausible = await page.evaluate(() => [...(CSS.highlights.get('figure-check-implausible') ?? [])].map((r) => r.toString()));
  expect(implausible).toContain('44984万名党员');
});
