// Where the extension runs by itself: every listed news site and every site the reader added, or
// only allowed sites; and the sites the reader turned off. Stored in extension storage, read by the content script.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_KEY, type SiteSettings, normalizeHost, parseSiteSettings, withSite } from '@/lib/site-settings';
import type { Lang } from '@/lib/i18n';
import { AddedSitesPanel } from './AddedSitesPanel';
import { HostListEditor } from './HostListEditor';

const TEXT = {
  title: { zh: '网站', en: 'Sites' },
  listed: { zh: '在支持的新闻网站和我添加的网站上自动运行', en: 'Run by itself on the supported news sites and the sites I added' },
  allowList: { zh: '只在我允许的网站上自动运行', en: 'Run by itself only on the sites I allow' },
  disabled: { zh: '已关闭的网站', en: 'Sites turned off' },
  allowed: { zh: '允许的网站', en: 'Allowed sites' },
  add: { zh: '添加', en: 'Add' },
  remove: { zh: '移除', en: 'Remove' },
  badHost: { zh: '不是有效的网站地址', en: 'Not a valid site address' },
  note: { zh: '在任何页面上点击工具栏按钮都可以手动核查。', en: 'The toolbar button checks any page on request.' },
} as const;

export async function loadSiteSettings(): Promise<SiteSettings> {
  const stored = await browser.storage.local.get(SITE_SETTINGS_KEY);
  return parseSiteSettings(stored[SITE_SETTINGS_KEY]);
}

export async function saveSiteSettings(settings: SiteSettings): Promise<void> {
  await browser.storage.local.set({ [SITE_SETTINGS_KEY]: settings });
}

function HostList({ list, settings, lang, onChange }: { list: 'disabled' | 'allowed'; settings: SiteSettings; lang: Lang; onChange(s: SiteSettings): void }) {
  return (
    <fieldset data-list={list}>
      <legend>{TEXT[list][lang]}</legend>
      <HostListEditor
        name={list}
        hosts={settings[list]}
        addLabel={TEXT.add[lang]}
        removeLabel={TEXT.remove[lang]}
        placeholder="news.example.cn"
        onAdd={(input) => {
          const host = normalizeHost(input);
          if (!host) return { text: TEXT.badHost[lang], error: true };
          onChange(withSite(settings, list, host, true));
          return null;
        }}
        onRemove={(host) => onChange(withSite(settings, list, host, false))}
      />
    </fieldset>
  );
}

export function SiteSettingsPanel({ lang }: { lang: Lang }) {
  const [settings, setSettings] = useState<SiteSettings>(DEFAULT_SITE_SETTINGS);
  useEffect(() => {
    void loadSiteSettings().then(setSettings);
  }, []);
  const change = (next: SiteSettings) => {
    setSettings(next);
    void saveSiteSettings(next);
  };
  return (
    <section class="sites">
      <h2>{TEXT.title[lang]}</h2>
      <label class="choice">
        <input type="radio" name="mode" value="listed" checked={settings.mode === 'listed'} onChange={() => change({ ...settings, mode: 'listed' })} /> {TEXT.listed[lang]}
      </label>
      <label class="choice">
        <input type="radio" name="mode" value="allow-list" checked={settings.mode === 'allow-list'} onChange={() => change({ ...settings, mode: 'allow-list' })} />{' '}
        {TEXT.allowList[lang]}
      </label>
      {settings.mode === 'allow-list' && <HostList list="allowed" settings={settings} lang={lang} onChange={change} />}
      <AddedSitesPanel lang={lang} settings={settings} onSettings={change} />
      <HostList list="disabled" settings={settings} lang={lang} onChange={change} />
      <p class="muted">{TEXT.note[lang]}</p>
    </section>
  );
}
