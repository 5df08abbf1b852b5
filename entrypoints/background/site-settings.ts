// The reader's site settings as the background keeps them: read from storage once, then kept up to
// date by storage.onChanged, so that a gate's request for the engine is answered without another
// round trip to storage (the gate itself reads nothing: it stays small and fast).
import { browser } from 'wxt/browser';
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_KEY, isSiteEnabled, parseSiteSettings, type SiteSettings } from '@/lib/site-settings';

let settings: Promise<SiteSettings> | null = null;

/** Registered when the worker starts: a change made while it runs replaces what it keeps. */
export function watchSiteSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SITE_SETTINGS_KEY in changes) settings = Promise.resolve(parseSiteSettings(changes[SITE_SETTINGS_KEY]?.newValue));
  });
}

function siteSettings(): Promise<SiteSettings> {
  settings ??= browser.storage.local
    .get(SITE_SETTINGS_KEY)
    .then((stored) => parseSiteSettings(stored[SITE_SETTINGS_KEY]))
    .catch(() => DEFAULT_SITE_SETTINGS);
  return settings;
}

/** Whether the extension may run by itself on the page at `url` (an unreadable address: no). */
export async function runsByItselfOn(url: string | undefined): Promise<boolean> {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return false;
  }
  return isSiteEnabled(await siteSettings(), host);
}
