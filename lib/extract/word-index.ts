/**
 * A set of words looked up by their first (or last) character, so that "does a word of the list
 * start here?" costs a few comparisons however long the list is.
 */
export class WordIndex {
  private readonly byStart = new Map<string, string[]>();
  private readonly byEnd = new Map<string, string[]>();

  constructor(words: readonly string[]) {
    for (const w of new Set(words)) {
      if (w.length === 0) continue;
      push(this.byStart, w[0]!, w);
      push(this.byEnd, w[w.length - 1]!, w);
    }
    for (const list of this.byStart.values()) list.sort((a, b) => b.length - a.length);
    for (const list of this.byEnd.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word of the set that starts at `i`, or null. */
  startingAt(text: string, i: number): string | null {
    const list = this.byStart.get(text[i] ?? '');
    if (!list) return null;
    for (const w of list) if (text.startsWith(w, i)) return w;
    return null;
  }

  /** The longest word of the set that ends just before `end`, or null. */
  endingAt(text: string, end: number): string | null {
    const list = this.byEnd.get(text[end - 1] ?? '');
    if (!list) return null;
    for (const w of list) if (end >= w.length && text.startsWith(w, end - w.length)) return w;
    return null;
  }
}

function push(map: Map<string, string[]>, key: string, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}
