// The reference lookup over datasets held in memory: the command line and tests.
import type { ReferenceLookup } from './lookup';
import type { Dataset } from './schema';

export type { ReferenceLookup } from './lookup';

/** A lookup over datasets held in memory; later datasets (a library) add to earlier ones. */
export function createMemoryLookup(...datasets: Pick<Dataset, 'documents' | 'figures'>[]): ReferenceLookup {
  const byLabel = new Map<string, Dataset['figures']>();
  const documents = new Map<string, Dataset['documents'][number]>();
  for (const dataset of datasets) {
    for (const doc of dataset.documents) documents.set(doc.id, doc);
    for (const figure of dataset.figures) {
      if (!figure.labelKey) continue;
      const list = byLabel.get(figure.labelKey);
      if (list) list.push(figure);
      else byLabel.set(figure.labelKey, [figure]);
    }
  }
  return {
    async findByLabelKeys(keys) {
      return [...new Set(keys)].flatMap((k) => byLabel.get(k) ?? []);
    },
    async getDocuments(ids) {
      return [...new Set(ids)].flatMap((id) => documents.get(id) ?? []);
    },
  };
}
