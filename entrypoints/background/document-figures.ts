// One stored report and all its figures, in text order, for two reports side by side: the side
// panel knows the other report only through the page's matches, which quote just the shared figures.
import type { DocumentFiguresAnswer } from '@/lib/schemas/document-figures';
import { isLibraryDocumentId } from '@/lib/dataset/library-id';
import type { FigureRow } from '@/lib/dataset/figure-rows';
import type { RefDocument } from '@/lib/dataset/schema';
import { ensureDataset, referenceDb } from './reference';

export async function documentFigures(documentId: string): Promise<DocumentFiguresAnswer> {
  // The bundled records are in the store once the bundle is loaded (a worker that just started).
  if (!isLibraryDocumentId(documentId)) await ensureDataset();
  const db = await referenceDb();
  let doc: RefDocument | undefined;
  let rows: FigureRow[];
  if (isLibraryDocumentId(documentId)) {
    const tx = db.transaction(['libraryDocuments', 'libraryFigures'], 'readonly');
    [doc, rows] = await Promise.all([tx.objectStore('libraryDocuments').get(documentId), tx.objectStore('libraryFigures').index('docId').getAll(documentId)]);
  } else {
    const tx = db.transaction(['documents', 'figures'], 'readonly');
    [doc, rows] = await Promise.all([tx.objectStore('documents').get(documentId), tx.objectStore('figures').index('docId').getAll(documentId)]);
  }
  if (!doc) return { ok: false, error: 'no such document' };
  return { ok: true, document: doc, figures: rows.map((r) => r.figure).sort((a, b) => a.start - b.start) };
}
