// How the page's highlights are shown: every figure, or only those that need attention
// (lib/verdicts.ts, NEEDS_ATTENTION). Kept in extension storage; the side panel and the popup
// write it, the content script reads it and follows its changes.
export const ATTENTION_ONLY_KEY = 'highlightAttentionOnly';

/** Anything but `true` in storage is the default: every figure highlighted. */
export function parseAttentionOnly(v: unknown): boolean {
  return v === true;
}
