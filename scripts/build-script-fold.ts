// Writes lib/script-fold.json: the traditional forms of every Chinese character the
// relation finders, checks and campaign phrases are written with (lib/relations, lib/compare,
// lib/recognize, lib/article-model.ts)
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
const SOURCES = [join(ROOT, 'lib', 'relations'), join(ROOT, 'lib', 'compare'), join(ROOT, 'lib', 'recognize'), join(ROOT, 'lib', 'article-model.ts'), join(ROOT, 'lib', 'place')];

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
  const sources = SOURCES.map(sourceText).join('\n');
  const used = new Set(sources.match(/[\u4e00-\u9fff]/g));
  const toTraditional = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const pairs = new Map<string, string>();
  // One character each way, and only where the way back leads here (著 stays 著: 著名).
  const add = (t: string, s: string) => {
    if (t.length === 1 && t !== s && used.has(s) && toSimplified(t) === s) pairs.set(t, s);
  };
  // Characters one convention keeps and another changes (群: 群 in Taiwan, 羣 in OpenCC's own
  // standard): a traditional page may write either, which the gate's markers must allow.
  const kept: string[] = [];
  for (const s of [...used].sort()) {
    const forms = toTraditional.map((convert) => convert(s));
    for (const t of forms) add(t, s);
    if (forms.includes(s) && forms.some((t) => pairs.get(t) === s)) kept.push(s);
  }
  // A character alone takes its most common form; words give the others (联系 → 聯繫, 复查 → 複查,
  // 斗争 → 鬥爭): every run of the sources' Chinese, converted as words, adds the forms it uses.
  for (const run of new Set(sources.match(/[\u4e00-\u9fff]{2,}/g))) {
    for (const convert of toTraditional) {
      const t = convert(run);
      if (t.length === run.length) for (let i = 0; i < run.length; i++) add(t[i]!, run[i]!);
    }
  }
  // Forms pages use that no conversion to traditional writes (联系 as 聯係, 标杆 as 標桿), kept when
  // OpenCC reads them back to a character of the sources.
  for (const t of '係桿') add(t, toSimplified(t));
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'opencc-js', 'package.json'), 'utf8')) as { version: string };
  return `${JSON.stringify({ source: `opencc-js ${version}, characters and words of lib/relations, lib/compare, lib/recognize, lib/article-model.ts, lib/place`, traditional: sorted.map(([t]) => t).join(''), simplified: sorted.map(([, s]) => s).join(''), kept: kept.join('') }, null, 1)}\n`;
}

/** Rewrites the file when the patterns' characters changed; true when it did. */
export function writeScriptFold(): boolean {
  return writeIfChanged(SCRIPT_FOLD_FILE, scriptFoldText());
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`${SCRIPT_FOLD_FILE}: ${writeScriptFold() ? 'written' : 'unchanged'}`);
