// "Turn off on this site" in the popup: the quick way to silence the extension on one site.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostCoveredBy, isSiteEnabled, normalizeHost, withSite, type SiteSettings } from '@/lib/site-settings';
import { type Lang } from '@/lib/i18n';
import { loadSiteSettings, saveSiteSettings } from './SiteSettingsPanel';

const TEXT = {
  off: { zh: '在此网站关闭', en: 'Turn off on this site' },
  on: { zh: '在此网站重新开启', en: 'Turn on again on this site' },
  reload: { zh: '重新加载页面后生效。', en: 'Takes effect when the page reloads.' },
} as const;

export function SiteToggle({ tabId, lang }: { tabId: number; lang: Lang }) {
  const [host, setHost] = useState<string | null>(null);
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    void (async () => {
      const tab = await browser.tabs.get(tabId);
      setHost(tab.url ? normalizeHost(tab.url) : null);
      setSettings(await loadSiteSettings());
    })();
  }, [tabId]);
  if (!host || !settings) return null;
  const enabled = isSiteEnabled(settings, host);
  const toggle = async () => {
    // Turning on removes every entry that covers this host (china.com turns hn.china.com off too).
    const next = enabled
      ? withSite(settings, 'disabled', host, true)
      : { ...settings, disabled: settings.disabled.filter((s) => !hostCoveredBy(host, s)) };
    await saveSiteSettings(next);
    setSettings(next);
    setChanged(true);
  };
  return (
    <p class="site-toggle actions">
      <button type="button" class="btn" name="site-toggle" onClick={() => void toggle()}>
        {enabled ? TEXT.off[lang] : TEXT.on[lang]}
      </button>
      <span class="muted">
        {host}
        {changed ? ` — ${TEXT.reload[lang]}` : ''}
      </span>
    </p>
  );
}
