// What the built bundles carry (after `npm run build`): the content script, which runs in every news
// page, bundles no validator library (it parses its few messages by hand, lib/messages.ts); the
// background and the extension pages validate with the schemas of lib/schemas/ (valibot).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EXTENSION_DIR } from './harness';

/** Every valibot schema carries the Standard Schema interface, which names its vendor (minified or not). */
const VALIBOT = /vendor:\s*[`'"]valibot[`'"]/;
const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

test('the background validates with the schemas', () => {
  expect(read('background.js')).toMatch(VALIBOT);
});

test('the extension pages validate with the schemas', () => {
  const chunks = existsSync(join(EXTENSION_DIR, 'chunks')) ? readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.endsWith('.js')) : [];
  expect(chunks.some((f) => VALIBOT.test(read(join('chunks', f))))).toBe(true);
});

test('the content script and the card bundle no validator library', () => {
  expect(read('content-scripts/content.js')).not.toMatch(VALIBOT);
  expect(read('card.js')).not.toMatch(VALIBOT);
});
