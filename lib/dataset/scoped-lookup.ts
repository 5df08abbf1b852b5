// Checks against the bundled dataset only, the user's library only, or both: the summary's
// switch. Library documents are the ones whose id has the library prefix (see library.ts).
import type { ReferenceLookup } from './lookup';
import type { ReferenceScope } from '../messages';

export const LIBRARY_ID_PREFIX = 'lib-';

export function isLibraryDocumentId(id: string): boolean {
  return id.startsWith(LIBRARY_ID_PREFIX);
}

export function scopedLookup(lookup: ReferenceLookup, scope: ReferenceScope): ReferenceLookup {
  if (scope === 'both') return lookup;
  const keep = (docId: string) => isLibraryDocumentId(docId) === (scope === 'library');
  return {
    async findByLabelKeys(keys) {
      return (await lookup.findByLabelKeys(keys)).filter((f) => keep(f.docId));
    },
    async getDocuments(ids) {
      return lookup.getDocuments(ids.filter(keep));
    },
  };
}
