// Every change to the library, from whichever context made it (the background adds pages, the
// options page writes the database directly), is announced to whoever keeps in memory what the
// library holds (the background: whether it is empty, entrypoints/background/reference.ts).
const CHANNEL = 'figure-check-library';

export function announceLibraryChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` after each change announced; returns what stops listening. */
export function onLibraryChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
