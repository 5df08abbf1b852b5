// A page's canonical URL is the page's own claim: it is taken only when it resolves, against the
// page's address, to an http(s) URL on the same site. Otherwise a page could pose as another
// site's article (and overwrite or hide that article in the reader's library), and a relative
// canonical (`/a.html`) would name the same thing on every site.

// Public suffixes of more than one label that Chinese news and government sites use; a site is
// the label before its suffix (`people.com.cn`, `henan.gov.cn`, `zynews.cn`).
const TWO_LABEL_SUFFIXES = new Set(['com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn', 'mil.cn', 'com.hk', 'com.tw', 'org.hk', 'gov.hk', 'co.uk', 'co.jp', 'com.au']);

/** The registrable domain of a host name (`news.china.com` → `china.com`, `www.hn.gov.cn` → `hn.gov.cn`). */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[0-9.]+$/.test(hostname) || hostname.includes(':')) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LABEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** The canonical URL when it is the same site's, resolved against the page; otherwise null. */
export function acceptedCanonical(candidate: string | null | undefined, pageUrl: string): string | null {
  const page = parse(pageUrl);
  if (!candidate || !page) return null;
  const resolved = parse(candidate.trim(), page.href);
  if (!resolved || !/^https?:$/.test(resolved.protocol)) return null;
  // A saved page read from a file has no site to compare with: its canonical says where it was.
  if (page.protocol === 'file:') return /^https?:\/\//i.test(candidate.trim()) ? resolved.href : null;
  if (!/^https?:$/.test(page.protocol)) return null;
  return siteOf(resolved.hostname) === siteOf(page.hostname) ? resolved.href : null;
}

/** The page's own address without its fragment: what identifies it in the reader's library. */
export function pageKey(pageUrl: string): string {
  const page = parse(pageUrl);
  if (!page) return pageUrl;
  page.hash = '';
  return page.href;
}
