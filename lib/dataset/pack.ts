// The bundled dataset in the form the background reads on every start (public/dataset-pack.json,
// written with public/dataset.json by scripts/build-dataset.ts): its figures already grouped by
// label key, the index the same-metric lookup reads, so a worker that starts parses one file and
// is ready. Compact: a quote several figures share is stored once, and a figure's label key is its
// group's. The full dataset is checked against lib/schemas/dataset.ts where the pack is made;
// public/dataset.json, checked again, is read only to store a new version in IndexedDB.
import type { ReferenceLookup } from './lookup';
import type { Dataset, RefDocument, RefFigure } from './schema';

export const PACK_SCHEMA = 'dataset-pack/1' as const;

/** A figure as packed: its quote by position in `quotes`, its label key left to its group. */
export type PackedFigure = Omit<RefFigure, 'quote' | 'labelKey'> & { quote: number };

export interface DatasetPack {
  schema: typeof PACK_SCHEMA;
  /** The dataset's version (a hash of its content). */
  version: string;
  documents: RefDocument[];
  quotes: string[];
  /** Label key → its figures, in the dataset's order; figures without a label are never looked up. */
  byLabel: Record<string, PackedFigure[]>;
}

export function packDataset(dataset: Dataset): DatasetPack {
  const byLabel: Record<string, PackedFigure[]> = {};
  const quotes: string[] = [];
  const quoteAt = new Map<string, number>();
  for (const { labelKey, quote, ...rest } of dataset.figures) {
    if (!labelKey) continue;
    let at = quoteAt.get(quote);
    if (at === undefined) quoteAt.set(quote, (at = quotes.push(quote) - 1));
    (Object.hasOwn(byLabel, labelKey) ? byLabel[labelKey]! : (byLabel[labelKey] = [])).push({ ...rest, quote: at });
  }
  return { schema: PACK_SCHEMA, version: dataset.version, documents: dataset.documents, quotes, byLabel };
}

/** The figures of one label key, as the dataset has them. */
function unpack(pack: DatasetPack, labelKey: string): RefFigure[] {
  if (!Object.hasOwn(pack.byLabel, labelKey)) return [];
  return pack.byLabel[labelKey]!.map((f) => ({ ...f, labelKey, quote: pack.quotes[f.quote]! }));
}

/** Every labelled figure of the pack, label by label: for the build's check that nothing was lost. */
export function unpackAll(pack: DatasetPack): RefFigure[] {
  return Object.keys(pack.byLabel).flatMap((k) => unpack(pack, k));
}

/** The pack's shape, checked cheaply: it comes from the extension's own package, made from a checked dataset. */
export function isDatasetPack(data: unknown): data is DatasetPack {
  if (typeof data !== 'object' || data === null) return false;
  const pack = data as Partial<DatasetPack>;
  return (
    pack.schema === PACK_SCHEMA &&
    typeof pack.version === 'string' &&
    Array.isArray(pack.documents) &&
    Array.isArray(pack.quotes) &&
    typeof pack.byLabel === 'object' &&
    pack.byLabel !== null &&
    Object.values(pack.byLabel).every(Array.isArray)
  );
}

/** The same answers as createMemoryLookup(dataset), read straight from the pack: a label's figures
 * are made whole the first time a page asks for it, and kept. */
export function createPackLookup(pack: DatasetPack): ReferenceLookup {
  const documents = new Map(pack.documents.map((d) => [d.id, d]));
  const unpacked = new Map<string, RefFigure[]>();
  const figuresOf = (key: string): RefFigure[] => {
    if (!Object.hasOwn(pack.byLabel, key)) return [];
    let figures = unpacked.get(key);
    if (!figures) unpacked.set(key, (figures = unpack(pack, key)));
    return figures;
  };
  return {
    async findByLabelKeys(keys) {
      return [...new Set(keys)].flatMap(figuresOf);
    },
    async getDocuments(ids) {
      return [...new Set(ids)].flatMap((id) => documents.get(id) ?? []);
    },
  };
}
