// What a reader meets in the summary, the card and the page, in Chromium with the built
// extension: the attention filter and the count chips, comparisons that could not decide, words
// instead of codes, the legend, dark controls, a narrow panel, the page-level attention switch,
// hover intent, the popup's hierarchy, the evidence in the card, an unlisted site, the first run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Harness, highlightCounts, launchExtension, settledSummary, tabIdOf, toTab } from './harness';
import { demoPages, demoUrl, type DemoPage } from './pages';
import { readCard } from './card-reader';

let h: Harness;
/** The first-run page, caught as the browser opens it on install. */
let welcome: Promise<Page>;

beforeAll(async () => {
  h = await launchExtension();
  welcome = h.context.pages().find((p) => p.url().endsWith('/welcome.html'))
    ? Promise.resolve(h.context.pages().find((p) => p.url().endsWith('/welcome.html'))!)
    : h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10_000 });
  welcome.catch(() => undefined);
});

afterAll(async () => {
  await h?.close();
});

function seedPage(prefix: string): DemoPage {
  const page = demoPages().find((p) => p.expected.seed?.startsWith(prefix) && p.name.includes('china-com'));
  if (!page) throw new Error(`no demo page for seed ${prefix}`);
  return page;
}

const ORDER = ['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope', 'consistent', 'unknown'];

/** Each figure's most serious verdict, from the summary's checks ('none' without any check). */
function verdictsOf(summary: any): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of summary.figures) {
    const verdicts = summary.checks.filter((c: any) => c.figureId === f.id).map((c: any) => c.verdict);
    out.set(f.id, ORDER.find((o) => verdicts.includes(o)) ?? 'none');
  }
  return out;
}

async function openPanel(url: string): Promise<Page> {
  const tabId = await tabIdOf(h, url);
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('.rows > li').first().waitFor();
  return panel;
}

describe('the side panel on the final 主题教育 report', () => {
  let url: string;
  let page: Page;
  let summary: any;
  let panel: Page;

  beforeAll(async () => {
    url = demoUrl(h, seedPage('000'));
    page = await h.openArticle(url);
    summary = await settledSummary(h, url);
    panel = await openPanel(url);
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  test('only what needs attention lists the changes over time and the different scopes', async () => {
    const verdicts = [...verdictsOf(summary).values()];
    const attention = verdicts.filter((v) => ['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope'].includes(v)).length;
    // The final report compares with the interim one: some figures grew, some count another scope.
    expect(verdicts).toContain('changed_over_time');
    expect(verdicts).toContain('different_scope');
    await panel.locator('input[name="flagged-only"]').check();
    const rows = panel.locator('.rows > li');
    await expect.poll(() => rows.count()).toBe(attention);
    const shown = await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-verdict')));
    expect(shown).toContain('changed_over_time');
    expect(shown).toContain('different_scope');
    expect(shown.filter((v) => v === 'consistent' || v === 'unknown' || v === 'undecided')).toEqual([]);
    await panel.locator('input[name="flagged-only"]').uncheck();
    await expect.poll(() => rows.count()).toBe(summary.figures.length);
  });

  test('a count chip filters the list to its verdict, and a second click lifts the filter', async () => {
    const chip = panel.locator('button[name="chip-changed_over_time"]');
    const count = Number(await chip.locator('[data-count]').textContent());
    expect(count).toBe([...verdictsOf(summary).values()].filter((v) => v === 'changed_over_time').length);
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    const rows = panel.locator('.rows > li');
    await expect.poll(() => rows.count()).toBe(count);
    expect(new Set(await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-verdict'))))).toEqual(new Set(['changed_over_time']));
    await chip.click();
    await expect.poll(() => rows.count()).toBe(summary.figures.length);
  });

  test('a comparison that could not decide is shown as undecided, in the list and in the card', async () => {
    const verdicts = verdictsOf(summary);
    const figure = summary.figures.find((f: any) => verdicts.get(f.id) === 'unknown');
    expect(figure, 'a figure with an undecided comparison').toBeTruthy();
    const check = summary.checks.find((c: any) => c.figureId === figure.id);
    const row = panel.locator(`.rows > li[data-figure-id="${figure.id}"]`);
    await expect.poll(() => row.locator('.verdict').textContent()).toBe('无法判断');
    expect(await toTab(h, url, { type: 'focus-figure', figureId: figure.id })).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page)).figureId).toBe(figure.id);
    const card = await readCard(page);
    expect(card.text).toContain(check.message_zh);
    expect(card.text).toContain('无法判断');
    expect(card.text).not.toContain('暂无可比对的数据');
    expect(card.text).not.toContain('未核查');
    await page.keyboard.press('Escape');
  });

  test('kinds, checks, campaign places and the CSV speak Chinese, not codes', async () => {
    const code = /^[a-z_-]+$/;
    for (const name of ['kind', 'check']) {
      const options = await panel.locator(`select[name="${name}"] option`).allTextContents();
      expect(options.length, name).toBeGreaterThan(2);
      expect(options.filter((o) => code.test(o.trim())), name).toEqual([]);
    }
    const places = await panel.locator('[data-place]').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p).toMatch(/— (标题|导语|小标题|正文)$/);
    expect(await panel.locator('.campaign').allTextContents()).toEqual(['学习贯彻习近平新时代中国特色社会主义思想主题教育']);

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[name="download"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8').slice(1);
    const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
    expect(header.slice(0, 3)).toEqual(['数字', '数值', '数值上限']);
    expect(header).toContain('结论');
    expect(csv).toContain('随时间变化');
    expect(csv).not.toMatch(/,(changed_over_time|different_scope|consistent|unknown),/);
  });

  test('the legend shows each verdict with the underline the page uses', async () => {
    await panel.locator('.legend-box > summary').click();
    const items = panel.locator('.legend > li');
    await expect.poll(() => items.count()).toBe(7);
    const styles = await items.evaluateAll((lis) =>
      Object.fromEntries(lis.map((li) => [li.getAttribute('data-verdict'), getComputedStyle(li.querySelector('.sample')!).textDecorationStyle])),
    );
    expect(styles).toMatchObject({ implausible: 'wavy', differs: 'double', changed_over_time: 'dotted', different_scope: 'dashed', consistent: 'solid' });
    expect(await panel.locator('.legend').textContent()).toContain('量级不可能');
  });

  test('in dark mode the page and its native controls are dark', async () => {
    await panel.emulateMedia({ colorScheme: 'dark' });
    const luminance = await panel.evaluate(() => {
      const lum = (el: Element) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      return { body: lum(document.body), select: lum(document.querySelector('select[name="kind"]')!), scheme: getComputedStyle(document.querySelector('select[name="kind"]')!).colorScheme };
    });
    expect(luminance.body).toBeLessThan(0.2);
    expect(luminance.select).toBeLessThan(0.2);
    expect(luminance.scheme).toContain('dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  test('at 320 px wide nothing runs off the side', async () => {
    await panel.setViewportSize({ width: 320, height: 800 });
    const widths = await panel.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await panel.setViewportSize({ width: 1280, height: 900 });
  });

  // By reading the seeds: the interim report (001, 2023-10-15) gives 中心组学习506场次,
  // 领导干部到基层宣讲1340人次, 党委书记讲党课352场次; the final one (000, 2024-01-01) 1559, 2175, 389.
  test("the card of 中心组学习1559场次 charts the interim report's 506 and this page's 1559, dated", async () => {
    const figure = summary.figures.find((f: any) => f.text === '中心组学习1559场次');
    expect(figure).toBeTruthy();
    expect(await toTab(h, url, { type: 'focus-figure', figureId: figure.id })).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page)).figureId).toBe(figure.id);
    const card = await readCard(page);
    expect(card.dangerous).toBe('');
    expect(card.text).toContain('走势');
    // A card this tall scrolls inside; its actions stay in its visible part, within reach.
    for (const name of ['copy', 'add-to-library']) {
      const at = card.buttons[name]!;
      expect(at.y, name).toBeGreaterThan(card.rect!.y);
      expect(at.y, name).toBeLessThan(card.rect!.y + card.rect!.h);
    }
    // The chart's labels, then its list: the interim point first, this page last.
    // (The card's text, read element by element, runs together.)
    expect(card.text).toContain('走势5062023-10-1515592024-01-01');
    // Two dots drawn: the interim report's, then this page's.
    expect(card.chartPoints).toEqual([
      { date: '2023-10-15', current: false },
      { date: '2024-01-01', current: true },
    ]);
    expect(card.text).toContain('2023-10-15中心组学习506场次郑州实实在在抓好第二批主题教育2024-01-01中心组学习1559场次本页');
    await page.keyboard.press('Escape');
  });

  test('two reports side by side: the shared metrics with both values and dates, the metrics of either report alone listed apart, exported as CSV and Markdown', async () => {
    await panel.locator('.side-by-side > summary').click();
    const select = panel.locator('select[name="compare-with"]');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const interim = options.find((o) => o.text.includes('郑州实实在在抓好第二批主题教育'));
    expect(interim, 'the interim report is offered').toBeTruthy();
    await select.selectOption(interim!.value);
    const sides = await panel.locator('.compare-sides dd').allTextContents();
    expect(sides[0]).toContain('2024-01-01');
    expect(sides[1]).toBe('郑州实实在在抓好第二批主题教育 2023-10-15');
    const row = async (metric: string) => panel.locator(`.compare-table tr[data-metric="${metric}"] td`).allTextContents();
    expect(await row('中心组学习')).toEqual(['中心组学习 随时间变化', '1559', '506', '+1053 (208%)']);
    expect(await row('领导干部到基层宣讲')).toEqual(['领导干部到基层宣讲 随时间变化', '2175', '1340', '+835 (62%)']);
    expect(await row('党委书记讲党课')).toEqual(['党委书记讲党课 随时间变化', '389', '352', '+37 (11%)']);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[name="compare-csv"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8').slice(1).split('\r\n');
    expect(csv[0]).toBe('指标,A 原文,A 数值,A 日期,B 原文,B 数值,B 日期,变化,变化率,结论');
    expect(csv).toContain('中心组学习,中心组学习1559场次,1559,2024-01-01,中心组学习506场次,506,2023-10-15,1053,208.1%,随时间变化');
    // Listed apart, by reading the two texts: the interim report's 义诊4.3万多人次 and
    // 18.3万名青年人才 have no counterpart in the final one (neither 义诊 nor 青年人才 occurs in it);
    // its 中心组学习506场次 is shared, so not apart.
    const onlyThere = panel.locator('.only-there > li');
    await expect.poll(() => onlyThere.allTextContents()).toEqual(expect.arrayContaining(['义诊: 义诊4.3万多人次', '青年人才: 18.3万名青年人才']));
    expect(await onlyThere.allTextContents()).not.toContain('中心组学习: 中心组学习506场次');
    expect(await panel.locator('.only-here > li').allTextContents()).not.toContain('中心组学习: 中心组学习1559场次');
    const [again] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[name="compare-csv"]').click()]);
    const withApart = readFileSync(await again.path(), 'utf8').slice(1).split('\r\n');
    // 4.3万 = 43000; only the B columns are filled.
    expect(withApart).toContain('义诊,,,,义诊4.3万多人次,43000,2023-10-15,,,');
    expect(withApart).toContain('青年人才,,,,18.3万名青年人才,183000,2023-10-15,,,');
    const [md] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[name="compare-md"]').click()]);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown).toContain('- B: 郑州实实在在抓好第二批主题教育 \\(2023-10-15\\)');
    expect(markdown).toContain('| 中心组学习 | 中心组学习1559场次 | 中心组学习506场次 | +1053 208.1% | 随时间变化 changed over time |');
    expect(markdown).toContain('## 只在 B 中 Only in B');
    expect(markdown).toContain('- 义诊: 义诊4.3万多人次');
  });

  test('the page can show only what needs attention, and everything again', async () => {
    // The verdicts' highlights (the figure marked current by the test before is not one).
    const verdictHighlights = async () => Object.fromEntries(Object.entries(await highlightCounts(page)).filter(([name]) => name !== 'figure-check-focus'));
    const before = await verdictHighlights();
    expect(before['figure-check-consistent']).toBeGreaterThan(0);
    expect(before['figure-check-unknown']).toBeGreaterThan(0);
    await panel.locator('input[name="page-attention-only"]').check();
    await expect.poll(async () => Object.keys(await verdictHighlights()).sort()).toEqual(
      ['figure-check-changed-over-time', 'figure-check-different-scope'].filter((n) => before[n]),
    );
    const calm = await verdictHighlights();
    expect(calm['figure-check-changed-over-time']).toBe(before['figure-check-changed-over-time']);
    // A figure no longer highlighted opens no card when the pointer rests on it.
    const verdicts = verdictsOf(summary);
    const quiet = summary.figures.find((f: any) => verdicts.get(f.id) === 'consistent' && f.text.length >= 4);
    await page.bringToFront();
    const at = await page.evaluate((text: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(text);
        if (i < 0) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, quiet.text);
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForTimeout(1_000);
    expect((await readCard(page)).open).toBe(false);
    await panel.locator('input[name="page-attention-only"]').uncheck();
    await expect.poll(() => verdictHighlights()).toEqual(before);
  });
});

describe('hovering', () => {
  test('sweeping the pointer across lines of figures opens no card; resting on one opens it', async () => {
    const url = demoUrl(h, seedPage('000'));
    const page = await h.openArticle(url);
    const summary = await settledSummary(h, url);
    await page.bringToFront();
    // Three figures on three different lines of one paragraph, in view.
    const lines = await page.evaluate((texts: string[]) => {
      const out: { left: number; right: number; y: number }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n && out.length < 3; n = walker.nextNode()) {
        for (const text of texts) {
          if (out.length === 3) break;
          const i = n.textContent!.indexOf(text);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + text.length);
          if (out.length === 0) n.parentElement!.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0];
          if (!rect || rect.width < 40 || rect.top < 0 || rect.bottom > innerHeight) continue;
          if (out.some((o) => Math.abs(o.y - (rect.top + rect.height / 2)) < rect.height)) continue;
          out.push({ left: rect.left, right: rect.right, y: rect.top + rect.height / 2 });
        }
      }
      return out;
    }, summary.figures.map((f: any) => f.text).filter((t: string) => t.length >= 5));
    expect(lines.length).toBe(3);
    for (const line of lines) {
      // A reader's sweep, 10 px every 30 ms: well over the old 180 ms on each figure.
      for (let x = Math.max(2, line.left - 40); x <= line.right + 40; x += 10) {
        await page.mouse.move(x, line.y);
        await page.waitForTimeout(30);
      }
      expect((await readCard(page)).open, `a card opened while sweeping at y=${line.y}`).toBe(false);
    }
    const last = lines[2]!;
    await page.mouse.move((last.left + last.right) / 2, last.y);
    await expect.poll(async () => (await readCard(page)).open, { timeout: 5_000 }).toBe(true);
    await page.close();
  });
});

describe('the popup', () => {
  test('leads with the figures that need attention and one primary action', async () => {
    const url = demoUrl(h, seedPage('000'));
    const page = await h.openArticle(url);
    const summary = await settledSummary(h, url);
    const tabId = await tabIdOf(h, url);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const big = popup.locator('[data-count="attention"]');
    const attention = [...verdictsOf(summary).values()].filter((v) => ['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope'].includes(v)).length;
    await expect.poll(() => big.textContent()).toBe(String(attention));
    const primary = popup.locator('.btn-primary');
    expect(await primary.count()).toBe(1);
    expect(await primary.getAttribute('name')).toBe('open-panel');
    const sizes = await popup.evaluate(() => ({
      big: parseFloat(getComputedStyle(document.querySelector('[data-count="attention"]')!).fontSize),
      body: parseFloat(getComputedStyle(document.body).fontSize),
      primary: getComputedStyle(document.querySelector('.btn-primary')!).backgroundColor,
      secondary: getComputedStyle(document.querySelector('button[name="download"]')!).backgroundColor,
    }));
    expect(sizes.big).toBeGreaterThanOrEqual(sizes.body * 1.8);
    expect(sizes.primary).not.toBe(sizes.secondary);
    // The secondary actions wait behind one disclosure.
    expect(await popup.locator('button[name="site-toggle"]').isVisible()).toBe(false);
    await popup.locator('.more-actions > summary').click();
    await expect.poll(() => popup.locator('button[name="site-toggle"]').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('the card of an impossible figure', () => {
  test('quotes the sentence once, gives the bound with why, says how sure in words, and its badge says impossible', async () => {
    const demo = demoPages().find((p) => p.expected.seed && p.name.includes('china-com') && readFileSync(`seeds/${p.expected.seed}.txt`, 'utf8').includes('44984万名党员'))!;
    const url = demoUrl(h, demo);
    const page = await h.openArticle(url);
    const summary = await settledSummary(h, url);
    const figure = summary.figures.find((f: any) => f.text.includes('44984万'));
    expect(await toTab(h, url, { type: 'focus-figure', figureId: figure.id })).toEqual({ ok: true });
    await expect.poll(async () => (await readCard(page)).figureId).toBe(figure.id);
    const card = await readCard(page);
    const sentence = summary.quotes[figure.id];
    expect(sentence.length).toBeGreaterThan(10);
    expect(card.text.split(sentence).length - 1).toBe(1);
    expect(card.text).not.toMatch(/\(\d+%\)/);
    expect(card.text).toMatch(/把握：(高|中|低)/);
    expect(card.text).toContain('已知上限：同类数字不可能超过它');
    // The bound as of the article's time (2021-12-27): the Party's 9514.8万 members of 2021-06-05,
    // not the 9918.5万 of the end of 2023.
    expect(card.text).toContain('9514.8万');
    expect(card.text).not.toContain('9918.5万');
    expect(card.attributes['data-verdict']).toBe('implausible');
    // The badge is as strong as the message: both say impossible.
    expect(card.text).toContain('量级不可能');
    expect(card.text).not.toContain('量级存疑');
    await page.close();
  });
});

describe('the keyboard', () => {
  // Chromium maps a shortcut to its command in the browser process, which synthetic key events do
  // not reach: the test checks the mapping (Alt+Shift+J is what Chromium assigned), then fires the
  // command as Chromium does, through the background's own onCommand listener.
  test('Alt+Shift+J, assigned, opens the card of the next flagged figure with focus in it', async () => {
    const demo = demoPages().find((p) => p.expected.seed && p.name.includes('china-com') && readFileSync(`seeds/${p.expected.seed}.txt`, 'utf8').includes('44984万名党员'))!;
    const url = demoUrl(h, demo);
    const page = await h.openArticle(url);
    const summary = await settledSummary(h, url);
    const flagged = summary.figures.find((f: any) => f.text.includes('44984万'));
    await page.bringToFront();
    const commands = await h.worker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    expect(commands.find((c: any) => c.name === 'next-flagged')?.shortcut).toBe('Alt+Shift+J');
    await h.worker.evaluate(() => (globalThis as any).chrome.commands.onCommand.dispatch('next-flagged'));
    await expect.poll(async () => (await readCard(page)).figureId, { timeout: 5_000 }).toBe(flagged.id);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-figure-check-root'))).toBe(true);
    await page.close();
  });
});

describe('on a site the extension does not run on by itself', () => {
  test("the panel's check button explains the toolbar click instead of saying the browser forbids it", async () => {
    const control = demoPages().find((p) => p.name === 'control-economy-projects')!;
    const url = `${h.site('www.example.org')}/${control.name}.html`;
    const page = await h.openArticle(url);
    const tabId = await tabIdOf(h, url);
    const panel = await h.context.newPage();
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('button[name="check-page"]').click();
    const notice = panel.locator('[data-state="needs-toolbar"]');
    await expect.poll(() => notice.textContent()).toContain('工具栏');
    expect(await panel.locator('body').textContent()).not.toContain('浏览器不允许');
    await panel.close();
    await page.close();
  });
});

describe('the first run', () => {
  test('installing the extension opens a welcome page with the legend', async () => {
    const page = await welcome;
    await page.waitForLoadState();
    // Opened by the browser before the test's language settings reach the tab: either language.
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^(欢迎使用数据核查|Welcome to Figure Check)$/);
    expect(await page.locator('.legend > li').count()).toBe(7);
  });
});

describe('bundles', () => {
  test('the history chart is in the card script and the pages, never in the scripts that run in every page', () => {
    const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // The chart's own class names, as MetricChart.tsx and its styles write them.
    expect(read('card.js')).toContain('history-points');
    for (const file of ['gate.js', 'engine.js']) expect(read(file), file).not.toContain('history-points');
  });
});
