// The library as a file: export everything the user kept, import it back on another machine or
// after a wipe. The file is validated in full before anything is written, and written in one
// transaction, so a malformed or oversized file changes nothing and importing twice is a no-op.
import { unwrap } from 'idb';
import type { ReferenceDb } from './db';
import { isQuotaError } from './errors';
import { putFigureRows, rowKeysOf } from './figure-rows';
import { canonicalJson } from './hash';
import type { RefDocument, RefFigure } from './schema';
import { isLibraryDocumentId } from './library-id';

export const LIBRARY_FILE_SCHEMA = 'figure-check/library@1';
/** A newsroom archive is ~1,000 articles and 100,000 figures; leave room, refuse the absurd. */
export const LIBRARY_FILE_LIMITS = { documents: 20_000, figures: 1_000_000, bytes: 256 * 1024 * 1024 } as const;

export interface LibraryFile {
  schema: typeof LIBRARY_FILE_SCHEMA;
  exportedAt: string;
  documents: RefDocument[];
  figures: RefFigure[];
}

/** The browser refused to store an import; nothing of it was written. */
export class LibraryQuotaError extends Error {
  override readonly name = 'LibraryQuotaError';
  constructor(options?: { cause?: unknown }) {
    super('Not enough storage to import this library file: nothing was imported. Free some browser storage and try again.', options);
  }
}

export type LibraryFileCheck = { ok: true; file: LibraryFile } | { ok: false; error: string };

const KINDS = new Set(['count', 'amount', 'percent', 'percentage_points', 'rank', 'ratio', 'measure', 'other']);
const QUALIFIERS = new Set([null, 'more_than', 'about', 'at_least', 'less_than']);

function str(v: unknown, max = 4_096): boolean {
  return typeof v === 'string' && v.length <= max;
}
function strOrNull(v: unknown, max = 4_096): boolean {
  return v === null || str(v, max);
}
function int(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 0;
}

function documentProblem(d: Record<string, unknown>): string | null {
  if (!str(d.id, 128) || !isLibraryDocumentId(d.id as string)) return 'a document without a valid library id';
  if (d.origin !== 'library') return `document ${String(d.id)} is not a library document`;
  for (const k of ['title', 'source', 'date', 'dateBasis', 'campaign', 'url', 'byline', 'siteName'] as const) {
    if (!strOrNull(d[k])) return `document ${String(d.id)}: ${k} is not text`;
  }
  if (!str(d.textHash, 64) || !int(d.figureCount)) return `document ${String(d.id)}: missing fingerprint or figure count`;
  return null;
}

function figureProblem(f: Record<string, unknown>, docIds: Set<string>): string | null {
  if (!str(f.key, 256) || !str(f.docId, 128) || !docIds.has(f.docId as string)) return `figure ${String(f.key)} belongs to no document in the file`;
  if (!str(f.text, 200) || typeof f.value !== 'number' || !Number.isFinite(f.value)) return `figure ${String(f.key)}: bad text or value`;
  if (f.valueMax !== undefined && (typeof f.valueMax !== 'number' || !Number.isFinite(f.valueMax))) return `figure ${String(f.key)}: bad range`;
  if (!int(f.start) || !int(f.end) || !int(f.numberStart) || !int(f.numberEnd)) return `figure ${String(f.key)}: bad offsets`;
  if (!KINDS.has(f.kind as string) || !QUALIFIERS.has(f.qualifier as string | null)) return `figure ${String(f.key)}: unknown kind or qualifier`;
  for (const k of ['unit', 'label', 'subject', 'scopeKey', 'campaign'] as const) if (!strOrNull(f[k], 200)) return `figure ${String(f.key)}: ${k} is not text`;
  if (!str(f.metricKey, 400) || !str(f.labelKey, 400) || !str(f.quote, 2_000) || !str(f.numberText, 100)) return `figure ${String(f.key)}: missing lookup keys or quote`;
  const s = f.sentence as Record<string, unknown> | null;
  if (!s || typeof s !== 'object' || !int(s.start) || !int(s.end)) return `figure ${String(f.key)}: bad sentence`;
  return null;
}

/** Checks a parsed file completely; says what is wrong with the first bad record. */
export function checkLibraryFile(data: unknown): LibraryFileCheck {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'not a Figure Check library file' };
  const d = data as Record<string, unknown>;
  if (d.schema !== LIBRARY_FILE_SCHEMA) return { ok: false, error: `not a Figure Check library file (schema ${JSON.stringify(d.schema ?? null)})` };
  if (!Array.isArray(d.documents) || !Array.isArray(d.figures)) return { ok: false, error: 'the file has no documents or figures list' };
  if (d.documents.length > LIBRARY_FILE_LIMITS.documents || d.figures.length > LIBRARY_FILE_LIMITS.figures) {
    return { ok: false, error: `too large: ${d.documents.length} documents, ${d.figures.length} figures (at most ${LIBRARY_FILE_LIMITS.documents} and ${LIBRARY_FILE_LIMITS.figures})` };
  }
  const docIds = new Set<string>();
  for (const doc of d.documents) {
    const problem = doc && typeof doc === 'object' ? documentProblem(doc as Record<string, unknown>) : 'a document that is not an object';
    if (problem) return { ok: false, error: problem };
    docIds.add((doc as RefDocument).id);
  }
  for (const f of d.figures) {
    const problem = f && typeof f === 'object' ? figureProblem(f as Record<string, unknown>, docIds) : 'a figure that is not an object';
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, file: data as LibraryFile };
}

export async function exportLibrary(db: ReferenceDb, now = new Date()): Promise<LibraryFile> {
  const tx = db.transaction(['libraryDocuments', 'libraryFigures'], 'readonly');
  const [documents, rows] = await Promise.all([tx.objectStore('libraryDocuments').getAll(), tx.objectStore('libraryFigures').getAll()]);
  // Rows are stored by label; the file lists figures by document, in key order.
  const figures = rows.map((r) => r.figure).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { schema: LIBRARY_FILE_SCHEMA, exportedAt: now.toISOString(), documents, figures };
}

/**
 * Writes a checked file: documents in the file replace the same documents in the library, and a
 * document the library already holds as it is in the file (record and figures) is left alone, with
 * no history row, so importing a file again changes nothing. One transaction (a failure writes
 * nothing); requests are queued without a wait each, and only the documents already in the library
 * are read.
 */
export async function importLibrary(db: ReferenceDb, file: LibraryFile): Promise<{ documents: number; figures: number }> {
  const tx = db.transaction(['libraryDocuments', 'libraryFigures', 'libraryHistory'], 'readwrite', { durability: 'relaxed' });
  try {
    const docs = unwrap(tx.objectStore('libraryDocuments'));
    const figures = unwrap(tx.objectStore('libraryFigures'));
    const history = unwrap(tx.objectStore('libraryHistory'));
    const kept = new Set(await tx.objectStore('libraryDocuments').getAllKeys());
    const figuresOf = new Map<string, RefFigure[]>();
    for (const f of file.figures) {
      const list = figuresOf.get(f.docId);
      if (list) list.push(f);
      else figuresOf.set(f.docId, [f]);
    }
    const unchanged = new Set<string>();
    await Promise.all(
      file.documents
        .filter((d) => kept.has(d.id))
        .map(async (doc) => {
          const [stored, rows] = await Promise.all([tx.objectStore('libraryDocuments').get(doc.id), tx.objectStore('libraryFigures').index('docId').getAll(doc.id)]);
          if (stored && sameContent(stored, doc) && sameFigures(rows.map((r) => r.figure), figuresOf.get(doc.id) ?? [])) unchanged.add(doc.id);
        }),
    );
    const changed = file.documents.filter((d) => !unchanged.has(d.id));
    const stale = await rowKeysOf(figures, changed.map((d) => d.id).filter((id) => kept.has(id)));
    for (const key of stale) figures.delete(key);
    const at = new Date().toISOString();
    const byId = new Map<string, RefDocument>();
    for (const doc of changed) {
      byId.set(doc.id, doc);
      docs.put(doc);
      history.add({ docId: doc.id, action: 'added', at, title: doc.title, url: doc.url });
    }
    putFigureRows(figures, file.figures.filter((f) => !unchanged.has(f.docId)), (id) => byId.get(id));
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    if (isQuotaError(e) || isQuotaError(tx.error)) throw new LibraryQuotaError({ cause: e });
    throw e;
  }
  return { documents: file.documents.length, figures: file.figures.length };
}

/** Equal records, whatever the order of their fields (a file may have been written by hand). */
function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function sameFigures(stored: RefFigure[], inFile: RefFigure[]): boolean {
  if (stored.length !== inFile.length) return false;
  const byKey = new Map(stored.map((f) => [f.key, f]));
  return inFile.every((f) => byKey.has(f.key) && sameContent(byKey.get(f.key), f));
}
