// Builds the bundled reference dataset from the reference articles: extract every figure,
// apply the reviewed curation, key and quote each figure. Campaign, date and source come from
// the seed metadata, which was read by a person, not from recognition.
import { extractFigures } from '../extract';
import { assembleDataset } from './assemble';
import type { Curation } from './curation';
import type { Dataset, SeedMeta } from './schema';

export function buildDataset(seeds: { meta: SeedMeta; text: string }[], curation: Curation = {}): Dataset {
  return assembleDataset(
    seeds.map((s) => ({ ...s, figures: extractFigures(s.text) })),
    curation,
  );
}
