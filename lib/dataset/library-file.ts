// The library as a file: export everything the user kept, import it back on another machine or
// after a wipe. The file is validated in full before anything is written, and written in one
// transaction, so a malformed or oversized file changes nothing and importing twice is a no-op.
import { unwrap } from 'idb';
import { LIBRARY_FILE_SCHEMA, type LibraryFile } from '../schemas/library-file';
import type { ReferenceDb } from './db';
import { isQuotaError } from './errors';
import { putFigureRows, rowKeysOf } from './figure-rows';
import { announceLibraryChange } from './library-changes';
import { canonicalJson } from './hash';
import type { RefDocument, RefFigure } from './schema';

// The file's format and its validation are the library file's schema (lib/schemas/library-file.ts).
export { LIBRARY_FILE_LIMITS, LIBRARY_FILE_SCHEMA, checkLibraryFile, type LibraryFile, type LibraryFileCheck } from '../schemas/library-file';

/** The browser refused to store an import; nothing of it was written. */
export class LibraryQuotaError extends Error {
  override readonly name = 'LibraryQuotaError';
  constructor(options?: { cause?: unknown }) {
    super('Not enough storage to import this library file: nothing was imported. Free some browser storage and try again.', options);
  }
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
    announceLibraryChange();
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
