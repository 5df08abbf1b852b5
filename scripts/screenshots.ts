// `npm run screenshots`: each view of the built extension in Debian's Chromium, light and dark,
// into test/screenshots/ (the README shows them). The tests never write there: they keep their
// own screenshots in the ignored test/.tmp/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, settledSummary, tabIdOf, toTab } from '../test/e2e/harness';
import { demoPages, demoUrl } from '../test/e2e/pages';

const OUT = resolve(import.meta.dirname, '../test/screenshots');
const SCHEMES = ['light', 'dark'] as const;

function seedPage(prefix: string) {
  const page = demoPages().find((p) => p.expected.seed?.startsWith(prefix) && p.name.includes('china-com'));
  if (!page) throw new Error(`no demo page for seed ${prefix}`);
  return page;
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(300); // fonts and the last paint
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`  ${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const h = await launchExtension();
  try {
    const impossible = demoPages().find((p) => p.expected.seed && p.name.includes('china-com') && readFileSync(resolve(import.meta.dirname, '../seeds', `${p.expected.seed}.txt`), 'utf8').includes('44984万名党员'))!;
    const finalReport = seedPage('000');
    const urls = { impossible: demoUrl(h, impossible), final: demoUrl(h, finalReport) };
    for (const url of Object.values(urls)) {
      await h.openArticle(url);
      await settledSummary(h, url);
    }
    const ext = (path: string) => `chrome-extension://${h.extensionId}/${path}`;
    for (const scheme of SCHEMES) {
      const view = async (path: string, width: number, height: number): Promise<Page> => {
        const page = await h.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        await page.goto(ext(path));
        return page;
      };

      // The card of an impossible figure, over its page.
      const article = h.context.pages().filter((p) => p.url() === urls.impossible).at(-1)!;
      await article.emulateMedia({ colorScheme: scheme });
      await article.bringToFront();
      const summary = await settledSummary(h, urls.impossible);
      const figure = summary.figures.find((f: { text: string }) => f.text.includes('44984万'));
      await toTab(h, urls.impossible, { type: 'focus-figure', figureId: figure.id });
      await shoot(article, `card-${scheme}`);
      await article.keyboard.press('Escape');

      // A metric's history in the card: the final report's 中心组学习 against the interim report's.
      const final = h.context.pages().filter((p) => p.url() === urls.final).at(-1)!;
      await final.emulateMedia({ colorScheme: scheme });
      await final.bringToFront();
      const finalSummary = await settledSummary(h, urls.final);
      const study = finalSummary.figures.find((f: { text: string }) => f.text === '中心组学习1559场次');
      if (study) {
        await toTab(h, urls.final, { type: 'focus-figure', figureId: study.id });
        await shoot(final, `card-history-${scheme}`);
        await final.keyboard.press('Escape');
      }

      const popup = await view(`popup.html?tab=${await tabIdOf(h, urls.final)}`, 360, 560);
      await popup.locator('[data-count="attention"]').waitFor();
      await shoot(popup, `popup-${scheme}`);
      await popup.close();

      const panel = await view(`sidepanel.html?tab=${await tabIdOf(h, urls.final)}`, 360, 900);
      await panel.locator('.rows > li').first().waitFor();
      await panel.locator('input[name="flagged-only"]').check();
      await shoot(panel, `sidepanel-${scheme}`);
      await panel.locator('input[name="flagged-only"]').uncheck();
      await panel.locator('.side-by-side > summary').click();
      await panel.locator('.side-by-side').scrollIntoViewIfNeeded();
      await shoot(panel, `sidepanel-compare-${scheme}`);
      await panel.close();

      const options = await view('options.html', 1000, 760);
      await options.locator('h1').first().waitFor();
      await shoot(options, `options-${scheme}`);
      await options.close();

      const welcome = await view('welcome.html', 900, 900);
      await welcome.locator('h1').waitFor();
      await shoot(welcome, `welcome-${scheme}`, true);
      await welcome.close();
    }
    console.log(`Screenshots: ${OUT}/`);
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(`screenshots: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
