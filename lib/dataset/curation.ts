// Reviewed corrections to extracted reference figures, kept as data (seeds/curation.json) for
// the cases extraction cannot decide from the text alone, such as the scope of a figure whose
// subject sits several sentences earlier.
import type { Figure } from '../types';

export interface CurationEntry {
  /** Seed id. */
  doc: string;
  /** The figure as written (`Figure.text`). */
  text: string;
  /** 1-based, when the same text occurs several times in the document; default: every one. */
  occurrence?: number;
  /** Fields to override. */
  set?: Partial<Pick<Figure, 'label' | 'subject' | 'unit' | 'kind' | 'qualifier'>>;
  /** Leave the figure out of the reference dataset. */
  exclude?: boolean;
  /** Why: required, so that a reviewer can judge the entry. */
  why: string;
}

export interface Curation {
  entries?: CurationEntry[];
}

export function applyCuration(docId: string, figures: Figure[], curation: Curation): Figure[] {
  const entries = (curation.entries ?? []).filter((e) => e.doc === docId);
  if (entries.length === 0) return figures;
  const seen = new Map<string, number>();
  const out: Figure[] = [];
  for (const figure of figures) {
    const n = (seen.get(figure.text) ?? 0) + 1;
    seen.set(figure.text, n);
    const matching = entries.filter((e) => e.text === figure.text && (e.occurrence === undefined || e.occurrence === n));
    if (matching.some((e) => e.exclude)) continue;
    let curated = figure;
    for (const e of matching) if (e.set) curated = { ...curated, ...e.set };
    out.push(curated);
  }
  return out;
}

/** Entries that matched no figure: a reviewed correction that silently stopped applying. */
export function unusedCurationEntries(figuresByDoc: Map<string, Figure[]>, curation: Curation): CurationEntry[] {
  return (curation.entries ?? []).filter((e) => {
    const figures = figuresByDoc.get(e.doc) ?? [];
    const hits = figures.filter((f) => f.text === e.text);
    return e.occurrence === undefined ? hits.length === 0 : hits.length < e.occurrence;
  });
}
