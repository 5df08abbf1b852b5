// Checks every figure of a page: the checks that need only the page, and the same metric in
// the reference dataset and the user's library, fetched in one batched lookup per page.
import { quoteFor } from '../dataset/assemble';
import { textFingerprint } from '../dataset/hash';
import type { ReferenceLookup } from '../dataset/lookup';
import { metricKeys } from '../dataset/metric';
import type { RefDocument, RefFigure } from '../dataset/schema';
import type { ArticleMeta, CheckResult, Figure } from '../types';
import { buildArticleModel } from '../article-model';
import { findRelations, type Relation } from '../relations';
import { CHECKS } from './checks';
import type { CheckContext } from './context';

export type { Check, CheckContext } from './context';
export { CHECKS } from './checks';

export interface PageInput {
  text: string;
  figures: Figure[];
  meta: ArticleMeta;
}

/** Query parameters that say how a reader came to a page, not which page it is. */
const TRACKING_PARAM = /^(?:utm_.*|spm|from|fbclid|gclid)$/i;

/** `http://www.x.cn/a/b.html?id=7&utm_source=wx#top` and `https://x.cn/a/b.html?id=7` are the same
 * page; `show.aspx?id=1` and `show.aspx?id=2` are not. The remaining parameters are sorted. */
export function normalizeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^(?:[a-z]+:)?\/\/(?:www\.)?([^/?#]+)([^?#]*)(?:\?([^#]*))?/i.exec(url.trim());
  if (!m) return url.trim();
  const params = (m[3] ?? '')
    .split('&')
    .filter((p) => p !== '' && !TRACKING_PARAM.test(p.split('=', 1)[0]!))
    .sort();
  return `${m[1]!.toLowerCase()}${m[2]!.replace(/\/+$/, '')}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** A reference document that is this very page (same URL or same text) is not evidence. */
function isSamePage(doc: RefDocument, pageUrl: string | null, pageHash: string): boolean {
  return (pageUrl !== null && normalizeUrl(doc.url) === pageUrl) || doc.textHash === pageHash;
}


async function gatherReferences(input: PageInput, lookup: ReferenceLookup): Promise<Pick<CheckContext, 'references' | 'documents'>> {
  const keys = new Set<string>();
  for (const f of input.figures) {
    const k = metricKeys(f).labelKey;
    if (k) keys.add(k);
  }
  if (keys.size === 0) return { references: new Map(), documents: new Map() };
  const found = await lookup.findByLabelKeys([...keys]);
  const docs = await lookup.getDocuments([...new Set(found.map((f) => f.docId))]);
  const pageUrl = normalizeUrl(input.meta.url);
  const pageHash = textFingerprint(input.text);
  const documents = new Map(docs.filter((d) => !isSamePage(d, pageUrl, pageHash)).map((d) => [d.id, d]));
  // A reference figure quoted from the very sentence this page has was copied from it, or into
  // it: not independent evidence. (Quotes are cut the same way on both sides.)
  const pageQuotes = new Set(input.figures.map((f) => quoteFor(input.text, f)));
  const references = new Map<string, RefFigure[]>();
  for (const ref of found) {
    if (!documents.has(ref.docId) || pageQuotes.has(ref.quote)) continue;
    const list = references.get(ref.labelKey);
    if (list) list.push(ref);
    else references.set(ref.labelKey, [ref]);
  }
  return { references, documents };
}

/** Why a page has no comparisons although a lookup was given: reading the references failed. */
export const LOOKUP_FAILED =
  'The reference figures could not be read: the checks within the page ran, the comparisons with other reports did not.';

/**
 * A lookup that throws (storage wiped, connection closed) costs the comparisons only: the checks
 * within the page still run, and `onLookupError` gets the reason for the reader.
 */
export async function checkPage(input: PageInput, lookup: ReferenceLookup | null, onLookupError?: (reason: string) => void): Promise<CheckResult[]> {
  const none: Pick<CheckContext, 'references' | 'documents'> = { references: new Map(), documents: new Map() };
  // The lookup (IndexedDB, or a worker still reading its data) works while the checks within the
  // page run; the checks that read its answer run after it.
  const gathering = lookup
    ? gatherReferences(input, lookup).catch((e: unknown) => {
        onLookupError?.(`${LOOKUP_FAILED} (${e instanceof Error ? e.message : String(e)})`);
        return none;
      })
    : null;
  let relations: Relation[] | null = null;
  const ctx: CheckContext = {
    text: input.text,
    figures: input.figures,
    meta: input.meta,
    ...none,
    relations: () => (relations ??= findRelations(input.text, input.figures, buildArticleModel(input.text))),
  };
  const byCheck: CheckResult[][] = CHECKS.map((check) => (check.readsReferences ? [] : check.run(ctx)));
  const refs = gathering ? await gathering : none;
  CHECKS.forEach((check, i) => {
    if (check.readsReferences) byCheck[i] = check.run({ ...ctx, ...refs });
  });
  return byCheck.flat();
}
