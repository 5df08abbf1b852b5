// One lookup over several sources: the bundled dataset (in memory) and the reader's library
// (IndexedDB), or either alone as the summary's reference switch says.
import type { ReferenceLookup } from './lookup';

export function combineLookups(lookups: readonly ReferenceLookup[]): ReferenceLookup {
  return {
    async findByLabelKeys(keys) {
      return (await Promise.all(lookups.map((l) => l.findByLabelKeys(keys)))).flat();
    },
    async getDocuments(ids) {
      const docs = (await Promise.all(lookups.map((l) => l.getDocuments(ids)))).flat();
      return [...new Map(docs.map((d) => [d.id, d])).values()];
    },
  };
}
