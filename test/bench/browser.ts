// Benchmarks in the real browser with the built extension: loading the bundled dataset into
// IndexedDB, the content script's main-thread time on the largest demo article and on a
// synthetic 2 MB article, and the size of what every page loads.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, type Harness, launchExtension, settledSummary } from '../e2e/harness';
import { demoPages, demoUrl } from '../e2e/pages';
import { median } from './stats';

const RUNS = 5;

async function datasetLoad(h: Harness): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const status = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'dataset-status', reload: true }));
    if (!status?.ok || status.loadMs === null) throw new Error(`dataset load failed: ${JSON.stringify(status)}`);
    times.push(status.loadMs);
  }
  const dataset = JSON.parse(readFileSync(join(EXTENSION_DIR, 'dataset.json'), 'utf8'));
  console.log(
    `dataset load into IndexedDB: median ${median(times).toFixed(1)} ms over ${RUNS} runs ` +
      `(${dataset.documents.length} documents, ${dataset.figures.length} figures, ${(statSync(join(EXTENSION_DIR, 'dataset.json')).size / 1024).toFixed(0)} kB; target ≤ 200 ms)`,
  );
  await page.close();
}

async function contentScriptOn(h: Harness, label: string, url: string): Promise<void> {
  const timings: { totalMs: number; busyMs: number; longestSliceMs: number }[] = [];
  const longTasks: number[] = [];
  const checkTimes: number[] = [];
  const extensionPage = await h.context.newPage();
  await extensionPage.goto(`chrome-extension://${h.extensionId}/popup.html`);
  let figures = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      (window as any).__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as any).__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    const summary = await settledSummary(h, url);
    if (!summary.timing) throw new Error(`${label}: no timing (status ${summary.status})`);
    timings.push(summary.timing);
    figures = summary.figures.length;
    longTasks.push(Math.max(0, ...((await page.evaluate(() => (window as any).__longTasks)) as number[])));
    const status = await extensionPage.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'dataset-status', reload: false }));
    if (typeof status?.lastCheckMs === 'number') checkTimes.push(status.lastCheckMs);
    await page.close();
  }
  await extensionPage.close();
  const m = (k: 'totalMs' | 'busyMs' | 'longestSliceMs') => median(timings.map((t) => t[k])).toFixed(1);
  console.log(
    `content script on ${label}: ${figures} figures; start → highlights ${m('totalMs')} ms, ` +
      `own main-thread work ${m('busyMs')} ms, longest slice ${m('longestSliceMs')} ms; ` +
      `longest task seen on the page (page's own parsing included) ${median(longTasks).toFixed(0)} ms; ` +
      `the page's checks in the background against the bundled dataset ${median(checkTimes).toFixed(1)} ms (target ≤ 10 ms)`,
  );
}

function syntheticArticle(targetBytes: number): string {
  const seed = readFileSync(join(import.meta.dirname, '../../seeds/003_ccc67071d7f988a0.txt'), 'utf8');
  const paragraphs = seed.split('\n').filter((p) => p.trim());
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const p = `<p>${paragraphs[i % paragraphs.length]!.replace(/[<&>]/g, '')}</p>\n`;
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>主题教育综述（合订本）</title></head><body><article><h1>主题教育综述（合订本）</h1>${out.join('')}</article></body></html>`;
}

function bundleSize(): void {
  const file = join(EXTENSION_DIR, 'content-scripts/content.js');
  const raw = readFileSync(file);
  console.log(`content script bundle: ${(raw.length / 1024).toFixed(1)} kB, ${(gzipSync(raw).length / 1024).toFixed(1)} kB gzipped (target ≤ 40 kB gzipped)`);
}

export async function benchBrowser(): Promise<void> {
  bundleSize();
  const h = await launchExtension();
  try {
    await datasetLoad(h);
    const articles = demoPages().filter((p) => p.expected.isCampaign && p.expected.seed);
    const largest = articles.sort(
      (a, b) => statSync(join(import.meta.dirname, '../pages', b.name, 'page.html')).size - statSync(join(import.meta.dirname, '../pages', a.name, 'page.html')).size,
    )[0]!;
    await contentScriptOn(h, `the largest demo article (${largest.name})`, demoUrl(h, largest));
    const big = syntheticArticle(2 * 1024 * 1024);
    await h.context.route('http://bench.china.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: big }));
    await contentScriptOn(h, 'a synthetic 2 MB article', 'http://bench.china.com/big.html');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBrowser();
