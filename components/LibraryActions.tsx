// The summary's link to the reader's library: keep this page, choose what the checks compare with.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REFERENCE_SCOPES } from '@/lib/enums';
import type { PageSummary, ReferenceScope } from '@/lib/messages';
import { type Lang, libraryAddMessage, t } from '@/lib/i18n';
import { addTabToLibrary } from './tab-client';

export function LibraryActions({ summary, tabId, lang, onScope }: { summary: PageSummary; tabId: number; lang: Lang; onScope(scope: ReferenceScope): void }) {
  const [status, setStatus] = useState('');
  return (
    <section class="library-actions actions">
      <button
        type="button"
        class="btn"
        name="add-to-library"
        onClick={async () => {
          setStatus(libraryAddMessage(lang, await addTabToLibrary(tabId)));
        }}
      >
        {t(lang, 'addToLibrary')}
      </button>
      <label class="muted">
        {t(lang, 'reference')}{' '}
        <select class="field" name="scope" value={summary.scope} onChange={(e) => onScope((e.currentTarget as HTMLSelectElement).value as ReferenceScope)}>
          {REFERENCE_SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(lang, `scope_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" name="manage-library" class="btn btn-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'manageLibrary')}
      </button>
      <span class="status-line" aria-live="polite">
        {status}
      </span>
    </section>
  );
}
