// How the checks reach reference figures: by label key, in one batch per page. Two
// implementations: in memory (memory-lookup.ts: command line, tests) and IndexedDB (store.ts).
import type { RefDocument, RefFigure } from './schema';

export interface ReferenceLookup {
  findByLabelKeys(keys: string[]): Promise<RefFigure[]>;
  getDocuments(ids: string[]): Promise<RefDocument[]>;
}
