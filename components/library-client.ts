// The options page works on the library's database directly: a newsroom library (100,000
// figures, tens of MB) is larger than one extension message may carry (64 MiB in Chromium).
// It opens the database with the same code as the background (same upgrade ladder), and
// every write is one transaction.
import { openReferenceDb, type ReferenceDb } from '@/lib/dataset/db';
import { listLibrary, removeFromLibrary } from '@/lib/dataset/library';
import { checkLibraryFile, exportLibrary, importLibrary, type LibraryFile } from '@/lib/dataset/library-file';
import type { RefDocument } from '@/lib/dataset/schema';

let db: Promise<ReferenceDb> | null = null;
function database(): Promise<ReferenceDb> {
  if (db) return db;
  // Dropped when its connection closes (a newer version opening, storage wiped): the next call
  // reopens instead of failing until the page reloads.
  const drop = () => {
    if (db === opening) db = null;
  };
  const opening = openReferenceDb(indexedDB, { onVersionChange: drop, onTerminated: drop }).catch((e: unknown) => {
    drop();
    throw e;
  });
  db = opening;
  return opening;
}

export const libraryClient = {
  list: async (): Promise<RefDocument[]> => listLibrary(await database()),
  remove: async (docId: string): Promise<void> => removeFromLibrary(await database(), docId),
  exportFile: async (): Promise<LibraryFile> => exportLibrary(await database()),
  /** Validates the whole file first; a refused file changes nothing. */
  importFile: async (data: unknown): Promise<{ documents: number; figures: number }> => {
    const checked = checkLibraryFile(data);
    if (!checked.ok) throw new Error(checked.error);
    return importLibrary(await database(), checked.file);
  },
};
