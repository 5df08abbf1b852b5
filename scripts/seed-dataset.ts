// The bundled dataset, built from seeds/ in Node: the same build the extension bundles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../lib/dataset/build';
import type { Curation } from '../lib/dataset/curation';
import type { Dataset, SeedMeta } from '../lib/dataset/schema';

export const SEEDS_DIR = join(import.meta.dirname, '../seeds');

export function readSeeds(): { meta: SeedMeta; text: string }[] {
  const index = JSON.parse(readFileSync(join(SEEDS_DIR, 'index.json'), 'utf8')) as SeedMeta[];
  return index.map((meta) => ({ meta, text: readFileSync(join(SEEDS_DIR, meta.file), 'utf8') }));
}

export function loadSeedDataset(): Dataset {
  const curation = JSON.parse(readFileSync(join(SEEDS_DIR, 'curation.json'), 'utf8')) as Curation;
  return buildDataset(readSeeds(), curation);
}
