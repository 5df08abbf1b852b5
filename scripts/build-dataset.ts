// Writes public/dataset.json from seeds/*.txt, seeds/index.json and seeds/curation.json.
// Run before every build: npx tsx scripts/build-dataset.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDataset } from '../lib/dataset/build';
import { unusedCurationEntries, type Curation } from '../lib/dataset/curation';
import { extractFigures } from '../lib/extract';
import * as v from 'valibot';
import { DatasetSchema } from '../lib/schemas/dataset';
import { readSeeds, SEEDS_DIR } from './seed-dataset';

function main(): void {
  const started = performance.now();
  const seeds = readSeeds();
  const curation = JSON.parse(readFileSync(join(SEEDS_DIR, 'curation.json'), 'utf8')) as Curation;
  const dataset = buildDataset(seeds, curation);
  const ms = (performance.now() - started).toFixed(0);
  const figuresByDoc = new Map(seeds.map((s) => [s.meta.id, extractFigures(s.text)]));
  for (const e of unusedCurationEntries(figuresByDoc, curation)) {
    console.warn(`seeds/curation.json: entry matches no figure: ${e.doc} ${e.text}`);
  }
  // The background refuses a dataset its schema refuses: refuse it here, where it is made.
  const checked = v.safeParse(DatasetSchema, JSON.parse(JSON.stringify(dataset)));
  if (!checked.success) {
    const issue = checked.issues[0];
    throw new Error(`the dataset does not pass lib/schemas/dataset.ts: ${v.getDotPath(issue) ?? '(the dataset)'}: ${issue.message}`);
  }
  const out = join(import.meta.dirname, '..', 'public', 'dataset.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(dataset));
  const placed = dataset.figures.filter((f) => f.place !== null).length;
  console.log(`${out}: ${dataset.documents.length} documents, ${dataset.figures.length} figures (${placed} with a place), version ${dataset.version} (${ms} ms)`);
}

main();
