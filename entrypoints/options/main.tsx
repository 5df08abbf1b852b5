// The options page: the reader's library (list, search, remove with undo, export, import)
// "keep as I read", and where the extension runs by itself.
import { render } from 'preact';
import { KeepAsIReadToggle } from '@/components/KeepAsIReadToggle';
import { LibraryManager } from '@/components/LibraryManager';
import { SiteSettingsPanel } from '@/components/SiteSettingsPanel';
import { setUpPage } from '@/components/page-setup';

const lang = setUpPage('main { max-width: 960px; margin: 0 auto; padding: var(--fc-space-5) var(--fc-space-4); } h1 { font-size: var(--fc-text-xl); }');

render(
  <main>
    <LibraryManager lang={lang} />
    <KeepAsIReadToggle lang={lang} />
    <SiteSettingsPanel lang={lang} />
  </main>,
  document.getElementById('app')!,
);
