// The gate on the reader's own sites (lib/extra-sites.ts): one registered content script whose
// matches are the granted sites, brought in line with the browser's grants when the extension is
// installed or updated, when the browser starts, and whenever a grant is added or revoked.
import { browser } from 'wxt/browser';
import { extraSites, sitePattern } from '@/lib/extra-sites';
import { GATE_SCRIPT } from '@/entrypoints/content/stages';

export const EXTRA_SITES_GATE_ID = 'gate-on-added-sites';

/** The parts of the extension API this needs (the browser's own in the extension). */
export interface ExtraSitesApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: GateRegistration[]): Promise<unknown>;
    updateContentScripts(scripts: GateRegistration[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

interface GateRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
}

/** Registers, updates or removes the gate for the granted sites; returns the sites it runs on. */
export async function syncExtraSites(api: ExtraSitesApi = browser as unknown as ExtraSitesApi): Promise<string[]> {
  const sites = extraSites((await api.permissions.getAll()).origins ?? []);
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_GATE_ID] })).length > 0;
  if (sites.length === 0) {
    if (registered) await api.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_GATE_ID] });
    return sites;
  }
  // As the manifest declares the gate on the listed sites (wxt.config.ts).
  const gate: GateRegistration = { id: EXTRA_SITES_GATE_ID, matches: sites.map(sitePattern), js: [GATE_SCRIPT], runAt: 'document_idle' };
  await (registered ? api.scripting.updateContentScripts([gate]) : api.scripting.registerContentScripts([gate]));
  return sites;
}

export function watchExtraSites(): void {
  const sync = () => void syncExtraSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
