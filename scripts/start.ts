// `npm start`: serve the demo pages and open Chromium with the built extension on a demo
// article. With no display (a server, a container), run the same browser headless, report
// what the extension found on each demo article, save screenshots, and say how to load the
// extension by hand.
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../test/server';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const PAGES_DIR = join(ROOT, 'test/pages');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Expected {
  url: string;
  isCampaign: boolean;
  title?: string | null;
}

function demoArticles(): { name: string; expected: Expected }[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'expected.json')))
    .map((d) => ({ name: d.name, expected: JSON.parse(readFileSync(join(PAGES_DIR, d.name, 'expected.json'), 'utf8')) as Expected }))
    .filter((p) => p.expected.isCampaign);
}

/** The demo page's URL on the local server: its news-site host name is kept, resolved to 127.0.0.1. */
function localUrl(expected: Expected, name: string, port: string): string {
  const u = new URL(expected.url);
  return `http://${u.hostname}:${port}/${name}.html`;
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension: run `npm run build`');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash .ci/setup\``);
  const server = await startDemoServer({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
  const port = new URL(server.origin).port;
  const articles = demoArticles();
  const headed = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  const profile = join(ROOT, '.output/demo-profile');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  console.log(`Demo pages: ${server.origin}/ (every page), served under news-site host names on port ${port}.`);
  const first = articles[0];
  if (headed) {
    const page = context.pages()[0] ?? (await context.newPage());
    if (first) await page.goto(localUrl(first.expected, first.name, port));
    console.log('Chromium is open with Figure Check loaded. Hover a highlighted figure; the toolbar button opens the summary.');
    console.log('Close the browser window or press Ctrl-C to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
  } else {
    console.log('No display found, so Chromium runs headless. What the extension finds on each demo article:\n');
    const shots = join(ROOT, '.output/screenshots');
    mkdirSync(shots, { recursive: true });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (const { name, expected } of articles) {
      const page = await context.newPage();
      const url = localUrl(expected, name, port);
      await page.goto(url);
      const summary = (await worker.evaluate(async (target: string) => {
        const c = (globalThis as any).chrome;
        for (let i = 0; i < 50; i++) {
          const tab = (await c.tabs.query({})).find((t: { url?: string }) => t.url === target);
          if (tab) {
            const s = await c.tabs.sendMessage(tab.id, { type: 'get-summary' }).catch(() => null);
            if (s && s.status !== 'working') return s;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        return null;
      }, url)) as { figures: unknown[]; checks: { verdict: string }[]; status: string } | null;
      const flagged = summary?.checks.filter((c) => ['implausible', 'inconsistent', 'differs'].includes(c.verdict)).length ?? 0;
      await page.screenshot({ path: join(shots, `${name}.png`) });
      const outcome = summary
        ? `${summary.status}, ${summary.figures.length} figures, ${flagged} flagged checks`
        : 'not a listed news site: the toolbar button checks it on request';
      console.log(`  ${name}: ${outcome} — ${url}`);
      await page.close();
    }
    console.log(`\nScreenshots: ${shots}/`);
    console.log(`To use the extension in your own browser: open chrome://extensions, turn on Developer mode,`);
    console.log(`choose "Load unpacked" and select ${EXTENSION_DIR}`);
    console.log(`Or summarize a file from the command line: npm run summarize -- seeds/000_b500d0858ad7eb4c.txt --format md`);
    await context.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
