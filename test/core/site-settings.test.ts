import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_SETTINGS, isSiteEnabled, normalizeHost, parseSiteSettings, withSite } from '@/lib/site-settings';

describe('where the extension runs by itself', () => {
  test.each([
    ['a listed site by default', DEFAULT_SITE_SETTINGS, 'hn.china.com', true],
    ['a site the reader turned off, with its subdomains', { ...DEFAULT_SITE_SETTINGS, disabled: ['china.com'] }, 'hn.china.com', false],
    ['a neighbour of a turned-off site', { ...DEFAULT_SITE_SETTINGS, disabled: ['china.com'] }, 'news.china.com.cn', true],
    ['a look-alike host is not a subdomain', { ...DEFAULT_SITE_SETTINGS, disabled: ['china.com'] }, 'evilchina.com', true],
    ['allow-list mode: an allowed site', { mode: 'allow-list', disabled: [], allowed: ['zynews.cn'] }, 'zzrb.zynews.cn', true],
    ['allow-list mode: any other site', { mode: 'allow-list', disabled: [], allowed: ['zynews.cn'] }, 'hn.china.com', false],
    ['turned off wins over allowed', { mode: 'allow-list', disabled: ['zynews.cn'], allowed: ['zynews.cn'] }, 'zynews.cn', false],
  ] as const)('%s', (_name, settings, host, expected) => {
    expect(isSiteEnabled({ ...settings, disabled: [...settings.disabled], allowed: [...settings.allowed] }, host)).toBe(expected);
  });
});

describe('settings read from storage', () => {
  test.each([
    ['nothing stored', undefined, DEFAULT_SITE_SETTINGS],
    ['a string', 'off', DEFAULT_SITE_SETTINGS],
    ['an unknown mode', { mode: 'everywhere', disabled: [], allowed: [] }, DEFAULT_SITE_SETTINGS],
    ['hosts that are not host names are dropped', { mode: 'listed', disabled: ['china.com', '<script>', 42, '*.x'], allowed: [] }, { mode: 'listed', disabled: ['china.com'], allowed: [] }],
  ])('%s', (_name, stored, expected) => {
    expect(parseSiteSettings(stored)).toEqual(expected);
  });
});

describe('what a reader types', () => {
  test.each([
    ['https://News.China.com/a/b.html', 'news.china.com'],
    ['www.zynews.cn', 'zynews.cn'],
    ['china.com/', 'china.com'],
    ['not a host!', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  test('adding and removing a site', () => {
    const on = withSite(DEFAULT_SITE_SETTINGS, 'disabled', 'china.com', true);
    expect(on.disabled).toEqual(['china.com']);
    expect(withSite(on, 'disabled', 'china.com', false).disabled).toEqual([]);
  });
});
