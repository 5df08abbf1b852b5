// The reference dataset as it is bundled (public/dataset.json) and stored (IndexedDB).
// Plain data only: it crosses the build, the bundle and the database unchanged.
import type { DOCUMENT_ORIGINS } from '../enums';
import type { Figure } from '../types';

export const DATASET_SCHEMA = 1 as const;

/** One entry of seeds/index.json: what the file itself does not say about a reference article. */
export interface SeedMeta {
  id: string;
  file: string;
  title: string | null;
  subtitle?: string | null;
  source: string | null;
  /** ISO date (`YYYY-MM-DD` or with time), possibly an estimate; see dateBasis. */
  date: string | null;
  dateBasis?: string | null;
  campaign: string | null;
  campaigns?: string[];
  url: string | null;
  byline: string | null;
  siteName?: string | null;
}

/** A reference article: bundled with the extension, or added by the user to their library. */
export interface RefDocument {
  id: string;
  origin: (typeof DOCUMENT_ORIGINS)[number];
  title: string | null;
  source: string | null;
  date: string | null;
  dateBasis: string | null;
  campaign: string | null;
  url: string | null;
  byline: string | null;
  siteName: string | null;
  /** Fingerprint of the article text (see textFingerprint), so a page can recognize itself. */
  textHash: string;
  /** The article's own place (GB/T 2260 code, lib/place/), which `全市` and `我区` refer to; null when nothing names one. */
  place: string | null;
  figureCount: number;
}

/** A figure of a reference article, with the keys it is looked up by. */
export interface RefFigure extends Figure {
  /** Unique across the dataset and the library: `${docId}#${id}`. */
  key: string;
  docId: string;
  campaign: string | null;
  /** The numeric part as written (`9600多`), which tells the rounding the text uses. */
  numberText: string;
  /** labelKey|unitFamily|scopeKey */
  metricKey: string;
  /** Normalized label + unit family: what same-metric lookups go by. */
  labelKey: string;
  scopeKey: string | null;
  /** The place, body and period the figure counts over (lib/place/scope.ts). */
  place: string | null;
  body: string | null;
  period: string | null;
  /** The sentence that holds the figure, trimmed to a quotable length. */
  quote: string;
}

export interface Dataset {
  schema: typeof DATASET_SCHEMA;
  /** Hash of the content; a stored dataset with another version is replaced. */
  version: string;
  documents: RefDocument[];
  figures: RefFigure[];
}
