// Library documents are told from bundled ones by their id alone: lookups route by it, imports
// refuse other ids, and the summary's reference switch filters by it.
export const LIBRARY_ID_PREFIX = 'lib-';

export function isLibraryDocumentId(id: string): boolean {
  return id.startsWith(LIBRARY_ID_PREFIX);
}
