// The reference articles as pages: each checked against a dataset built from the others.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/compare';
import { buildDataset } from '../../lib/dataset/build';
import type { Curation } from '../../lib/dataset/curation';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import type { SeedMeta } from '../../lib/dataset/schema';
import { extractFigures } from '../../lib/extract';
import type { ArticleMeta, CheckResult, Figure } from '../../lib/types';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export const seedIndex = JSON.parse(readFileSync(join(SEEDS_DIR, 'index.json'), 'utf8')) as SeedMeta[];
export const curation = JSON.parse(readFileSync(join(SEEDS_DIR, 'curation.json'), 'utf8')) as Curation;
export const seeds = seedIndex.map((meta) => ({ meta, text: readFileSync(join(SEEDS_DIR, meta.file), 'utf8') }));

export function pageMeta(meta: SeedMeta): ArticleMeta {
  return { title: meta.title, date: meta.date, source: meta.source, byline: meta.byline, url: meta.url, siteName: meta.siteName ?? null };
}

export interface CheckedSeed {
  id: string;
  text: string;
  figures: Figure[];
  results: CheckResult[];
}

/**
 * Checks seed `id` against the dataset of the other seeds (built with the reviewed curation, as the
 * extension bundles it). The page's own figures are extraction's alone: no correction is applied to
 * the page under test.
 */
export async function checkSeedAgainstOthers(id: string): Promise<CheckedSeed> {
  const page = seeds.find((s) => s.meta.id === id)!;
  const dataset = buildDataset(seeds.filter((s) => s.meta.id !== id), curation);
  const figures = extractFigures(page.text);
  const results = await checkPage({ text: page.text, figures, meta: pageMeta(page.meta) }, createMemoryLookup(dataset));
  return { id, text: page.text, figures, results };
}
