// The reader's own sites (lib/extra-sites.ts): each added by a host permission the browser asks
// the reader to grant, right from the click that adds it; removed by giving the grant back. The
// list is what the browser has granted, so a grant revoked in the browser's settings leaves it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { extraSiteHost, extraSites, isListedSite, sitePattern } from '@/lib/extra-sites';
import { withSite, type SiteSettings } from '@/lib/site-settings';
import { HostListEditor } from './HostListEditor';
import type { Lang } from '@/lib/i18n';

const TEXT = {
  title: { zh: '我添加的网站', en: 'Sites I added' },
  explain: {
    zh: '在政府网站、城市报纸等其他网站上也自动运行。添加时浏览器会请求读取该网站（及其子域名）页面的权限。',
    en: 'Run by itself on other sites too, such as government portals and city papers. Adding one asks the browser for access to that site (and its subdomains).',
  },
  add: { zh: '添加网站', en: 'Add site' },
  remove: { zh: '移除', en: 'Remove' },
  none: { zh: '尚未添加网站。', en: 'No site added yet.' },
  badHost: { zh: '不是有效的网站地址（例如 www.zhengzhou.gov.cn 或 gov.cn）', en: 'Not a valid site address (for example www.zhengzhou.gov.cn or gov.cn)' },
  listed: { zh: '这是已支持的新闻网站，无需添加。', en: 'This is one of the supported news sites already.' },
  refused: { zh: '浏览器未授予权限，网站未添加。', en: 'The browser did not grant access; the site was not added.' },
  failed: { zh: '无法更改权限：', en: 'Could not change the permission: ' },
  added: { zh: '已添加：', en: 'Added: ' },
} as const;

async function grantedSites(): Promise<string[]> {
  return extraSites((await browser.permissions.getAll()).origins ?? []);
}

export function AddedSitesPanel({ lang, settings, onSettings }: { lang: Lang; settings: SiteSettings; onSettings(s: SiteSettings): void }) {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    const refresh = () => void grantedSites().then(setSites);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const add = async (input: string) => {
    const host = extraSiteHost(input);
    if (!host) return { text: TEXT.badHost[lang], error: true };
    if (isListedSite(host)) return { text: TEXT.listed[lang], error: false };
    try {
      // First thing in the submit's handler: the browser asks only during a user gesture.
      if (!(await browser.permissions.request({ origins: [sitePattern(host)] }))) return { text: TEXT.refused[lang], error: true };
    } catch (e) {
      return { text: TEXT.failed[lang] + (e instanceof Error ? e.message : String(e)), error: true };
    }
    setSites(await grantedSites());
    // Where the reader allows only some sites, the one just added is among them.
    if (settings.mode === 'allow-list') onSettings(withSite(settings, 'allowed', host, true));
    return { text: TEXT.added[lang] + host, error: false };
  };

  // The browser's own settings may revoke a grant too: the list follows permissions.onRemoved.
  const remove = (host: string) => void browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false).then(() => grantedSites().then(setSites));

  return (
    <fieldset data-list="added-sites">
      <legend>{TEXT.title[lang]}</legend>
      <p class="muted">{TEXT.explain[lang]}</p>
      <HostListEditor name="added-site" hosts={sites} addLabel={TEXT.add[lang]} removeLabel={TEXT.remove[lang]} placeholder="www.zhengzhou.gov.cn" empty={TEXT.none[lang]} onAdd={add} onRemove={remove} />
    </fieldset>
  );
}
