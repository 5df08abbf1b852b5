// Sites beyond the listed news sites (./news-sites.ts) where the reader lets the extension run by
// itself — a government portal, a city paper. Each is a host permission the reader grants at run
// time from the options page, never one asked at install; the browser keeps the grants (the reader
// may revoke one in the browser's own settings too), and the background registers the gate on
// the granted sites (entrypoints/background/extra-sites.ts).
import { NEWS_SITE_PATTERNS } from './news-sites';
import { hostCoveredBy, normalizeHost } from './site-settings';

/** A site as it is granted: the host and its subdomains, over http and https. */
export function sitePattern(host: string): string {
  return `*://*.${host}/*`;
}

const SITE_PATTERN = /^\*:\/\/\*\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

/** What a reader typed as a site to add (`www.gov.cn`, `https://www.zhengzhou.gov.cn/news/1.html`,
 * `gov.cn`), as a host name; null when it is none, or a top-level domain alone (`cn`). */
export function extraSiteHost(input: string): string | null {
  const host = normalizeHost(input);
  return host && SITE_PATTERN.test(sitePattern(host)) ? host : null;
}

/** Whether the listed news sites already cover the host (no grant to ask for). */
export function isListedSite(host: string): boolean {
  return NEWS_SITE_PATTERNS.some((p) => {
    const site = SITE_PATTERN.exec(p)?.[1];
    return site !== undefined && hostCoveredBy(host, site);
  });
}

/** The reader's own sites among the granted host patterns, as host names, sorted: what the
 * browser granted beyond the listed news sites, in the form this extension asks for. */
export function extraSites(granted: readonly string[]): string[] {
  const hosts = granted.filter((p) => !NEWS_SITE_PATTERNS.includes(p)).map((p) => SITE_PATTERN.exec(p)?.[1]);
  return [...new Set(hosts.filter((h): h is string => h !== undefined))].sort();
}
