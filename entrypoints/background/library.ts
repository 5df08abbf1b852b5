// The user's own library, as the background serves it to the content script (add this page)
// and to the options page (list, remove, export, import). All writes go through here: one
// place opens the database.
import { addToLibrary, libraryEntryFromPage, listLibrary, removeFromLibrary } from '@/lib/dataset/library';
import { checkLibraryFile, exportLibrary, importLibrary } from '@/lib/dataset/library-file';
import type { PagePayload } from '@/lib/messages';
import { referenceDb } from './reference';

export async function addPage(page: PagePayload, campaign: string | null) {
  const db = await referenceDb();
  const entry = libraryEntryFromPage({ text: page.text, meta: { ...page.meta, url: page.meta.url ?? page.url }, figures: page.figures, campaign });
  const existed = (await db.get('libraryDocuments', entry.document.id)) !== undefined;
  await addToLibrary(db, entry);
  return { ok: true, docId: entry.document.id, updated: existed, figures: entry.figures.length };
}

export async function listDocuments() {
  return { ok: true, documents: await listLibrary(await referenceDb()) };
}

export async function removeDocument(docId: string) {
  await removeFromLibrary(await referenceDb(), docId);
  return { ok: true };
}

export async function exportFile() {
  return { ok: true, file: await exportLibrary(await referenceDb()) };
}

export async function importFile(data: unknown) {
  const checked = checkLibraryFile(data);
  if (!checked.ok) return { ok: false, error: checked.error };
  return { ok: true, ...(await importLibrary(await referenceDb(), checked.file)) };
}
