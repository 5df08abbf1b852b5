// Where the extension runs by itself: on every listed news site (default) or only on the sites
// the reader allowed, never on the sites the reader turned off. An explicit request (toolbar,
// context menu) runs anywhere: the reader asked.
export interface SiteSettings {
  mode: 'listed' | 'allow-list';
  /** Host names the reader turned off (a site and its subdomains). */
  disabled: string[];
  /** Host names the reader allowed, used in allow-list mode. */
  allowed: string[];
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { mode: 'listed', disabled: [], allowed: [] };
export const SITE_SETTINGS_KEY = 'siteSettings';

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** `news.china.com` is covered by `china.com`, not by `a.china.com`. */
export function hostCoveredBy(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

export function isSiteEnabled(settings: SiteSettings, host: string): boolean {
  const h = host.toLowerCase();
  if (settings.disabled.some((s) => hostCoveredBy(h, s))) return false;
  return settings.mode === 'listed' || settings.allowed.some((s) => hostCoveredBy(h, s));
}

/** Reads settings from storage, keeping only what is well-formed; anything else is the default. */
export function parseSiteSettings(v: unknown): SiteSettings {
  if (!v || typeof v !== 'object') return DEFAULT_SITE_SETTINGS;
  const o = v as Record<string, unknown>;
  const hosts = (list: unknown) => (Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string' && HOST.test(h)).slice(0, 1_000) : []);
  return { mode: o.mode === 'allow-list' ? 'allow-list' : 'listed', disabled: hosts(o.disabled), allowed: hosts(o.allowed) };
}

/** Normalizes what a reader types (`https://News.China.com/x`, `china.com`) to a host name, or null. */
export function normalizeHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\/.*$/, '');
  return HOST.test(host) ? host : null;
}

export function withSite(settings: SiteSettings, list: 'disabled' | 'allowed', host: string, on: boolean): SiteSettings {
  const rest = settings[list].filter((h) => h !== host);
  return { ...settings, [list]: on ? [...rest, host].sort() : rest };
}
