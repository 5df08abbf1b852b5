// `npm start`: serve the demo pages and open Chromium with the built extension on a demo
// article. With no display (a server, a container), run the same browser headless, report
// what the extension found on each demo article, save screenshots, and say how to load the
// extension by hand.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchExtension, settledSummary } from '../test/e2e/harness';
import { demoPages, demoUrl } from '../test/e2e/pages';
import { FLAGGED_VERDICTS } from '../lib/verdicts';
import { NEWS_SITE_PATTERNS } from '../lib/news-sites';
import { hostCoveredBy } from '../lib/site-settings';

const SCREENSHOTS = resolve(import.meta.dirname, '../.output/screenshots');

/** Whether the content script runs on this host by itself (else the toolbar button checks it). */
function listed(url: string): boolean {
  const host = new URL(url).hostname;
  return NEWS_SITE_PATTERNS.some((p) => hostCoveredBy(host, p.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '')));
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension: run `npm run build`');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash .ci/setup\``);
  const headed = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  const h = await launchExtension({ headless: !headed });
  const articles = demoPages().filter((p) => p.expected.isCampaign);
  console.log(`Demo pages: ${h.site('127.0.0.1')}/ (every page), served under their news sites' host names.`);
  if (headed) {
    const first = articles.find((p) => listed(p.expected.url));
    const page = h.context.pages()[0] ?? (await h.context.newPage());
    if (first) await page.goto(demoUrl(h, first));
    console.log('Chromium is open with Figure Check loaded. Hover a highlighted figure; the toolbar button opens the summary.');
    console.log('Close the browser window or press Ctrl-C to stop.');
    await new Promise<void>((done) => h.context.on('close', () => done()));
    await h.close();
    return;
  }
  console.log('No display found, so Chromium runs headless. What the extension finds on each demo article:\n');
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const article of articles) {
    const url = demoUrl(h, article);
    const page = await h.openArticle(url);
    let outcome = 'not a listed news site: the toolbar button checks it on request';
    if (listed(url)) {
      const summary = await settledSummary(h, url);
      const flagged = summary.checks.filter((c: { verdict: string }) => FLAGGED_VERDICTS.has(c.verdict as never)).length;
      outcome = `${summary.status}, ${summary.figures.length} figures, ${flagged} flagged checks`;
    }
    await page.screenshot({ path: join(SCREENSHOTS, `${article.name}.png`) });
    console.log(`  ${article.name}: ${outcome} — ${url}`);
    await page.close();
  }
  console.log(`\nScreenshots: ${SCREENSHOTS}/`);
  console.log('To use the extension in your own browser: open chrome://extensions, turn on Developer mode,');
  console.log(`choose "Load unpacked" and select ${EXTENSION_DIR}`);
  console.log('Or summarize a file from the command line: npm run summarize -- seeds/000_b500d0858ad7eb4c.txt --format md');
  await h.close();
}

main().catch((e: unknown) => {
  console.error(`start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
