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
  db ??= openReferenceDb().catch((e: unknown) => {
    db = null;
    throw e;
  });
  return db;
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
