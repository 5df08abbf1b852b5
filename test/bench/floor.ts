// The floor the extension is measured against: the least a content script that highlights figures
// can do, built here as an unpacked extension loaded beside ours, on the same pages, in the same
// run. One TreeWalker over the body's text, one regular expression, one Highlight. A second
// extension runs the same script after registering one runtime.onMessage listener, the least a
// script that answers the popup must do: what the extension API alone costs a page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEWS_SITE_PATTERNS } from '../../lib/news-sites';

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
export function writeFloorExtension(floor: Floor): string {
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
