// "In the page, mark only what needs attention": a page of a hundred grey highlights hides the
// few that matter. Stored for every page; open pages follow the change at once.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ATTENTION_ONLY_KEY, parseAttentionOnly } from '@/lib/display-settings';
import { type Lang, t } from '@/lib/i18n';

export function PageAttentionToggle({ lang }: { lang: Lang }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.storage.local.get(ATTENTION_ONLY_KEY).then((stored) => setOn(parseAttentionOnly(stored[ATTENTION_ONLY_KEY])));
  }, []);
  if (on === null) return null;
  return (
    <label class="switch page-attention">
      <input
        type="checkbox"
        name="page-attention-only"
        checked={on}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLInputElement).checked;
          setOn(next);
          void browser.storage.local.set({ [ATTENTION_ONLY_KEY]: next });
        }}
      />
      {t(lang, 'pageAttentionOnly')}
    </label>
  );
}
