// Publication dates that some templates keep only in an inline script (`var publishTime =
// "2021-12-27 11:47:22"`, `"pubDate":"…"`, `ptime: '…'`), for pages that show none in markup.
import { normalizeIsoDate } from './meta-text';

const SCRIPT_DATE =
  /\b(?:publish_?time|pub_?time|pub_?date|publish_?date|ptime|datePublished|releaseDate|createTime|newsTime)["']?\s*[:=]\s*["'](\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)["']/i;
/** Scripts longer than this are libraries, not a page's settings. */
const MAX_SCRIPT = 20_000;

export function dateInScripts(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 60)) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT) continue;
    const m = SCRIPT_DATE.exec(raw);
    if (m) {
      const iso = m[1]!.replace(/\//g, '-').replace(/-(\d)(?=-|\b)/g, '-0$1');
      const date = normalizeIsoDate(iso);
      if (date) return date;
    }
  }
  return null;
}
