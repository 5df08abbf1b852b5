// Checks against the bundled dataset only, the user's library only, or both: the summary's switch.
import type { ReferenceLookup } from './lookup';
import type { ReferenceScope } from '../messages';
import { isLibraryDocumentId } from './library-id';

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
