// Shape check of a dataset read from outside the code (the bundled JSON): refuse what would
// break the store or the checks, cheaply (fields of every record, not deep content).
import { DATASET_SCHEMA, type Dataset } from './schema';

function isString(v: unknown): v is string {
  return typeof v === 'string';
}
function isStringOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

export function isDataset(data: unknown): data is Dataset {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  if (d.schema !== DATASET_SCHEMA || !isString(d.version) || !Array.isArray(d.documents) || !Array.isArray(d.figures)) return false;
  const docIds = new Set<string>();
  for (const doc of d.documents as Record<string, unknown>[]) {
    if (!doc || !isString(doc.id) || !isString(doc.textHash) || !isStringOrNull(doc.date) || !isStringOrNull(doc.url)) return false;
    docIds.add(doc.id);
  }
  for (const f of d.figures as Record<string, unknown>[]) {
    if (!f || !isString(f.key) || !isString(f.docId) || !docIds.has(f.docId)) return false;
    if (!isString(f.labelKey) || !isString(f.metricKey) || !isString(f.quote) || !isString(f.numberText)) return false;
    if (typeof f.value !== 'number' || !Number.isFinite(f.value) || !isString(f.text)) return false;
  }
  return true;
}
