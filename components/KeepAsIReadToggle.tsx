// "Keep as I read" (lib/keep-setting.ts): off by default; the background does the keeping.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KEEP_AS_I_READ_KEY, parseKeepAsIRead } from '@/lib/keep-setting';
import { type Lang, t } from '@/lib/i18n';

export function KeepAsIReadToggle({ lang }: { lang: Lang }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.storage.local.get(KEEP_AS_I_READ_KEY).then((stored) => setOn(parseKeepAsIRead(stored[KEEP_AS_I_READ_KEY])));
  }, []);
  if (on === null) return null;
  return (
    <div class="keep-as-read">
      <label class="switch">
        <input
          type="checkbox"
          name="keep-as-i-read"
          checked={on}
          aria-describedby="keep-as-i-read-help"
          onChange={(e) => {
            const next = (e.currentTarget as HTMLInputElement).checked;
            setOn(next);
            void browser.storage.local.set({ [KEEP_AS_I_READ_KEY]: next });
          }}
        />
        {t(lang, 'keepAsIRead')}
      </label>
      <p class="muted" id="keep-as-i-read-help">
        {t(lang, 'keepAsIReadHelp')}
      </p>
    </div>
  );
}
