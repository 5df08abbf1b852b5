// The gate on the reader's own sites follows the browser's grants: registered when a site is
// granted, its matches updated when the grants change, removed when none is left.
import { describe, expect, it } from 'vitest';
import { EXTRA_SITES_GATE_ID, syncExtraSites, type ExtraSitesApi } from '@/entrypoints/background/extra-sites';
import { NEWS_SITE_PATTERNS } from '@/lib/news-sites';

/** The browser's grants and registered scripts, kept in memory, with the calls made on them. */
function browserWith(origins: string[]) {
  const registered = new Map<string, { id: string; matches: string[]; js: string[]; runAt: string }>();
  const calls: string[] = [];
  const api: ExtraSitesApi = {
    permissions: { getAll: async () => ({ origins: [...origins] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => [...registered.values()].filter((s) => ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        calls.push('register');
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts) => {
        calls.push('update');
        for (const s of scripts) registered.set(s.id, s);
      },
      unregisterContentScripts: async ({ ids }) => {
        calls.push('unregister');
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { api, registered, calls, grant: (o: string[]) => origins.splice(0, origins.length, ...o) };
}

describe('the gate on the sites the reader added', () => {
  it('is not registered while only the listed news sites are granted', async () => {
    const b = browserWith([...NEWS_SITE_PATTERNS]);
    expect(await syncExtraSites(b.api)).toEqual([]);
    expect(b.registered.size).toBe(0);
    expect(b.calls).toEqual([]);
  });

  it('is registered on a granted site, updated when another is granted, and removed when the last is revoked', async () => {
    const b = browserWith([...NEWS_SITE_PATTERNS, '*://*.zhengzhou.gov.cn/*']);
    expect(await syncExtraSites(b.api)).toEqual(['zhengzhou.gov.cn']);
    expect(b.registered.get(EXTRA_SITES_GATE_ID)).toEqual({ id: EXTRA_SITES_GATE_ID, matches: ['*://*.zhengzhou.gov.cn/*'], js: ['gate.js'], runAt: 'document_idle' });

    b.grant([...NEWS_SITE_PATTERNS, '*://*.zhengzhou.gov.cn/*', '*://*.xinxiang.gov.cn/*']);
    await syncExtraSites(b.api);
    expect(b.registered.get(EXTRA_SITES_GATE_ID)?.matches).toEqual(['*://*.xinxiang.gov.cn/*', '*://*.zhengzhou.gov.cn/*']);

    b.grant([...NEWS_SITE_PATTERNS]);
    await syncExtraSites(b.api);
    expect(b.registered.size).toBe(0);
    expect(b.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('is brought in line again when the browser starts with it registered (no duplicate registration)', async () => {
    const b = browserWith(['*://*.gov.cn/*']);
    await syncExtraSites(b.api);
    await syncExtraSites(b.api);
    expect(b.calls).toEqual(['register', 'update']);
    expect(b.registered.get(EXTRA_SITES_GATE_ID)?.matches).toEqual(['*://*.gov.cn/*']);
  });
});
