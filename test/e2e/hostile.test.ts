// The hostile page corpus (test/pages/hostile/) against the built extension in Chromium: pages
// whose text tries to inject markup into the card or the export, pages that override built-ins,
// forbid styles, hide our element, never stop mutating, weigh megabytes, navigate mid-check.
// For each page: no exception of ours escapes, nothing from the page runs as ours, the page's own
// behaviour is unchanged, the tab stays responsive, and the figures that are there are found.
// The pages are served with context.route under http://news.china.com/hostile/, so the content
// script runs on them exactly as on the news site; the huge ones are grown here, not committed.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { type Harness, launchExtension, settledSummary, tabIdOf } from './harness';
import { readCard } from './card-reader';
import { toCsv, toMarkdown } from '../../lib/export';

const HOSTILE_DIR = resolve(import.meta.dirname, '../pages/hostile');
const ORIGIN = 'http://news.china.com';

interface HostilePage {
  name: string;
  html: string;
  expected: {
    url: string;
    description: string;
    figures: number;
    check: string;
    headers?: Record<string, string>;
    generate?: string;
    skipped?: string;
  };
}

function hostilePages(): HostilePage[] {
  return readdirSync(HOSTILE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(HOSTILE_DIR, d.name, 'expected.json')))
    .map((d) => ({
      name: d.name,
      html: readFileSync(join(HOSTILE_DIR, d.name, 'page.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(HOSTILE_DIR, d.name, 'expected.json'), 'utf8')),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The article container's content, replaced by the generators. */
const DETAIL = /(<div id="chan_newsDetail">)([\s\S]*?)(<\/div>)/;
const GENERATORS: Record<string, (html: string) => string> = {
  // About 20 MB: the article's paragraphs repeated in a sidebar-free body.
  'huge-20mb': (html) =>
    html.replace(DETAIL, (_m, open: string, inner: string, close: string) => {
      const copies = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(inner));
      return open + inner.repeat(copies) + close;
    }),
  // One text node of about 5 MB (1.7 million characters, no line break) after the paragraphs.
  'huge-text-node-5mb': (html) =>
    html.replace(DETAIL, (_m, open: string, inner: string, close: string) => {
      const plain = inner.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(plain));
      return `${open}${inner}<div>${plain.repeat(copies)}</div>${close}`;
    }),
  // 100,000 tiny elements: every character of the article in its own <span> (as some sites do
  // against copying), and empty layout elements between the paragraphs to make up the count.
  'many-elements-100k': (html) =>
    html.replace(DETAIL, (_m, open: string, inner: string, close: string) => {
      const paragraphs = inner.split('\n').filter((p) => p.startsWith('<p>'));
      const spans = paragraphs.map((p) => `<p>${[...p.slice(3, -4)].map((ch) => `<span>${ch}</span>`).join('')}</p>`);
      const chars = spans.reduce((n, p) => n + p.split('<span>').length - 1, 0);
      const per = Math.ceil((100_000 - chars) / spans.length);
      return open + spans.map((p) => `${p}<div class="gap">${'<i></i>'.repeat(per)}</div>`).join('\n') + close;
    }),
};

// Installed before any page script: the long tasks of the tab, and an inspector of the page's
// state built from built-ins captured before the page can override them.
const INIT_SCRIPT = `(() => {
  const tasks = [];
  try {
    new PerformanceObserver((list) => { const es = list.getEntries(); for (let i = 0; i < es.length; i++) tasks[tasks.length] = Math.round(es[i].duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const stringify = JSON.stringify;
  const reg = CSS.highlights, hlForEach = HighlightRegistry.prototype.forEach;
  const hlSize = Object.getOwnPropertyDescriptor(Highlight.prototype, 'size').get;
  const shadowOf = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get;
  const qs = Document.prototype.querySelector;
  const connected = Object.getOwnPropertyDescriptor(Node.prototype, 'isConnected').get;
  const inspect = (doc) => {
    let painted = 0;
    try { hlForEach.call(reg, (h, name) => { if (name !== 'figure-check-focus') painted += hlSize.call(h); }); } catch (e) { painted = -1; }
    const out = { longTasks: tasks.slice(0), painted, host: false, hostConnected: false, pageSeesShadow: false, marksInEditor: 0 };
    const host = qs.call(doc || document, '[data-figure-check-root]');
    if (host) {
      out.host = true;
      out.hostConnected = connected.call(host);
      // What a page script can see of the card: nothing, the shadow root is closed.
      out.pageSeesShadow = shadowOf.call(host) !== null;
    }
    const editor = qs.call(document, '#editor');
    if (editor) out.marksInEditor = editor.getElementsByTagName('fc-mark').length;
    return stringify(out);
  };
  Object.defineProperty(window, '__fcInspect', { value: inspect, configurable: false, writable: false });
})();`;

interface Inspection {
  longTasks: number[];
  painted: number;
  host: boolean;
  hostConnected: boolean;
  /** Whether a page script reading `shadowRoot` on our host gets anything. */
  pageSeesShadow: boolean;
  styles: number;
  dangerous: string;
  cardText: string;
  cardPosition: string;
  cardRect: { x: number; y: number; w: number; h: number } | null;
  cardVisibleInHost: boolean;
  marksInEditor: number;
}

/** The page's own view (built-ins captured before its scripts), and the card through the protocol. */
async function inspect(page: Page): Promise<Inspection> {
  const own = JSON.parse(await page.evaluate(() => (window as any).__fcInspect()));
  const card = await readCard(page);
  return {
    ...own,
    styles: card.styles,
    dangerous: card.dangerous,
    cardText: card.text,
    cardPosition: card.position,
    cardRect: card.rect,
    cardVisibleInHost: card.visibleInHost,
  };
}

let h: Harness;
const results = new Map<string, boolean>();

beforeAll(async () => {
  h = await launchExtension();
  await h.context.addInitScript({ content: INIT_SCRIPT });
  const pages = new Map(hostilePages().map((p) => [p.name, p]));
  const cache = new Map<string, string>();
  await h.context.route(`${ORIGIN}/hostile/**`, async (route: Route) => {
    const name = /\/hostile\/([a-z0-9-]+)\.html/.exec(route.request().url())?.[1];
    const p = name ? pages.get(name) : undefined;
    if (!p) return route.fulfill({ status: 404, body: 'not found' });
    let body = cache.get(p.name);
    if (body === undefined) {
      body = p.expected.generate ? GENERATORS[p.expected.generate]!(p.html) : p.html;
      cache.set(p.name, body);
    }
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...(p.expected.headers ?? {}) }, body });
  });
}, 60_000);

afterAll(async () => {
  await h?.close();
  const passed = [...results.values()].filter(Boolean).length;
  console.log(`hostile corpus: ${results.size} pages, ${passed} passed`);
});

/** Four times the 50 ms budget: a machine under load must not fail CI; blocking still does. */
const SLICE_GUARD_MS = 200;

async function focusFigure(url: string, figureId: string): Promise<{ ok: boolean }> {
  const tab = await tabIdOf(h, url);
  return h.worker.evaluate(([t, id]) => (globalThis as any).chrome.tabs.sendMessage(t, { type: 'focus-figure', figureId: id }), [tab, figureId] as const);
}

/** Error reports that come from the extension's code rather than the page's. */
function isOurs(text: string): boolean {
  return /chrome-extension:\/\/|content-scripts\/content\.js/.test(text);
}

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, CRLF). */
function csvFields(csv: string): string[] {
  const fields: string[] = [];
  const re = /(?:^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g;
  for (let m = re.exec(csv); m && m[0] !== ''; m = re.exec(csv)) {
    const f = m[1]!;
    fields.push(f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
  }
  return fields;
}

const PAGES = hostilePages();

describe('hostile page corpus', () => {
  test('has at least 30 pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(30);
  });

  test.each(PAGES.map((p) => [p.name, p] as const))('%s', async (name, p) => {
    results.set(name, false);
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => {
      if (isOurs(`${e.stack ?? ''} ${e.message}`)) errors.push(`pageerror: ${e.message}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && isOurs(`${m.location().url} ${m.text()}`)) errors.push(`console: ${m.text()}`);
    });
    try {
      // A page of megabytes: the test waits for its content, not for every byte to be laid out.
      await page.goto(`${ORIGIN}/hostile/${name}.html`, { waitUntil: p.expected.generate ? 'domcontentloaded' : 'load', timeout: 90_000 });
      if (p.expected.check === 'navigates') {
        await page.waitForTimeout(500);
        await page.waitForLoadState('load');
      }
      const url = page.url();
      const summary = await settledSummary(h, url);

      // No exception of ours, and the background answered.
      expect(summary.error).toBeNull();
      expect(summary.status).not.toBe('error');
      // The figures that are there are found.
      expect(summary.figures.length).toBeGreaterThanOrEqual(p.expected.figures);
      expect(summary.skipped?.reason).toBe(p.expected.skipped);
      // The content script never held the main thread for long. The first run starts cold and
      // shares two cores with the rest of the machine: over the budget, a second run decides.
      // The budget here is a guard against blocking (a quadratic walk took 800 ms); the 50 ms
      // target itself is measured by `npm run bench`, where timings are figures, not verdicts.
      let slice = summary.timing?.longestSliceMs ?? 0;
      if (slice > 50) {
        const tab = await tabIdOf(h, url);
        const again = await h.worker.evaluate((t) => (globalThis as any).chrome.tabs.sendMessage(t, { type: 'run', force: false }), tab);
        slice = Math.min(slice, again?.timing?.longestSliceMs ?? slice);
      }
      expect(slice).toBeLessThanOrEqual(SLICE_GUARD_MS);

      // Open the card on the most hostile figure: the one whose sentence carries markup or formulas.
      let card: Inspection | null = null;
      // (A page that throws its article out has no figure left to open a card on: see its check below.)
      if (summary.status === 'checked' && summary.figures.length > 0 && p.expected.check !== 'article-removed') {
        const figure =
          summary.figures.find((f: any) => /[<>{}=+@]|javascript:/i.test(summary.quotes[f.id] ?? '')) ?? summary.figures[0];
        const answer = await focusFigure(url, figure.id);
        expect(answer.ok).toBe(true);
        if (p.expected.check === 'host-removed') {
          // The page throws out every element it did not make: the card cannot stay, but the
          // highlights (no element at all) do, and asking again still answers.
          await page.waitForTimeout(200);
          expect((await inspect(page)).painted).toBe(summary.figures.length);
          expect((await focusFigure(url, figure.id)).ok).toBe(true);
          expect(await page.evaluate(() => (window as any).__removed)).toBeGreaterThan(0);
        } else {
        await expect.poll(async () => (await inspect(page)).cardText.length, { timeout: 5_000 }).toBeGreaterThan(0);
        card = await inspect(page);
        // Nothing from the page becomes markup inside our shadow root: one style, no active elements.
        expect(card.dangerous).toBe('');
        expect(card.pageSeesShadow).toBe(false);
        expect(card.styles).toBeLessThanOrEqual(1);
        expect(card.cardText).toContain(figure.text.replace(/\s+/g, '').slice(0, 4));
        const csv = toCsv({ ...summary, checkedAt: summary.checkedAt });
        for (const field of csvFields(csv)) expect(field, 'a CSV cell that a spreadsheet would run').not.toMatch(/^[=+\-@\t\r]/);
        const md = toMarkdown({ ...summary, checkedAt: summary.checkedAt }).replace(/<https?:\/\/[^>\s]*>/g, '');
        expect(md).not.toMatch(/(^|[^\\])<[a-z/!]/i);
        // What was painted is what was found.
        expect(card.painted === -1 || card.painted === summary.figures.length).toBe(true);
        }
      }

      // Nothing of the page's text ran.
      expect(await page.evaluate(() => (window as any).__pwned ?? 0)).toBe(0);

      // The page's own behaviour.
      switch (p.expected.check) {
        case 'page-probe':
          expect(await page.evaluate(() => (window as any).__pageProbe())).toBe(true);
          break;
        case 'own-url':
          // Another site's canonical is the page's claim, not its address.
          expect(summary.meta?.url).toBe(url);
          break;
        case 'card-inert':
          expect(card).not.toBeNull();
          break;
        case 'host-removed':
          break;
        case 'article-removed': {
          // The page replaces its article's text and then removes the article: whether its figures were
          // found first depends on timing, and once they have left the page, asking to open one still
          // gets an answer (ok or not), never an error.
          await page.waitForFunction(() => !document.getElementById('chan_newsDetail'));
          if (summary.figures.length > 0) expect(typeof (await focusFigure(url, summary.figures[0].id)).ok).toBe('boolean');
          break;
        }
        case 'card-visible':
          expect(card?.cardPosition).toBe('fixed');
          expect(card?.cardVisibleInHost).toBe(true);
          expect(card?.cardRect?.w ?? 0).toBeGreaterThan(100);
          expect(card?.cardRect?.x ?? -1).toBeGreaterThanOrEqual(0);
          break;
        case 'editor-unchanged': {
          const before = /<div id="editor"[^>]*>([\s\S]*?)<\/div>/.exec(p.html)![1];
          expect(await page.evaluate(() => document.getElementById('editor')!.innerHTML)).toBe(before);
          expect(card?.marksInEditor ?? 0).toBe(0);
          expect(summary.figures.some((f: any) => f.value === 88881 || f.value === 77772)).toBe(false);
          if (!(await page.evaluate(() => document.getElementById('editor')!.isContentEditable))) break;
          await page.click('#editor');
          await page.keyboard.press('End');
          await page.keyboard.type('共3条');
          await expect.poll(() => page.evaluate(() => document.getElementById('editor')!.textContent)).toContain('共3条');
          break;
        }
        case 'export-inert':
          expect(summary.figures.some((f: any) => /[=+@]/.test(summary.quotes[f.id] ?? ''))).toBe(true);
          break;
        case 'navigates':
          expect(page.url()).not.toBe(`${ORIGIN}/hostile/${name}.html`);
          break;
        case 'none':
          break;
        default:
          throw new Error(`unknown check ${p.expected.check}`);
      }

      // The tab still answers promptly.
      const started = Date.now();
      await page.evaluate(() => 1);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(errors).toEqual([]);
      const tasks = (await inspect(page)).longTasks;
      console.log(`${name}: ${summary.status}, ${summary.figures.length} figures, longest slice ${summary.timing?.longestSliceMs ?? '-'} ms (best ${slice}), long tasks [${tasks.join(', ')}]`);
      results.set(name, true);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('forged and oversized messages to the background', () => {
  const meta = { title: null, date: null, source: null, byline: null, url: null, siteName: null };
  const page = (figures: unknown[], text = '全市共有9606个参学单位。') => ({ url: 'http://news.china.com/x.html', meta, text, figures });
  const article = (headings: unknown[], text = '全市共有9606个参学单位。') => ({ url: 'http://news.china.com/x.html', meta, text, headings });
  const figure = { id: 'f0', text: '9606个', start: 4, end: 9, numberStart: 4, numberEnd: 8, value: 9606, unit: '个', qualifier: null, kind: 'count', label: null, subject: null, sentence: { start: 0, end: 12 } };
  const FORGED: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'check-page'],
    ['an array', [{ type: 'check-page' }]],
    ['an unknown type', { type: 'drop-database' }],
    ['check-page without an article', { type: 'check-page' }],
    ['check-page with a 30 MB text', { type: 'check-page', article: article([], 'a'.repeat(30_000_000)) }],
    ['check-page with a heading past the text', { type: 'check-page', article: article([{ start: 4, end: 999 }]) }],
    ['check-page with 10,000 headings', { type: 'check-page', article: article(Array.from({ length: 10_000 }, () => ({ start: 0, end: 1 }))) }],
    ['library-add with a figure past the text', { type: 'library-add', page: page([{ ...figure, start: 4, end: 999 }]), campaign: null }],
    ['library-add with a figure whose text is not the page\'s', { type: 'library-add', page: page([{ ...figure, text: '<img>' }]), campaign: null }],
    ['library-add with 60,000 figures', { type: 'library-add', page: page(Array.from({ length: 60_000 }, () => figure)), campaign: null }],
    ['library-add with a non-finite value', { type: 'library-add', page: page([{ ...figure, value: 'Infinity' }]), campaign: null }],
    ['check-tab with a negative tab', { type: 'check-tab', tabId: -1 }],
    ['document-figures without a document', { type: 'document-figures' }],
    ['document-figures with a 1 MB id', { type: 'document-figures', documentId: 'x'.repeat(1_000_000) }],
  ];

  test.each(FORGED)('from an extension page: %s is refused', async (_name, message) => {
    const ext = await h.context.newPage();
    try {
      await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
      const answer = await ext.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
      expect(answer).toMatchObject({ ok: false });
    } finally {
      await ext.close();
    }
  }, 60_000);

  test('from an extension page: a well-formed check-page is refused too (only tabs report pages)', async () => {
    const ext = await h.context.newPage();
    try {
      await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
      const answer = await ext.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), { type: 'check-page', article: article([]) });
      expect(answer).toMatchObject({ ok: false });
    } finally {
      await ext.close();
    }
  }, 60_000);

  test('from an extension page: document-figures answers with the stored report (that a page is refused below is no missing record)', async () => {
    const ext = await h.context.newPage();
    try {
      await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
      const answer = await ext.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), { type: 'document-figures', documentId: '001_f2a32313766f3d5f' });
      expect(answer).toMatchObject({ ok: true, document: { title: '郑州实实在在抓好第二批主题教育' } });
      expect(answer.figures.map((f: any) => f.text)).toContain('义诊4.3万多人次');
    } finally {
      await ext.close();
    }
  }, 60_000);

  test('from a script in a news page\'s isolated world: forged, oversized and privileged requests are refused', async () => {
    const tab = await h.context.newPage();
    try {
      await tab.goto(`${ORIGIN}/hostile/inject-img-onerror-text.html`);
      const tabId = await tabIdOf(h, tab.url());
      const messages: unknown[] = [
        { type: 'check-page', article: article([], 'a'.repeat(30_000_000)) },
        { type: 'check-page', article: article([{ start: 0, end: 999 }]) },
        { type: 'check-page', article: { ...article([]), meta: { title: 'x'.repeat(5_000) } } },
        { type: 'library-add', page: page([{ ...figure, end: 999 }]), campaign: null },
        { type: 'check-tab', tabId },
        // What a gate knows of a tab is for the extension's pages only.
        { type: 'gate-summary', tabId },
        { type: 'dataset-status', reload: true },
        // A stored report (seeds/001): the reader's library and the dataset are read by the extension's pages only.
        { type: 'document-figures', documentId: '001_f2a32313766f3d5f' },
        { type: 'nope' },
      ];
      const answers = await h.worker.evaluate(
        async ([id, list]) => {
          const chrome = (globalThis as any).chrome;
          const [result] = await chrome.scripting.executeScript({
            target: { tabId: id },
            world: 'ISOLATED',
            args: [list],
            func: async (ms: unknown[]) => {
              const out: unknown[] = [];
              for (const m of ms) {
                try {
                  out.push(await (globalThis as any).chrome.runtime.sendMessage(m));
                } catch (e) {
                  out.push({ ok: false, thrown: String(e) });
                }
              }
              return out;
            },
          });
          return result.result as unknown[];
        },
        [tabId, messages] as const,
      );
      expect(answers).toHaveLength(messages.length);
      for (const a of answers) expect(a).toMatchObject({ ok: false });
    } finally {
      await tab.close();
    }
  }, 120_000);
});
