// The pack the background reads on every start answers every lookup as the dataset it was made
// from does (the in-memory lookup over the full records), through a round trip as JSON.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../lib/dataset/build';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { createPackLookup, isDatasetPack, packDataset } from '../../lib/dataset/pack';
import { curation, seeds } from '../compare/seed-pages';

describe('the dataset pack', () => {
  const dataset = buildDataset(seeds, curation);
  const pack = JSON.parse(JSON.stringify(packDataset(dataset)));
  const labelKeys = [...new Set(dataset.figures.map((f) => f.labelKey))];

  it('gives every label’s figures, whole and in the dataset’s order, and nothing for a label it lacks', async () => {
    expect(labelKeys.length).toBeGreaterThan(50);
    const fromPack = createPackLookup(pack);
    const fromDataset = createMemoryLookup(dataset);
    const asked = [...labelKeys, '参学单位|items', '没有的指标|items', '__proto__', 'constructor', 'toString'];
    expect(await fromPack.findByLabelKeys(asked)).toEqual(await fromDataset.findByLabelKeys(asked));
    expect((await fromPack.findByLabelKeys(['参学单位|items'])).map((f) => f.quote)).toEqual(
      dataset.figures.filter((f) => f.labelKey === '参学单位|items').map((f) => f.quote),
    );
    const docIds = [...dataset.documents.map((d) => d.id), 'no-such-document'];
    expect(await fromPack.getDocuments(docIds)).toEqual(await fromDataset.getDocuments(docIds));
  });

  it('stores a quote several figures share once', () => {
    expect(pack.quotes.length).toBeLessThan(dataset.figures.length);
    expect(new Set(pack.quotes).size).toBe(pack.quotes.length);
  });

  it('is told from a dataset or anything else', () => {
    expect(isDatasetPack(pack)).toBe(true);
    expect(isDatasetPack(dataset)).toBe(false);
    expect(isDatasetPack({ ...pack, byLabel: { a: 1 } })).toBe(false);
    expect(isDatasetPack(null)).toBe(false);
  });
});
