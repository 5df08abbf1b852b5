// The built extension in a real Chromium: the content script runs on a demo campaign article,
// the background answers its checks, the popup renders, and non-campaign pages stay untouched.
import { NEWS_SITE_PATTERNS } from '../../lib/news-sites';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type Harness, highlightCounts, launchExtension, settledSummary, tabIdOf } from './harness';
import { demoPages, demoUrl } from './pages';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
});

afterAll(async () => {
  await h?.close();
});

describe('on a demo campaign article', () => {
  const article = demoPages().find((p) => p.expected.isCampaign && p.expected.seed?.startsWith('000'))!;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    url = demoUrl(h, article);
    page = await h.openArticle(url);
  });

  test('the content script reads the article and highlights its figures', async () => {
    const summary = await settledSummary(h, url);
    expect(summary.status).toBe('checked');
    expect(summary.meta.title).toBe(article.expected.title);
    expect(summary.recognition.isCampaign).toBe(true);
    expect(summary.figures.length).toBeGreaterThan(50);
    const counts = await highlightCounts(page);
    const painted = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(painted).toBe(summary.figures.length);
  });

  test('the background answers with checks from the bundled dataset', async () => {
    const summary = await settledSummary(h, url);
    expect(summary.error).toBeNull();
    expect(summary.checks.length).toBeGreaterThan(0);
    const fromDataset = summary.checks.filter((c: any) => c.evidence.some((e: any) => e.source.origin === 'bundled'));
    expect(fromDataset.length).toBeGreaterThan(0);
  });

  test('the popup renders the page summary', async () => {
    const tabId = await h.worker.evaluate(async (target) => {
      const tabs = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url === target)?.id as number;
    }, url);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-count="total"]').textContent(), { timeout: 10_000 }).toMatch(/^\d+$/);
    await popup.close();
  });
});

describe('checking a page on request', () => {
  test('the popup\'s button checks a page that is not a campaign article, and lists its figures', async () => {
    const control = demoPages().find((p) => p.name === 'control-economy-projects')!;
    const url = demoUrl(h, control);
    await h.openArticle(url);
    expect((await settledSummary(h, url)).status).toBe('not-campaign');
    const tabId = await tabIdOf(h, url);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('button[name="check-page"]').click();
    await expect.poll(() => popup.locator('[data-count="total"]').textContent()).toMatch(/^[1-9]\d*$/);
    const summary = await settledSummary(h, url);
    expect(summary.status).toBe('checked');
    expect(summary.recognition.isCampaign).toBe(false);
    expect(summary.figures.some((f: any) => f.unit === '元')).toBe(true);
    await popup.close();
  });
});

describe('keyboard shortcuts', () => {
  test('Chromium assigns the shortcuts the manifest suggests', async () => {
    const commands = await h.worker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    const shortcut = (name: string) => commands.find((c: any) => c.name === name)?.shortcut;
    expect(shortcut('next-flagged')).toBe('Alt+Shift+J');
    expect(shortcut('previous-flagged')).toBe('Alt+Shift+K');
  });
});

describe('site settings', () => {
  test('a site the reader turned off gets nothing until turned on again', async () => {
    const article = demoPages().find((p) => p.expected.isCampaign && p.expected.seed?.startsWith('002') && p.name.includes('china-com'))!;
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('input[name="add-disabled"]').fill('https://www.china.com/');
    await options.locator('input[name="add-disabled"]').press('Enter');
    await expect.poll(() => options.locator('fieldset[data-list="disabled"] li').count()).toBe(1);
    const url = demoUrl(h, article);
    const off = await h.openArticle(url);
    const quiet = await settledSummary(h, url);
    expect(quiet.figures).toEqual([]);
    expect(await highlightCounts(off)).toEqual({});
    // A single-page app moving to a new address is a new page, on the same site still turned off.
    await off.evaluate(() => history.pushState({}, '', `${location.pathname}?next=1`));
    await off.waitForTimeout(2_500);
    expect(await highlightCounts(off)).toEqual({});
    await off.close();

    await options.locator('button[name="remove-disabled"]').click();
    await expect.poll(() => options.locator('fieldset[data-list="disabled"] li').count()).toBe(0);
    const on = await h.openArticle(url);
    const summary = await settledSummary(h, url);
    expect(summary.status).toBe('checked');
    expect(Object.keys(await highlightCounts(on)).length).toBeGreaterThan(0);
    await on.close();
    await options.close();
  });
});

describe('sites the reader adds', () => {
  test('nothing beyond the listed news sites is granted at install, and the gate is registered nowhere else', async () => {
    const granted = await h.worker.evaluate(() => (globalThis as any).chrome.permissions.getAll());
    expect([...granted.origins].sort()).toEqual([...NEWS_SITE_PATTERNS].sort());
    expect(await h.worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  });

  test('the options page explains a bad address and a listed site before asking the browser for anything', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const added = options.locator('fieldset[data-list="added-sites"]');
    await expect.poll(() => added.textContent()).toContain('尚未添加网站');
    await added.locator('input[name="add-added-site"]').fill('cn');
    await added.locator('input[name="add-added-site"]').press('Enter');
    await expect.poll(() => added.locator('[role="alert"]').textContent()).toContain('不是有效的网站地址');
    await added.locator('input[name="add-added-site"]').fill('https://henan.people.com.cn/n2/1.html');
    await added.locator('button[type="submit"]').click();
    await expect.poll(() => added.locator('[role="status"]').textContent()).toContain('已支持的新闻网站');
    const granted = await h.worker.evaluate(() => (globalThis as any).chrome.permissions.getAll());
    expect(granted.origins.length).toBe(NEWS_SITE_PATTERNS.length);
    await options.close();
  });
});

describe('on pages that are not campaign articles', () => {
  test.each(demoPages().filter((p) => !p.expected.isCampaign).map((p) => [p.name, p] as const))(
    '%s gets no highlights',
    async (_name, control) => {
      const url = demoUrl(h, control);
      const page = await h.openArticle(url);
      // Pages on hosts the content script does not match never answer: wait briefly only.
      const summary = await settledSummary(h, url, 15).catch(() => null);
      if (summary) expect(['not-article', 'not-campaign']).toContain(summary.status);
      expect(await highlightCounts(page)).toEqual({});
      await page.close();
    },
  );
});
