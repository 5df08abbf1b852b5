// The options page: the reader's library (list, search, remove with undo, export, import)
// and where the extension runs by itself.
import { render } from 'preact';
import { LibraryManager } from '@/components/LibraryManager';
import { SiteSettingsPanel } from '@/components/SiteSettingsPanel';
import { PAGE_CSS } from '@/components/styles';
import { pickLang } from '@/lib/i18n';

const lang = pickLang(navigator.languages);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const style = document.createElement('style');
style.textContent = PAGE_CSS + 'main { max-width: 960px; margin: 0 auto; } table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e4e4e4; }';
document.head.append(style);

render(
  <main>
    <LibraryManager lang={lang} />
    <SiteSettingsPanel lang={lang} />
  </main>,
  document.getElementById('app')!,
);
