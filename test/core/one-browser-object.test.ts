// One `browser` object in the whole extension: the code imports WXT's `browser` from 'wxt/browser',
// which the @wxt-dev/webextension-polyfill module (wxt.config.ts) resolves to webextension-polyfill's.
// A direct import of 'webextension-polyfill' would bundle a second object next to the one WXT's own
// runtime uses (and grow the content script), so none is allowed under entrypoints/, components/, lib/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** `import … from '…'`, `export … from '…'`, `import '…'`, `import('…')`, `require('…')`; subpaths too. */
const DIRECT_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"`]webextension-polyfill(?:\/[^'"`]*)?['"`]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('one browser object', () => {
  test('the scan recognises every form of a direct import, and nothing else', () => {
    for (const line of [
      "import browser from 'webextension-polyfill';",
      'import browser, { type Runtime } from "webextension-polyfill";',
      "import type { Runtime } from 'webextension-polyfill';",
      "export { default as browser } from 'webextension-polyfill';",
      "import 'webextension-polyfill';",
      "const browser = (await import('webextension-polyfill')).default;",
      "const browser = require('webextension-polyfill');",
      "import browser from 'webextension-polyfill/dist/browser-polyfill.js';",
    ])
      expect(line).toMatch(DIRECT_IMPORT);
    for (const line of ["import { browser, type Browser } from 'wxt/browser';", "import { browser } from '@wxt-dev/webextension-polyfill/browser';"])
      expect(line).not.toMatch(DIRECT_IMPORT);
  });

  test("no file under entrypoints/, components/ or lib/ imports 'webextension-polyfill' directly", () => {
    const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20); // the scan sees the sources
    const offenders = files.filter((file) => DIRECT_IMPORT.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(offenders, "import { browser } from 'wxt/browser' instead").toEqual([]);
  });

  test('wxt/browser is the polyfilled object: the module is registered in wxt.config.ts', () => {
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/modules:\s*\[[^\]]*['"]@wxt-dev\/webextension-polyfill['"]/);
  });
});
