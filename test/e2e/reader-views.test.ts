// More of what a reader meets, in Chromium with the built extension: the first-run page explains
// "keep as I read" and leaves it off; values are written in 亿 and 万 in the Chinese side panel and
// CSV, with grouped digits in English; the popup and the options page are dark, controls included,
// when the system is.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { KEEP_AS_I_READ_KEY } from '../../lib/keep-setting';
import { type Harness, launchExtension, settledSummary, tabIdOf } from './harness';
import { demoPages, demoUrl } from './pages';

let h: Harness;
/** The first-run page, caught as the browser opens it on install. */
let welcome: Promise<Page>;
/** The 金水区 article (seed 004): 地区生产总值1387亿元 and the impossible 44984万名党员. */
let url: string;

beforeAll(async () => {
  h = await launchExtension();
  const opened = h.context.pages().find((p) => p.url().endsWith('/welcome.html'));
  welcome = opened ? Promise.resolve(opened) : h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10_000 });
  welcome.catch(() => undefined);
  const demo = demoPages().find((p) => p.expected.seed && p.name.includes('china-com') && readFileSync(resolve(import.meta.dirname, '../../seeds', `${p.expected.seed}.txt`), 'utf8').includes('地区生产总值1387亿元'));
  if (!demo) throw new Error('no demo page for the seed with 地区生产总值1387亿元');
  url = demoUrl(h, demo);
  await h.openArticle(url);
  await settledSummary(h, url);
});

afterAll(async () => {
  await h?.close();
});

/** An extension page; `lang` sets the browser's languages for it, as a reader's settings would. */
async function extensionPage(path: string, options: { lang?: string; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await h.context.newPage();
  if (options.lang) {
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: await page.evaluate(() => navigator.userAgent), acceptLanguage: options.lang });
  }
  if (options.scheme) await page.emulateMedia({ colorScheme: options.scheme });
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/** The panel's list as figure → shown value. */
async function listedValues(panel: Page): Promise<Map<string, string>> {
  await panel.locator('.rows > li').first().waitFor();
  const rows = await panel.locator('.rows > li').evaluateAll((items) => items.map((li) => [li.querySelector('.figure-text')!.textContent!, li.querySelector('.figure-value')!.textContent!] as const));
  return new Map(rows);
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('the first run', () => {
  test('the welcome page explains "keep as I read", and on a fresh profile it is off', async () => {
    const page = await welcome;
    await page.waitForLoadState();
    const toggle = page.locator('input[name="keep-as-i-read"]');
    await toggle.waitFor();
    // Opened by the browser before the test's language settings reach the tab: either language.
    const zh = (await page.evaluate(() => document.documentElement.lang)) === 'zh-CN';
    expect(await page.locator('h2').allTextContents()).toContain(zh ? '让参考库自己长大' : 'Let the library grow by itself');
    expect(await page.locator('label:has(input[name="keep-as-i-read"])').textContent()).toBe(zh ? '阅读时自动收入参考库' : 'Keep as I read');
    // The explanation is the switch's description: what it does, and that it starts off.
    const help = page.locator(`#${await toggle.getAttribute('aria-describedby')}`);
    expect(await help.textContent()).toContain(zh ? '打开的每篇专题文章都自动加入我的参考库' : 'Every campaign article you open is added to your library');
    expect(await help.textContent()).toContain(zh ? '默认关闭' : 'Off by default');
    // Off on a fresh profile: the switch, and nothing stored that would turn it on.
    expect(await toggle.isChecked()).toBe(false);
    const stored = () => h.worker.evaluate((k) => (globalThis as any).chrome.storage.local.get(k), KEEP_AS_I_READ_KEY);
    expect(await stored()).toEqual({});
    // The switch on this page is the setting itself.
    await toggle.check();
    await expect.poll(stored).toEqual({ [KEEP_AS_I_READ_KEY]: true });
    await toggle.uncheck();
    await expect.poll(stored).toEqual({ [KEEP_AS_I_READ_KEY]: false });
  });
});

// By reading seed 004 (金水区, 2021-12-27): 地区生产总值1387亿元 = 1387 × 10⁸ = 138,700,000,000 元;
// 地方公共财政预算收入97.8亿元 = 9,780,000,000 元; 44984万名党员 = 449,840,000 = 4.4984亿;
// 受众约5万人次 = about 50,000.
describe('values as the reader writes them', () => {
  test('the Chinese side panel lists 亿 and 万, run together with the unit as the article writes them', async () => {
    const panel = await extensionPage(`sidepanel.html?tab=${await tabIdOf(h, url)}`);
    const values = await listedValues(panel);
    expect(values.get('实现地区生产总值1387亿元')).toBe('1387亿元');
    expect(values.get('地方公共财政预算收入97.8亿元')).toBe('97.8亿元');
    expect(values.get('44984万名党员')).toBe('4.4984亿名');
    expect(values.get('受众约5万人次')).toBe('约5万人次');
    expect([...values.values()].filter((v) => /\d,\d{3}/.test(v))).toEqual([]);
    await panel.close();
  });

  test('the Chinese CSV keeps plain numbers for the spreadsheet and writes 亿 and 万 in its checks', async () => {
    const panel = await extensionPage(`sidepanel.html?tab=${await tabIdOf(h, url)}`);
    await panel.locator('.rows > li').first().waitFor();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[name="download"]').click()]);
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8').slice(1));
    const column = (name: string) => header!.indexOf(name);
    const row = (figure: string) => rows.find((r) => r[column('数字')] === figure);
    // The value column is a number a spreadsheet can add up: no grouping commas, no 亿.
    expect(row('实现地区生产总值1387亿元')?.[column('数值')]).toBe('138700000000');
    expect(row('地方公共财政预算收入97.8亿元')?.[column('数值')]).toBe('9780000000');
    // What the extension writes in words is in 亿 and 万: 44984万 is 4.4984亿 people, over the
    // Party's 9514.8万 members (2021-06-05).
    const checks = row('44984万名党员')?.[column('核查')];
    expect(checks).toContain('44984万名党员即4.4984亿人');
    expect(checks).toContain('（9514.8万，2021-06-05）');
    expect(rows.map((r) => r[column('核查')]).filter((c) => /\d,\d{3}/.test(c ?? ''))).toEqual([]);
    await panel.close();
  });

  test('the English side panel groups the digits', async () => {
    const panel = await extensionPage(`sidepanel.html?tab=${await tabIdOf(h, url)}`, { lang: 'en-US,en' });
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    const values = await listedValues(panel);
    expect(values.get('实现地区生产总值1387亿元')).toBe('138,700,000,000 元');
    expect(values.get('地方公共财政预算收入97.8亿元')).toBe('9,780,000,000 元');
    expect(values.get('44984万名党员')).toBe('449,840,000 名');
    expect(values.get('受众约5万人次')).toBe('about 50,000 人次');
    expect([...values.values()].filter((v) => /\d[亿万]/.test(v))).toEqual([]);
    await panel.close();
  });
});

interface Shown {
  control: string;
  primary: boolean;
  /** Relative luminance (0 black … 1 white) of the colour behind the control and of its text. */
  background: number;
  text: number;
  scheme: string;
}

/** Every control a reader can see, with the colours it is drawn in. */
async function controlsOf(page: Page): Promise<{ body: number; controls: Shown[] }> {
  return page.evaluate(() => {
    const lum = (css: string) => {
      const [r, g, b] = css.match(/[\d.]+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const alpha = (css: string) => Number(css.match(/[\d.]+/g)![3] ?? 1);
    // A transparent control shows what is behind it: the nearest ancestor that paints.
    const behind = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (alpha(bg) > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const controls = [...document.querySelectorAll('select, button, input, textarea')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1;
      })
      .map((el) => {
        const cs = getComputedStyle(el);
        return {
          control: `${el.localName}[name=${el.getAttribute('name')}]`,
          primary: el.classList.contains('btn-primary'),
          background: lum(behind(el)),
          text: lum(cs.color),
          scheme: cs.colorScheme,
        };
      });
    return { body: lum(getComputedStyle(document.body).backgroundColor), controls };
  });
}

// Dark is well under the light theme's surfaces (0.9 and over); a switch's track is the lightest, at 0.21.
function expectDark(shown: { body: number; controls: Shown[] }, kinds: string[]): void {
  expect(shown.body).toBeLessThan(0.2);
  expect(new Set(shown.controls.map((c) => c.control.split('[')[0]))).toEqual(new Set(kinds));
  for (const c of shown.controls) {
    expect(c.scheme, c.control).toContain('dark');
    if (c.primary) {
      // The one primary action is a light accent with dark text on it.
      expect(c.text, c.control).toBeLessThan(0.2);
      expect(c.background, c.control).toBeGreaterThan(0.5);
    } else {
      expect(c.background, c.control).toBeLessThan(0.3);
      expect(c.text, c.control).toBeGreaterThan(0.5);
    }
  }
}

describe('in dark mode', () => {
  test('the popup and its native controls are dark', async () => {
    const popup = await extensionPage(`popup.html?tab=${await tabIdOf(h, url)}`, { scheme: 'dark' });
    await popup.locator('[data-count="attention"]').waitFor();
    await popup.locator('.more-actions > summary').click();
    await popup.locator('button[name="site-toggle"]').waitFor();
    const shown = await controlsOf(popup);
    expect(shown.controls.map((c) => c.control)).toEqual(expect.arrayContaining(['select[name=format]', 'button[name=download]', 'input[name=page-attention-only]', 'button[name=site-toggle]']));
    expectDark(shown, ['button', 'input', 'select']);
    await popup.close();
  });

  test('the options page and its native controls are dark', async () => {
    const options = await extensionPage('options.html', { scheme: 'dark' });
    await options.locator('input[name="keep-as-i-read"]').waitFor();
    const shown = await controlsOf(options);
    expect(shown.controls.map((c) => c.control)).toEqual(expect.arrayContaining(['input[name=query]', 'select[name=campaign]', 'input[name=from]', 'button[name=export]', 'input[name=mode]']));
    expectDark(shown, ['button', 'input', 'select']);
    await options.close();
  });
});
