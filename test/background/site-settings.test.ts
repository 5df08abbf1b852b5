// The background's copy of the reader's site settings, which decides whether a gate gets the engine:
// read from storage once, then kept current by storage.onChanged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SITE_SETTINGS_KEY } from '@/lib/site-settings';

async function freshModule() {
  vi.resetModules();
  return import('@/entrypoints/background/site-settings');
}

describe('whether the extension runs by itself on a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('runs on every listed site by default, and never on an address it cannot read', async () => {
    const { runsByItselfOn } = await freshModule();
    expect(await runsByItselfOn('http://hn.china.com/news/1.html')).toBe(true);
    expect(await runsByItselfOn('not a url')).toBe(false);
    expect(await runsByItselfOn(undefined)).toBe(false);
  });

  it('reads the sites the reader turned off', async () => {
    await fakeBrowser.storage.local.set({ [SITE_SETTINGS_KEY]: { mode: 'listed', disabled: ['china.com'], allowed: [] } });
    const { runsByItselfOn } = await freshModule();
    expect(await runsByItselfOn('http://hn.china.com/news/1.html')).toBe(false);
    expect(await runsByItselfOn('http://zzrb.zynews.cn/html/1.htm')).toBe(true);
  });

  it('follows a change made while the worker runs', async () => {
    const { runsByItselfOn, watchSiteSettings } = await freshModule();
    watchSiteSettings();
    expect(await runsByItselfOn('http://news.dahe.cn/a.html')).toBe(true);
    await fakeBrowser.storage.local.set({ [SITE_SETTINGS_KEY]: { mode: 'allow-list', disabled: [], allowed: ['zynews.cn'] } });
    expect(await runsByItselfOn('http://news.dahe.cn/a.html')).toBe(false);
    expect(await runsByItselfOn('http://zzrb.zynews.cn/html/1.htm')).toBe(true);
    await fakeBrowser.storage.local.set({ [SITE_SETTINGS_KEY]: { mode: 'listed', disabled: [], allowed: [] } });
    expect(await runsByItselfOn('http://news.dahe.cn/a.html')).toBe(true);
  });
});
