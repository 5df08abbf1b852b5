// "Keep as I read" in the background: after a page's checks (so that the page is never evidence for
// itself), a campaign article on a site where the extension runs by itself is added to the library.
// The campaign is the background's own recognition of the page's text, never the page's word for it.
import { browser } from 'wxt/browser';
import { KEEP_AS_I_READ_KEY, parseKeepAsIRead } from '@/lib/keep-setting';
import type { PagePayload } from '@/lib/messages';
import type { Recognition } from '@/lib/types';
import { addPage } from './library';
import { runsByItselfOn } from './site-settings';

let keep: Promise<boolean> | null = null;

/** Registered when the worker starts: a change made while it runs replaces what it keeps. */
export function watchKeepAsIRead(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEEP_AS_I_READ_KEY in changes) keep = Promise.resolve(parseKeepAsIRead(changes[KEEP_AS_I_READ_KEY]?.newValue));
  });
}

function keepAsIRead(): Promise<boolean> {
  keep ??= browser.storage.local
    .get(KEEP_AS_I_READ_KEY)
    .then((stored) => parseKeepAsIRead(stored[KEEP_AS_I_READ_KEY]))
    .catch(() => false);
  return keep;
}

/** Adds the checked page to the library when the reader asked for it; says whether it did. */
export async function keepIfWanted(page: PagePayload, recognition: Recognition, senderUrl: string): Promise<boolean> {
  if (!recognition.isCampaign || !(await keepAsIRead()) || !(await runsByItselfOn(senderUrl))) return false;
  const added = await addPage(page, recognition.campaigns[0]?.id ?? null, senderUrl);
  return added.ok;
}
