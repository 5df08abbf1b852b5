// "Add this page to my library", from the content script: the page's text, metadata and
// figures become a library document. (The options page manages the library itself.)
import { addToLibrary, libraryEntryFromPage } from '@/lib/dataset/library';
import type { PagePayload } from '@/lib/messages';
import { referenceDb } from './reference';

export async function addPage(page: PagePayload, campaign: string | null) {
  const db = await referenceDb();
  const entry = libraryEntryFromPage({ text: page.text, meta: { ...page.meta, url: page.meta.url ?? page.url }, figures: page.figures, campaign });
  const existed = (await db.get('libraryDocuments', entry.document.id)) !== undefined;
  const changes = await addToLibrary(db, entry);
  return { ok: true, docId: entry.document.id, updated: existed, figures: entry.figures.length, changes };
}
