// Writes lib/script-fold.json: the traditional forms of every Chinese character the
// relation finders and checks are written with (lib/relations, lib/compare, lib/article-model.ts)
// and of every place name (lib/place), from OpenCC's character tables (the `opencc-js` package),
// so that a page in traditional script is read with the same patterns (`佔比` as `占比`, `總數` as
// `总数`) and its places found (`巧家縣` as `巧家县`, `雲南` as `云南`). Run by scripts/build-dataset.ts
// before every build; test/core/script-fold.test.ts keeps the file equal to what this writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { writeIfChanged } from './write-if-changed';

const ROOT = join(import.meta.dirname, '..');
export const SCRIPT_FOLD_FILE = join(ROOT, 'lib', 'script-fold.json');
const SOURCES = [join(ROOT, 'lib', 'relations'), join(ROOT, 'lib', 'compare'), join(ROOT, 'lib', 'article-model.ts'), join(ROOT, 'lib', 'place')];

function sourceText(path: string): string {
  if (path.endsWith('.ts')) return readFileSync(path, 'utf8');
  // The division table's names are data (lib/place/divisions.json), read with the code.
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f === 'divisions.json')
    .sort()
    .map((f) => readFileSync(join(path, f), 'utf8'))
    .join('\n');
}

export function scriptFoldText(): string {
  const used = new Set(SOURCES.map(sourceText).join('').match(/[\u4e00-\u9fff]/g));
  const toTraditional = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const pairs = new Map<string, string>();
  for (const s of [...used].sort()) {
    for (const convert of toTraditional) {
      const t = convert(s);
      // One character each way, and only where the way back leads here (著 stays 著: 著名).
      if (t.length === 1 && t !== s && toSimplified(t) === s) pairs.set(t, s);
    }
  }
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'opencc-js', 'package.json'), 'utf8')) as { version: string };
  return `${JSON.stringify({ source: `opencc-js ${version}, characters of lib/relations, lib/compare, lib/article-model.ts, lib/place`, traditional: sorted.map(([t]) => t).join(''), simplified: sorted.map(([, s]) => s).join('') }, null, 1)}\n`;
}

/** Rewrites the file when the patterns' characters changed; true when it did. */
export function writeScriptFold(): boolean {
  return writeIfChanged(SCRIPT_FOLD_FILE, scriptFoldText());
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`${SCRIPT_FOLD_FILE}: ${writeScriptFold() ? 'written' : 'unchanged'}`);
