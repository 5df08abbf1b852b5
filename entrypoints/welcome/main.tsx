// The first-run page, opened once when the extension is installed (entrypoints/background).
import { render } from 'preact';
import { Welcome } from '@/components/Welcome';
import { setUpPage } from '@/components/page-setup';

const lang = setUpPage('main { max-width: 720px; margin: 0 auto; padding: var(--fc-space-5) var(--fc-space-4); } h1 { font-size: var(--fc-text-2xl); }');

render(
  <main>
    <Welcome lang={lang} />
  </main>,
  document.getElementById('app')!,
);
