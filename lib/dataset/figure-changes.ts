// What changed between two versions of a kept article: figures that appeared, figures that are
// gone. A silently edited report shows up here (1559场次 became 1560场次: one gone, one new).
export interface FigureChanges {
  added: string[];
  removed: string[];
}

/** Compares figures as written; a repeated figure counts once per occurrence. */
export function figureChanges(previous: readonly { text: string }[], next: readonly { text: string }[]): FigureChanges {
  const counts = new Map<string, number>();
  for (const f of previous) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
  const added: string[] = [];
  for (const f of next) {
    const left = counts.get(f.text) ?? 0;
    if (left > 0) counts.set(f.text, left - 1);
    else added.push(f.text);
  }
  const removed = [...counts].flatMap(([text, n]) => Array<string>(n).fill(text));
  return { added, removed };
}
