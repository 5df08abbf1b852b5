// What the reader sees: highlights by verdict, the card, the summary and its export, a page
// that grows, and a page whose own DOM stays as it was.
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type Harness, highlightCounts, launchExtension, settledSummary, summaryOf, tabIdOf } from './harness';
import { demoPages, demoUrl, type DemoPage } from './pages';
import { readCard } from './card-reader';

// Ignored by git: a test run leaves the working tree as it was (`npm run screenshots` makes the README's).
const SCREENSHOTS = resolve(import.meta.dirname, '../.tmp/screenshots');
let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
});

afterAll(async () => {
  await h?.close();
});

/** The centre of a figure's text in the page, scrolled into view, as a reader's pointer would find it. */
async function figureBox(page: Page, figure: { text: string }): Promise<{ x: number; y: number } | null> {
  return page.evaluate((f) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(f.text);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + f.text.length);
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, figure);
}

function seedPage(seedPrefix: string, layout?: string): DemoPage {
  const page = demoPages().find((p) => p.expected.seed?.startsWith(seedPrefix) && (!layout || p.name.includes(layout)));
  if (!page) throw new Error(`no demo page for seed ${seedPrefix}`);
  return page;
}

describe('a campaign article with an impossible figure', () => {
  let page: Page;
  let url: string;
  let summary: any;

  beforeAll(async () => {
    const demo = demoPages().find((p) => p.expected.seed && readFileSync(resolve(import.meta.dirname, '../../seeds', `${p.expected.seed}.txt`), 'utf8').includes('44984万名党员'))!;
    url = demoUrl(h, demo);
    page = await h.openArticle(url);
    summary = await settledSummary(h, url);
  });

  test('every figure is painted once, in the highlight of its verdict', async () => {
    const counts = await highlightCounts(page);
    const expected: Record<string, number> = {};
    const byFigure = new Map<string, string[]>();
    for (const c of summary.checks) byFigure.set(c.figureId, [...(byFigure.get(c.figureId) ?? []), c.verdict]);
    const order = ['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope', 'consistent', 'unknown'];
    for (const f of summary.figures) {
      const verdicts = byFigure.get(f.id) ?? [];
      const v = order.find((o) => verdicts.includes(o)) ?? 'unknown';
      const name = `figure-check-${v.replace(/_/g, '-')}`;
      expected[name] = (expected[name] ?? 0) + 1;
    }
    expect(counts).toEqual(expected);
    expect(counts['figure-check-implausible']).toBeGreaterThanOrEqual(1);
  });

  test('the card for 44984万名党员 says implausible and shows its evidence', async () => {
    const figure = summary.figures.find((f: any) => f.text.includes('44984万'));
    expect(figure).toBeTruthy();
    const tabId = await tabIdOf(h, url);
    const focused = await h.worker.evaluate(
      ([tab, id]) => (globalThis as any).chrome.tabs.sendMessage(tab, { type: 'focus-figure', figureId: id }),
      [tabId, figure.id] as const,
    );
    expect(focused).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page)).attributes['data-verdict']).toBe('implausible');
    const card = await readCard(page);
    expect(card.attributes.role).toBe('dialog');
    // The figure is centred: the card fits the viewport all the same, its buttons within reach.
    const viewport = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    expect(card.rect!.y).toBeGreaterThanOrEqual(0);
    expect(card.rect!.y + card.rect!.h).toBeLessThanOrEqual(viewport.h);
    for (const name of ['copy', 'add-to-library']) {
      const at = card.buttons[name];
      expect(at, `button ${name}`).toBeDefined();
      expect(at!.y).toBeGreaterThan(0);
      expect(at!.y).toBeLessThan(viewport.h);
    }
    // In 亿 and 万, as a Chinese reader writes it: 44984万 is 4.4984亿 people.
    expect(card.text).toContain('4.4984亿');
    expect(card.evidenceItems).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, 'card.png') });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page)).open).toBe(false);
  });

  test('a page script dispatching pointer and click events on a figure opens no card', async () => {
    const figure = summary.figures[0];
    const box = await figureBox(page, figure);
    expect(box).not.toBeNull();
    // page.evaluate runs in the page's own world: these events are synthetic (isTrusted false).
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      for (const type of ['pointermove', 'pointerover', 'mousemove']) target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true }));
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    }, box!);
    await page.waitForTimeout(1_000);
    expect((await readCard(page)).open).toBe(false);
  });

  test('hovering a highlighted figure opens its card', async () => {
    const figure = summary.figures[0];
    const box = await figureBox(page, figure);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await expect.poll(async () => (await readCard(page)).figureId, { timeout: 5_000 }).toBe(figure.id);
  });
});

describe('the page keeps its own DOM and behaviour', () => {
  test("the article's body is byte-identical before and after", async () => {
    const demo = seedPage('002');
    const url = demoUrl(h, demo);
    const page = await h.openArticle(url);
    await settledSummary(h, url);
    const same = await page.evaluate(async () => {
      const original = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(original, 'text/html');
      const hosts = [...document.documentElement.children].filter((e) => e.hasAttribute('data-figure-check-root')).length;
      return { body: parsed.body.outerHTML === document.body.outerHTML, hosts };
    });
    expect(same.body).toBe(true);
    expect(same.hosts).toBeLessThanOrEqual(1);
    await page.close();
  });

  test('paragraphs appended later get their figures highlighted', async () => {
    const demo = seedPage('001');
    const url = demoUrl(h, demo);
    const page = await h.openArticle(url);
    const before = await settledSummary(h, url);
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('p');
      const last = paragraphs[paragraphs.length - 1]!;
      const p = document.createElement('p');
      p.textContent = '截至目前，全市共梳理出问题清单1234项，已整改到位1180项，整改率95.6%。';
      last.after(p);
    });
    await expect
      .poll(async () => (await summaryOf(h, url)).figures.length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(before.figures.length + 3);
    const after = await summaryOf(h, url);
    const counts = await highlightCounts(page);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(after.figures.length);
    expect(after.figures.some((f: any) => f.text.includes('1234项'))).toBe(true);
    await page.close();
  });
});

describe('the summary', () => {
  test('lists the figures, filters the flagged ones, and exports a CSV whose rows match', async () => {
    const demo = demoPages().find((p) => p.expected.seed && readFileSync(resolve(import.meta.dirname, '../../seeds', `${p.expected.seed}.txt`), 'utf8').includes('44984万名党员'))!;
    const url = demoUrl(h, demo);
    const page = await h.openArticle(url);
    const summary = await settledSummary(h, url);
    const tabId = await tabIdOf(h, url);
    const panel = await h.context.newPage();
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
    const rows = panel.locator('.rows > li');
    await expect.poll(() => rows.count()).toBe(Math.min(summary.figures.length, 200));
    await panel.locator('input[name="flagged-only"]').check();
    const flagged = await rows.count();
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(summary.figures.length);
    await panel.bringToFront();
    await panel.screenshot({ path: join(SCREENSHOTS, 'summary.png'), fullPage: false });
    await panel.locator('input[name="flagged-only"]').uncheck();

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[name="download"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const figureColumn = lines.slice(1).map((l) => (l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : l.slice(0, l.indexOf(','))));
    expect(figureColumn).toEqual(summary.figures.map((f: any) => f.text));

    // A click on a row brings the figure into view in the page, with its card.
    await panel.locator('.rows > li').nth(3).locator('button').click();
    await expect.poll(async () => (await readCard(page)).figureId).toBe(summary.figures[3].id);
    // A page in a background tab paints no frames: bring it forward before the screenshot.
    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, 'page.png') });
    await panel.close();
    await page.close();
  });
});
