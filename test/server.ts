// A tiny static server for the demo and fixture pages: `/<name>.html` serves
// test/pages/<name>/page.html whatever the Host header (e2e tests map news.china.com and other
// news hosts to 127.0.0.1), `/` lists every page, anything else is 404. Names are checked against
// the directory listing, so no path reaches outside test/pages.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PAGES_DIR = resolve(import.meta.dirname, 'pages');
const PAGE_PATH = /^\/([a-z0-9][a-z0-9-]{0,80})\.html$/;
/** The real saved pages: `/real/<name>.html` serves test/pages/real/<name>/page.html. */
const REAL_DIR = join(PAGES_DIR, 'real');
const REAL_PATH = /^\/real\/([a-z0-9][a-z0-9-]{0,80})\.html$/;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function pageNames(dir = PAGES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'page.html')))
    .map((d) => d.name)
    .sort();
}

function indexPage(names: string[]): string {
  const items = names
    .map((name) => {
      let label = '';
      try {
        const expected = JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as { title?: string | null; isCampaign?: boolean };
        label = `${expected.isCampaign ? '[campaign] ' : ''}${expected.title ?? ''}`;
      } catch {
        label = '';
      }
      return `<li><a href="/${escapeHtml(name)}.html">${escapeHtml(name)}</a> ${escapeHtml(label)}</li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Figure Check demo pages</title></head><body><h1>Figure Check demo pages</h1><ul>\n${items}\n</ul></body></html>`;
}

export interface DemoServer {
  origin: string;
  close(): Promise<void>;
}

export function startDemoServer(opts: { port?: number; host?: string } = {}): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const names = pageNames();
    if (path === '/' || path === '/index.html') return send(200, indexPage(names));
    const real = REAL_PATH.exec(path);
    if (real && pageNames(REAL_DIR).includes(real[1]!)) return send(200, readFileSync(join(REAL_DIR, real[1]!, 'page.html'), 'utf8'));
    const m = PAGE_PATH.exec(path);
    if (!m || !names.includes(m[1]!)) return send(404, '<!doctype html><title>404</title><p>not found</p>');
    return send(200, readFileSync(join(PAGES_DIR, m[1]!, 'page.html'), 'utf8'));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        origin: `http://${shownHost}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections?.();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}
