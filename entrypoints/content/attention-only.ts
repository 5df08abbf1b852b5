// The reader's "in the page, mark only what needs attention" (lib/display-settings.ts): read
// once, then followed as the popup or the side panel changes it.
import { browser } from 'wxt/browser';
import { ATTENTION_ONLY_KEY, parseAttentionOnly } from '@/lib/display-settings';
import { NEEDS_ATTENTION, VERDICT_ORDER } from '@/lib/verdicts';
import type { Highlighter } from './highlighter';

const CALM = new Set(VERDICT_ORDER.filter((v) => !NEEDS_ATTENTION.has(v)));

export function followAttentionOnly(highlighter: Highlighter, signal: AbortSignal): void {
  const apply = (value: unknown) => highlighter.hide(parseAttentionOnly(value) ? CALM : new Set());
  void browser.storage.local
    .get(ATTENTION_ONLY_KEY)
    .then((stored) => apply(stored[ATTENTION_ONLY_KEY]))
    .catch(() => undefined);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && ATTENTION_ONLY_KEY in changes) apply(changes[ATTENTION_ONLY_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
}
