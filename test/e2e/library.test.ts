// The reader's library end to end: keep two articles, check a third against them, then export,
// wipe, import, and get the same checks back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type Harness, launchExtension, summaryOf } from './harness';
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

async function settled(url: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    const s = await summaryOf(h, url).catch(() => null);
    if (s && s.status !== 'working') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no summary for ${url}`);
}

/** Sends a request to the content script of the newest tab showing `url`. */
async function toTab(url: string, message: object): Promise<any> {
  return h.worker.evaluate(
    async ([target, msg]) => {
      const chrome = (globalThis as any).chrome;
      const tab = (await chrome.tabs.query({})).filter((t: { url?: string }) => t.url === target).at(-1);
      return chrome.tabs.sendMessage(tab.id, msg);
    },
    [url, message] as const,
  );
}

const libraryChecks = (summary: any) =>
  summary.checks
    .filter((c: any) => c.evidence.some((e: any) => e.source.origin === 'library'))
    .map((c: any) => `${c.figureId} ${c.check} ${c.verdict} ${c.evidence.map((e: any) => e.source.title).join('|')}`)
    .sort();

test('kept articles become evidence, and survive export, wipe and import', async () => {
  const bySeed = (prefix: string) => demoPages().find((p) => p.expected.seed?.startsWith(prefix) && p.name.includes('china-com'))!;
  const kept = [bySeed('001'), bySeed('003')];
  for (const page of kept) {
    const url = demoUrl(h, page);
    await h.openArticle(url);
    await settled(url);
    const added = await toTab(url, { type: 'add-to-library' });
    expect(added).toMatchObject({ ok: true });
  }
  // Adding the same page again updates it instead of adding a second copy.
  const again = await toTab(demoUrl(h, kept[0]!), { type: 'add-to-library' });
  expect(again).toMatchObject({ ok: true, updated: true });

  await options.reload();
  await expect.poll(() => options.locator('tr[data-doc-id]').count()).toBe(2);

  const third = bySeed('000');
  const url = demoUrl(h, third);
  await h.openArticle(url);
  await settled(url);
  const checked = await toTab(url, { type: 'run', force: true, scope: 'library' });
  const before = libraryChecks(checked);
  expect(before.length).toBeGreaterThan(0);
  const keptTitle = kept[0]!.expected.title!;
  expect(before.some((c: string) => c.includes(keptTitle))).toBe(true);
  expect(checked.checks.every((c: any) => c.evidence.every((e: any) => e.source.origin !== 'bundled'))).toBe(true);

  // Export through the options page.
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('button[name="export"]').click()]);
  const file = readFileSync(await download.path(), 'utf8');
  const parsed = JSON.parse(file);
  expect(parsed.schema).toBe('figure-check/library@1');
  expect(parsed.documents).toHaveLength(2);

  // Wipe, through the page's remove buttons; removal waits for its undo window, then deletes.
  await options.locator('button[name="remove"]').first().click();
  await options.locator('button[name="undo"]').click();
  await expect.poll(() => options.locator('tr[data-doc-id]').count()).toBe(2);
  await options.locator('button[name="remove"]').first().click();
  await options.locator('button[name="remove"]').first().click();
  await expect.poll(() => options.locator('tr[data-doc-id]').count()).toBe(0);
  await expect.poll(async () => libraryChecks(await toTab(url, { type: 'run', force: true, scope: 'library' })), { timeout: 10_000 }).toEqual([]);

  // A malformed file is refused with a message, and nothing is written.
  await options.reload();
  await options.locator('input[name="import"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":"figure-check/library@1","documents":[{"id":"x"}],"figures":[]}') });
  await expect.poll(() => options.locator('[role="alert"]').textContent()).toContain('library id');
  await expect.poll(() => options.locator('tr[data-doc-id]').count()).toBe(0);

  // Import twice: the same two documents, not four.
  for (let i = 0; i < 2; i++) {
    await options.locator('input[name="import"]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.locator('[role="status"]').textContent()).toContain('2');
  }
  await expect.poll(() => options.locator('tr[data-doc-id]').count()).toBe(2);
  expect(libraryChecks(await toTab(url, { type: 'run', force: true, scope: 'library' }))).toEqual(before);
});
