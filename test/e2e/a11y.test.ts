// axe-core (the engine of Lighthouse's and the browsers' accessibility audits) over the popup,
// the side panel, the options page, the first-run page and the card, light and dark: no serious
// or critical violation. The card is rendered by its built script (card.js) into an open shadow
// root on the article page, since axe cannot enter the closed root the extension uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Harness, launchExtension, settledSummary, tabIdOf } from './harness';
import { demoPages, demoUrl } from './pages';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SERIOUS = ['serious', 'critical'];

let h: Harness;
let finalUrl: string;
let impossibleUrl: string;

beforeAll(async () => {
  h = await launchExtension();
  const final = demoPages().find((p) => p.expected.seed?.startsWith('000') && p.name.includes('china-com'))!;
  const impossible = demoPages().find((p) => p.expected.seed && p.name.includes('china-com') && readFileSync(resolve(import.meta.dirname, '../../seeds', `${p.expected.seed}.txt`), 'utf8').includes('44984万名党员'))!;
  finalUrl = demoUrl(h, final);
  impossibleUrl = demoUrl(h, impossible);
  for (const url of [finalUrl, impossibleUrl]) {
    await h.openArticle(url);
    await settledSummary(h, url);
  }
});

afterAll(async () => {
  await h?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe's serious and critical violations in `selector` (the whole document by default). */
async function audit(page: Page, include?: string): Promise<string[]> {
  // Through the DevTools protocol, so the page's (and the extension's) CSP does not apply.
  await page.evaluate(AXE);
  const violations: Violation[] = await page.evaluate(async (sel) => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include ?? null);
  return violations
    .filter((v) => SERIOUS.includes(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

describe.each(['light', 'dark'] as const)('%s', (scheme) => {
  const view = async (path: string, ready: string, width = 360): Promise<Page> => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    await page.locator(ready).first().waitFor();
    return page;
  };

  test('the popup', async () => {
    const page = await view(`popup.html?tab=${await tabIdOf(h, finalUrl)}`, '[data-count="attention"]');
    await page.locator('.more-actions > summary').click();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  test('the side panel, its legend open', async () => {
    const page = await view(`sidepanel.html?tab=${await tabIdOf(h, finalUrl)}`, '.rows > li', 320);
    await page.locator('.legend-box > summary').click();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  test('the options page', async () => {
    const page = await view('options.html', 'h1', 1000);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  test('the first-run page', async () => {
    const page = await view('welcome.html', 'h1', 900);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  test('the card of an impossible figure', async () => {
    const page = await h.openArticle(impossibleUrl);
    await page.emulateMedia({ colorScheme: scheme });
    const summary = await settledSummary(h, impossibleUrl);
    const figure = summary.figures.find((f: any) => f.text.includes('44984万'));
    const checks = summary.checks.filter((c: any) => c.figureId === figure.id);
    await page.evaluate(readFileSync(join(EXTENSION_DIR, 'card.js'), 'utf8'));
    await page.evaluate(
      ({ figure, checks, quote }) => {
        const ui = (globalThis as any).__figureCheckCardUi;
        const host = document.createElement('div');
        host.id = 'card-under-audit';
        document.documentElement.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = ui.css;
        const mount = document.createElement('div');
        root.append(style, mount);
        const noop = async () => '';
        ui.render(mount, { figure, checks, quote, lang: 'zh', takeFocus: false, onClose() {}, onCopy: noop, onAddToLibrary: noop });
        (mount.firstElementChild as HTMLElement).style.cssText += 'top: 8px; left: 8px;';
      },
      { figure, checks, quote: summary.quotes[figure.id] },
    );
    expect(await audit(page, '#card-under-audit')).toEqual([]);
    await page.close();
  });
});
