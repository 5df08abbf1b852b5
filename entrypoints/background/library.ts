// "Add this page to my library", from the content script: the page's text, metadata and
// figures become a library document. (The options page manages the library itself.)
import { addToLibrary, libraryEntryFromPage } from '@/lib/dataset/library';
import type { PagePayload } from '@/lib/messages';
import { acceptedCanonical, pageKey } from '@/lib/sites/canonical';
import { forgetLibraryState, referenceDb } from './reference';

/**
 * `senderUrl` is the address of the tab that asked, from the browser, not from the page: the
 * entry is keyed by it, and the page's canonical URL is kept only when it is on the same site.
 */
export async function addPage(page: PagePayload, campaign: string | null, senderUrl: string) {
  const db = await referenceDb();
  const url = acceptedCanonical(page.meta.url, senderUrl) ?? pageKey(senderUrl);
  const entry = libraryEntryFromPage({ text: page.text, meta: { ...page.meta, url }, figures: page.figures, campaign, key: pageKey(senderUrl) });
  const existed = (await db.get('libraryDocuments', entry.document.id)) !== undefined;
  const changes = await addToLibrary(db, entry);
  forgetLibraryState();
  return { ok: true, docId: entry.document.id, updated: existed, figures: entry.figures.length, changes };
}
