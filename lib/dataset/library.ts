// The user's own reference library: pages they added, checked against like the bundled
// dataset, kept in stores that a dataset update never touches.
import type { ArticleMeta, Figure } from '../types';
import { LIBRARY_ID_PREFIX } from './library-id';
import { figureChanges, type FigureChanges } from './figure-changes';
import { referenceDocument, referenceFigure } from './assemble';
import { unwrap } from 'idb';
import type { ReferenceDb } from './db';
import { putFigureRows, rowKeysOf } from './figure-rows';
import { announceLibraryChange } from './library-changes';
import { cyrb53, textFingerprint } from './hash';
import type { RefDocument, RefFigure } from './schema';

export interface LibraryEntry {
  document: RefDocument;
  figures: RefFigure[];
}

/**
 * A page as a library document. The id follows `key` (the page's address as the browser gives it),
 * else its URL, else its text, so that adding the same page again replaces it.
 */
export function libraryEntryFromPage(page: { text: string; meta: ArticleMeta; figures: Figure[]; campaign?: string | null; key?: string }): LibraryEntry {
  const id = `${LIBRARY_ID_PREFIX}${cyrb53(page.key ?? page.meta.url ?? textFingerprint(page.text))}`;
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

/**
 * Adds (or replaces) one document and its figures: one transaction, no wait per record. When the
 * article was kept before, its previous figures go into the history, and what changed is returned.
 */
export async function addToLibrary(db: ReferenceDb, entry: LibraryEntry): Promise<FigureChanges | null> {
  const tx = db.transaction(['libraryDocuments', 'libraryFigures', 'libraryHistory'], 'readwrite', { durability: 'relaxed' });
  const figures = unwrap(tx.objectStore('libraryFigures'));
  const previousRows = await tx.objectStore('libraryFigures').index('docId').getAll(entry.document.id);
  const stale = await rowKeysOf(figures, [entry.document.id]);
  for (const key of stale) figures.delete(key);
  unwrap(tx.objectStore('libraryDocuments')).put(entry.document);
  putFigureRows(figures, entry.figures, () => entry.document);
  const previous = previousRows.map((row) => row.figure).sort((a, b) => a.start - b.start);
  const changes = previous.length > 0 ? figureChanges(previous, entry.figures) : null;
  unwrap(tx.objectStore('libraryHistory')).add({
    docId: entry.document.id,
    action: 'added',
    at: new Date().toISOString(),
    title: entry.document.title,
    url: entry.document.url,
    ...(changes ? { previousFigures: previous.map((f) => ({ text: f.text, value: f.value, unit: f.unit })), changes } : {}),
  });
  await tx.done;
  announceLibraryChange();
  return changes;
}

export async function removeFromLibrary(db: ReferenceDb, docId: string): Promise<void> {
  const tx = db.transaction(['libraryDocuments', 'libraryFigures', 'libraryHistory'], 'readwrite', { durability: 'relaxed' });
  const figures = unwrap(tx.objectStore('libraryFigures'));
  const [doc, stale] = await Promise.all([tx.objectStore('libraryDocuments').get(docId), rowKeysOf(figures, [docId])]);
  for (const key of stale) figures.delete(key);
  unwrap(tx.objectStore('libraryDocuments')).delete(docId);
  unwrap(tx.objectStore('libraryHistory')).add({ docId, action: 'removed', at: new Date().toISOString(), title: doc?.title ?? null, url: doc?.url ?? null });
  await tx.done;
  announceLibraryChange();
}

export async function listLibrary(db: ReferenceDb): Promise<RefDocument[]> {
  return db.getAll('libraryDocuments');
}
