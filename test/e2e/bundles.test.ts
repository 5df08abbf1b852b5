// What the built bundles carry (after `npm run build`): the gate, which runs in every news page, is
// small and carries nothing of the engine; the engine carries neither the extractor nor the recognizer; neither the gate nor the engine bundles a validator
// library (they parse their few messages by hand, lib/messages.ts); the background and the
// extension pages validate with the schemas of lib/schemas/ (valibot).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { EXTENSION_DIR } from './harness';

/** Every valibot schema carries the Standard Schema interface, which names its vendor (minified or not). */
const VALIBOT = /vendor:\s*[`'"]valibot[`'"]/;
const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

/** The gate's budget: it is loaded by every page of every listed news site. */
const GATE_MAX_GZIP_BYTES = 3 * 1024;

/** What only the engine, the card or a library brings: each string stands for a part that must stay
 * out of the gate, and each is checked to be where it belongs, so the list cannot go stale. */
const ENGINE_ONLY: [what: string, marker: string, bundle: string][] = [
  ['the polyfill', 'This script should only be loaded in a browser extension', 'engine.js'],
  ['the highlighter', '.highlights', 'engine.js'],
  ['the card host', 'data-figure-check-root', 'engine.js'],
  ['the page check and its request', 'check-page', 'engine.js'],
  ['the extractor (its unit words)', '平方公里', 'background.js'],
  ['the recognizer (its routine meetings)', '常务会议', 'background.js'],
  ['Preact', 'http://www.w3.org/2000/svg', 'card.js'],
];

test('the background validates with the schemas', () => {
  expect(read('background.js')).toMatch(VALIBOT);
});

test('the extension pages validate with the schemas', () => {
  const chunks = existsSync(join(EXTENSION_DIR, 'chunks')) ? readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.endsWith('.js')) : [];
  expect(chunks.some((f) => VALIBOT.test(read(join('chunks', f))))).toBe(true);
});

test('the gate, the engine and the card bundle no validator library', () => {
  expect(read('gate.js')).not.toMatch(VALIBOT);
  expect(read('engine.js')).not.toMatch(VALIBOT);
  expect(read('card.js')).not.toMatch(VALIBOT);
});

test(`the gate is at most ${GATE_MAX_GZIP_BYTES} bytes gzipped`, () => {
  const size = gzipSync(readFileSync(join(EXTENSION_DIR, 'gate.js'))).length;
  expect(size).toBeGreaterThan(500); // the built gate, not an empty file
  expect(size).toBeLessThanOrEqual(GATE_MAX_GZIP_BYTES);
});

test.each(ENGINE_ONLY)('the gate carries nothing of %s', (_what, marker, bundle) => {
  expect(read(bundle)).toContain(marker);
  expect(read('gate.js')).not.toContain(marker);
});

// Recognition and extraction run in the background, where they stay compiled from page to page
// (lib/page-reading.ts): the engine, injected anew into every campaign page, carries neither.
test.each(ENGINE_ONLY.filter(([, , bundle]) => bundle === 'background.js'))('the engine carries nothing of %s', (_what, marker) => {
  expect(read('engine.js')).not.toContain(marker);
});

test('the manifest declares the gate on the news sites, and nothing else as a content script', () => {
  const manifest = JSON.parse(read('manifest.json'));
  expect(manifest.content_scripts).toHaveLength(1);
  expect(manifest.content_scripts[0].js).toEqual(['gate.js']);
  expect(manifest.content_scripts[0].matches.length).toBeGreaterThan(5);
  // The engine is injected by the background, never exposed to pages.
  expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toContain('engine');
});

/** A code of the division table (lib/place/, 胡杨河市) marks where the table went: the background only. */
const DIVISION_TABLE = '659010';

test('the place data is bundled in the background only, never in what runs in pages', () => {
  expect(read('background.js')).toContain(DIVISION_TABLE);
  const pageSide = ['gate.js', 'engine.js', 'content-scripts/content.js', 'card.js'].filter((f) => existsSync(join(EXTENSION_DIR, f)));
  expect(pageSide.length).toBeGreaterThanOrEqual(2);
  for (const f of pageSide) expect(read(f), f).not.toContain(DIVISION_TABLE);
});
