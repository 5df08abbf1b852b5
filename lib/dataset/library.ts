// The user's own reference library: pages they added, checked against like the bundled
// dataset, kept in stores that a dataset update never touches.
import type { ArticleMeta, Figure } from '../types';
import { referenceDocument, referenceFigure } from './assemble';
import type { ReferenceDb } from './db';
import { cyrb53, textFingerprint } from './hash';
import type { RefDocument, RefFigure } from './schema';

export interface LibraryEntry {
  document: RefDocument;
  figures: RefFigure[];
}

/** A page as a library document; the id follows the URL (or the text), so re-adding replaces. */
export function libraryEntryFromPage(page: { text: string; meta: ArticleMeta; figures: Figure[]; campaign?: string | null }): LibraryEntry {
  const id = `lib-${cyrb53(page.meta.url ?? textFingerprint(page.text))}`;
  const document = referenceDocument(
    {
      id,
      file: '',
      title: page.meta.title,
      source: page.meta.source,
      date: page.meta.date,
      dateBasis: null,
      campaign: page.campaign ?? null,
      url: page.meta.url,
      byline: page.meta.byline,
      siteName: page.meta.siteName,
    },
    page.text,
    'library',
    page.figures.length,
  );
  return { document, figures: page.figures.map((f) => referenceFigure(document, page.text, f)) };
}

export async function addToLibrary(db: ReferenceDb, entry: LibraryEntry): Promise<void> {
  const tx = db.transaction(['libraryDocuments', 'libraryFigures', 'libraryHistory'], 'readwrite');
  const figures = tx.objectStore('libraryFigures');
  for (const key of await figures.index('docId').getAllKeys(entry.document.id)) await figures.delete(key);
  await tx.objectStore('libraryDocuments').put(entry.document);
  for (const f of entry.figures) await figures.put(f);
  await tx.objectStore('libraryHistory').add({
    docId: entry.document.id,
    action: 'added',
    at: new Date().toISOString(),
    title: entry.document.title,
    url: entry.document.url,
  });
  await tx.done;
}

export async function removeFromLibrary(db: ReferenceDb, docId: string): Promise<void> {
  const tx = db.transaction(['libraryDocuments', 'libraryFigures', 'libraryHistory'], 'readwrite');
  const doc = await tx.objectStore('libraryDocuments').get(docId);
  const figures = tx.objectStore('libraryFigures');
  for (const key of await figures.index('docId').getAllKeys(docId)) await figures.delete(key);
  await tx.objectStore('libraryDocuments').delete(docId);
  await tx.objectStore('libraryHistory').add({ docId, action: 'removed', at: new Date().toISOString(), title: doc?.title ?? null, url: doc?.url ?? null });
  await tx.done;
}

export async function listLibrary(db: ReferenceDb): Promise<RefDocument[]> {
  return db.getAll('libraryDocuments');
}
