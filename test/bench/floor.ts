// The floor the extension is measured against: the least a content script that highlights figures
// can do, built here as an unpacked extension that runs in a browser of its own, on the same pages, in the same
// run. One TreeWalker over the body's text, one regular expression, one Highlight. A second
// extension runs the same script after registering one runtime.onMessage listener, the least a
// script that answers the popup must do: what the extension API alone costs a page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { NEWS_SITE_PATTERNS } from '../../lib/news-sites';
import { browserOptions } from '../e2e/harness';

export interface Floor {
  /** Its script's file name, which names it in the trace. */
  script: string;
  /** Its highlight's name: the bench waits for it before reading the trace. */
  highlight: string;
  /** Whether it registers a message listener first. */
  listens: boolean;
}

export const FLOORS: readonly Floor[] = [
  { script: 'floor.js', highlight: 'bench-floor', listens: false },
  { script: 'floor-listener.js', highlight: 'bench-floor-listener', listens: true },
];

const script = (floor: Floor) => `(() => {${floor.listens ? '\n  chrome.runtime.onMessage.addListener(() => undefined);' : ''}
  const figure = /\\d+(?:\\.\\d+)?[万亿]?(?:%|个|人|件|项|元|次|家|亩|户|名)/g;
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    figure.lastIndex = 0;
    for (let m = figure.exec(text); m; m = figure.exec(text)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      highlight.add(range);
    }
  }
  CSS.highlights.set(${JSON.stringify(floor.highlight)}, highlight);
})();
`;

/** Writes a floor extension to a new temporary directory and returns it. */
function writeFloorExtension(floor: Floor): string {
  const dir = mkdtempSync(join(tmpdir(), 'figure-check-floor-'));
  const manifest = {
    manifest_version: 3,
    name: `Figure highlighting floor (${floor.script})`,
    version: '1.0',
    content_scripts: [{ matches: [...NEWS_SITE_PATTERNS], js: [floor.script], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, floor.script), script(floor));
  return dir;
}

/** A browser of its own with one floor extension only, for pages served by a harness (any host resolves to it). */
export interface FloorBrowser {
  floor: Floor;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Each floor runs alone in a browser of its own, as ours does: the first content script a page runs pays for the
 * set-up that every later one shares (measured with the floors loaded beside ours: whichever extension loaded first
 * read 2–10 ms more than when it ran second), so extensions loaded side by side would charge that to whichever runs
 * first.
 */
export async function launchFloor(floor: Floor): Promise<FloorBrowser> {
  const dir = writeFloorExtension(floor);
  const profile = mkdtempSync(join(tmpdir(), 'figure-check-floor-profile-'));
  const context = await chromium.launchPersistentContext(profile, browserOptions(dir));
  return {
    floor,
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
