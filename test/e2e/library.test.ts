// The reader's library end to end: keep two articles, check a third against them, then export,
// wipe, import, and get the same checks back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type Harness, launchExtension, settledSummary, toTab } from './harness';
import { demoPages, demoUrl } from './pages';
import { readCard } from './card-reader';

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
    await settledSummary(h, url);
    const added = await toTab(h, url, { type: 'add-to-library' });
    expect(added).toMatchObject({ ok: true });
  }
  // Adding the same page again updates it instead of adding a second copy.
  const again = await toTab(h, demoUrl(h, kept[0]!), { type: 'add-to-library' });
  expect(again).toMatchObject({ ok: true, updated: true });

  await options.reload();
  await expect.poll(() => options.locator('tr[data-doc-id]').count()).toBe(2);

  const third = bySeed('000');
  const url = demoUrl(h, third);
  await h.openArticle(url);
  await settledSummary(h, url);
  const checked = await toTab(h, url, { type: 'run', force: true, scope: 'library' });
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
  await expect.poll(async () => libraryChecks(await toTab(h, url, { type: 'run', force: true, scope: 'library' })), { timeout: 10_000 }).toEqual([]);

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
  expect(libraryChecks(await toTab(h, url, { type: 'run', force: true, scope: 'library' }))).toEqual(before);
});

test('two tabs adding to the library at the same moment both land, whole', async () => {
  const pages = demoPages().filter((p) => p.expected.seed && p.name.includes('zynews')).slice(0, 2);
  const urls = pages.map((p) => demoUrl(h, p));
  for (const url of urls) {
    await h.openArticle(url);
    await settledSummary(h, url);
  }
  const answers = await Promise.all(urls.map((url) => toTab(h, url, { type: 'add-to-library' })));
  expect(answers.every((a) => a.ok)).toBe(true);
  // Every kept document has exactly the figures it says it has: no write interleaved with another.
  await options.reload();
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('button[name="export"]').click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const kept = file.documents.filter((d: any) => urls.includes(d.url));
  expect(kept).toHaveLength(2);
  for (const doc of kept) {
    expect(doc.figureCount).toBeGreaterThan(0);
    expect(file.figures.filter((f: any) => f.docId === doc.id)).toHaveLength(doc.figureCount);
  }
});

test('a worker stopped in the middle of a write leaves the library whole, and the next add works', async () => {
  const article = demoPages().find((p) => p.expected.seed?.startsWith('004') && p.name.includes('people'))!;
  const url = demoUrl(h, article);
  const page = await h.openArticle(url);
  const summary = await settledSummary(h, url);
  expect(await toTab(h, url, { type: 'focus-figure', figureId: summary.figures[0].id })).toEqual({ ok: true });
  const cdp = await h.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');

  const exported = async () => {
    await options.reload();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('button[name="export"]').click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const doc = file.documents.find((d: any) => d.url === url);
    return { doc, figures: doc ? file.figures.filter((f: any) => f.docId === doc.id).length : 0 };
  };

  // A trusted click on the card's button, found through the closed shadow root.
  const clickAdd = async () => {
    const at = (await readCard(page)).buttons['add-to-library'];
    expect(at).toBeDefined();
    await page.mouse.click(at!.x, at!.y);
  };
  await clickAdd();
  await cdp.send('ServiceWorker.stopAllWorkers');
  const afterKill = await exported();
  // Either the write finished before the stop, or nothing of it is there: never a part.
  if (afterKill.doc) expect(afterKill.figures).toBe(afterKill.doc.figureCount);
  else expect(afterKill.figures).toBe(0);

  // The worker starts again on the next message; the reader's second click keeps the page.
  await clickAdd();
  // Added, or updated when the first write had landed before the stop.
  await expect.poll(async () => (await readCard(page)).text).toMatch(/已加入参考库|已更新参考库中的这篇|Added to your library|Updated in your library/);
  const after = await exported();
  expect(after.doc).toBeTruthy();
  expect(after.figures).toBe(after.doc.figureCount);
});

test('a dataset load stopped half-way leaves a usable dataset, and the library untouched', async () => {
  const cdp = await h.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  const send = (message: object) => options.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
  const before = (await libraryList()).length;
  const reload = send({ type: 'dataset-status', reload: true }).catch(() => null);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reload;
  const status = await send({ type: 'dataset-status', reload: false });
  expect(status).toMatchObject({ ok: true, error: null });
  expect(status.version).toMatch(/\w+/);
  expect((await libraryList()).length).toBe(before);
  // And the page checks against it as before.
  const article = demoPages().find((p) => p.expected.seed?.startsWith('000') && p.name.includes('zynews'))!;
  const url = demoUrl(h, article);
  await h.openArticle(url);
  const summary = await settledSummary(h, url);
  expect(summary.error).toBeNull();
  expect(summary.checks.some((c: any) => c.evidence.some((e: any) => e.source.origin === 'bundled'))).toBe(true);
});

async function libraryList(): Promise<string[]> {
  await options.reload();
  await options.locator('h1').waitFor();
  await new Promise((r) => setTimeout(r, 300));
  return options.locator('tr[data-doc-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')!));
}

test('a page that forges its canonical URL and drives the card with synthetic events changes nothing it was not given', async () => {
  const exportedLibrary = async () => {
    await options.reload();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('button[name="export"]').click()]);
    const { exportedAt: _, ...library } = JSON.parse(readFileSync(await download.path(), 'utf8'));
    return library;
  };
  const kept = demoPages().find((p) => p.expected.seed?.startsWith('004') && p.name.includes('people'))!;
  const keptUrl = demoUrl(h, kept);
  await h.openArticle(keptUrl);
  await settledSummary(h, keptUrl);
  expect(await toTab(h, keptUrl, { type: 'add-to-library' })).toMatchObject({ ok: true });
  const before = await exportedLibrary();
  const keptDoc = before.documents.find((d: any) => d.url === keptUrl);
  expect(keptDoc).toBeTruthy();

  // Another site's page: a campaign article that claims to be the kept one, and a script that
  // tries to open the card, read it and press its buttons.
  const forgedUrl = `${h.site('www.dahe.cn')}/forged/claims-another-article.html`;
  const source = demoPages().find((p) => p.expected.seed?.startsWith('002') && p.name.includes('zynews'))!.html;
  const attack = `<link rel="canonical" href="${keptUrl}"><script>
    window.__seen = { shadow: 0, clicks: 0 };
    setInterval(() => {
      const host = document.querySelector('[data-figure-check-root]');
      if (host && host.shadowRoot) { window.__seen.shadow++; host.shadowRoot.querySelectorAll('button').forEach((b) => { b.click(); window.__seen.clicks++; }); }
      for (const p of document.querySelectorAll('p')) {
        const r = p.getBoundingClientRect();
        for (const type of ['pointermove', 'click']) p.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: r.left + 20, clientY: r.top + 8 }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    }, 100);
  </script>`;
  await h.context.route(forgedUrl, (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: source.replace('</head>', `${attack}</head>`) }));
  const forged = await h.openArticle(forgedUrl);
  const summary = await settledSummary(h, forgedUrl);
  expect(summary.figures.length).toBeGreaterThan(0);
  await forged.waitForTimeout(1_500);
  expect(await forged.evaluate(() => (window as any).__seen)).toEqual({ shadow: 0, clicks: 0 });
  expect((await readCard(forged)).open).toBe(false);
  expect(await exportedLibrary()).toEqual(before);

  // The reader keeps the forged page: it becomes an entry of its own, under its own address.
  expect(await toTab(h, forgedUrl, { type: 'add-to-library' })).toMatchObject({ ok: true, updated: false });
  const after = await exportedLibrary();
  expect(after.documents.find((d: any) => d.id === keptDoc.id)).toEqual(keptDoc);
  const added = after.documents.filter((d: any) => !before.documents.some((b: any) => b.id === d.id));
  expect(added.map((d: any) => d.url)).toEqual([forgedUrl]);
});
