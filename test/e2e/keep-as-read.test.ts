// "Keep as I read": with the setting on, every campaign article opened on a listed site goes into
// the library by itself, and a later article's history charts the kept reports.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { metricHistory } from '../../lib/export/history';
import { KEEP_AS_I_READ_KEY } from '../../lib/keep-setting';
import { type Harness, launchExtension, settledSummary, tabIdOf, toTab } from './harness';
import { demoPages, demoUrl } from './pages';

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launchExtension();
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
});

afterAll(async () => {
  await h?.close();
});

const bySeed = (prefix: string) => demoPages().find((p) => p.expected.seed?.startsWith(prefix) && p.name.includes('china-com'))!;
const rows = () => options.locator('tr[data-doc-id]').count();

async function read(prefix: string): Promise<any> {
  const url = demoUrl(h, bySeed(prefix));
  await h.openArticle(url);
  return settledSummary(h, url);
}

test('off by default: reading a campaign article keeps nothing', async () => {
  expect((await read('001')).status).toBe('checked');
  await options.reload();
  await expect.poll(() => options.locator('[data-storage]').textContent()).not.toBe('—');
  expect(await rows()).toBe(0);
  expect(await options.locator('input[name="keep-as-i-read"]').isChecked()).toBe(false);
});

test('on: two campaign articles read are kept, and the third charts their reports', async () => {
  await options.locator('input[name="keep-as-i-read"]').check();
  await expect.poll(() => options.evaluate((k) => (globalThis as any).chrome.storage.local.get(k), KEEP_AS_I_READ_KEY)).toEqual({ [KEEP_AS_I_READ_KEY]: true });
  for (const seed of ['001', '003']) expect((await read(seed)).status).toBe('checked');
  await options.reload();
  await expect.poll(rows, { timeout: 15_000 }).toBe(2);
  // The library's campaign filter names the kept articles' campaigns in words, not codes.
  expect(await options.locator('select[name="campaign"] option').allTextContents()).toEqual(['全部活动', '学习贯彻习近平新时代中国特色社会主义思想主题教育', '“三标”活动']);

  // A control page is not kept.
  const control = demoPages().find((p) => p.name === 'control-economy-projects')!;
  await h.openArticle(demoUrl(h, control));
  await settledSummary(h, demoUrl(h, control));
  await options.reload();
  await expect.poll(rows).toBe(2);

  // The third article, checked against the library alone: its history holds the kept reports.
  const third = demoUrl(h, bySeed('000'));
  await h.openArticle(third);
  await settledSummary(h, third);
  const checked = await toTab(h, third, { type: 'run', force: true, scope: 'library' });
  const kept = new Set([bySeed('001').expected.title, bySeed('003').expected.title]);
  const points = checked.figures.flatMap((f: any) => metricHistory(f, checked.checks)).filter((p: any) => p.origin === 'library');
  expect(points.length).toBeGreaterThan(0);
  expect(points.every((p: any) => kept.has(p.title))).toBe(true);

  // What the side panel draws for that page: every history opened, each chart's dots as laid out.
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${await tabIdOf(h, third)}`);
  await panel.locator('.rows > li').first().waitFor();
  const summaries = await panel.locator('.row-history > summary').all();
  expect(summaries.length).toBeGreaterThan(0);
  for (const s of summaries) await s.click();
  const charts = await panel.locator('.rows > li:has(.row-history)').evaluateAll((items) =>
    items.map((li) => ({
      figure: li.querySelector('.figure-text')!.textContent,
      points: [...li.querySelectorAll('svg.chart g.point')].map((g) => {
        const dot = g.querySelector('circle')!.getBoundingClientRect();
        return { date: g.getAttribute('data-date'), label: g.querySelector('text')!.textContent, current: g.classList.contains('current'), drawn: dot.width > 0 && dot.height > 0 };
      }),
      sources: [...li.querySelectorAll('.history-points > li:not([data-current]) a, .history-points > li:not([data-current]) .muted')].map((a) => a.textContent),
    })),
  );
  // 中心组学习1559场次 (this page, 2024-01-01) beside the kept interim report's 506 (2023-10-15),
  // read in seed 001: two dots drawn, dated and labelled.
  const study = charts.find((c) => c.figure === '中心组学习1559场次');
  expect(study?.points).toEqual([
    { date: '2023-10-15', label: '506', current: false, drawn: true },
    { date: '2024-01-01', label: '1559', current: true, drawn: true },
  ]);
  expect(study?.sources).toEqual([bySeed('001').expected.title]);
  // Every chart draws this page once and the kept reports' points. Of the two kept pages only the
  // interim report shares metrics with this one: the 『三标』 article's `方式有三种` and this page's
  // `4种方式` name a form, not a metric, so it has no point.
  for (const chart of charts) {
    expect(chart.points.filter((p) => p.current).map((p) => p.date), chart.figure!).toEqual(['2024-01-01']);
    expect(chart.points.every((p) => p.drawn), chart.figure!).toBe(true);
  }
  const drawnKept = charts.flatMap((c) => c.points.filter((p) => !p.current).map((p) => p.date));
  expect(drawnKept.length).toBe(charts.flatMap((c) => c.sources).length);
  expect(new Set(charts.flatMap((c) => c.sources))).toEqual(new Set([bySeed('001').expected.title]));
  expect(new Set(drawnKept)).toEqual(new Set([bySeed('001').expected.date]));
});
