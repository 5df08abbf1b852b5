// "Keep as I read": with the setting on, every campaign article opened on a listed site goes into
// the library by itself, and a later article's history charts the kept reports.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { metricHistory } from '../../lib/export/history';
import { KEEP_AS_I_READ_KEY } from '../../lib/keep-setting';
import { type Harness, launchExtension, settledSummary, toTab } from './harness';
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
});
