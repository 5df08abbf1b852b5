// Extraction of a long text in pieces, yielding between them so that a page of several
// megabytes never blocks its tab for long. Pieces end at line breaks where possible: a figure,
// its label and its sentence do not cross a paragraph, so the result equals one pass.
import type { Figure } from './types';

export interface ChunkOptions {
  /** Characters per piece; about 10 ms of work each at the extractor's speed. */
  chunkChars?: number;
  /** Called between pieces; resolves when the page has had its turn. */
  yieldToPage?: () => Promise<void>;
}

const SENTENCE_END = /[。！？；!?;]/g;

/** Where to cut `text` into pieces of at most about `size` characters: after a line break where
 * one is near, else after a sentence end, else (one endless run of characters) at the limit. */
export function chunkBoundaries(text: string, size: number): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > size) {
    const limit = from + size;
    let cut = text.lastIndexOf('\n', limit) + 1;
    if (cut <= from + size / 4) cut = lastSentenceEnd(text, from + size / 4, limit);
    if (cut <= from) cut = limit;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

function lastSentenceEnd(text: string, from: number, limit: number): number {
  let last = -1;
  SENTENCE_END.lastIndex = Math.floor(from);
  for (let m = SENTENCE_END.exec(text); m && m.index < limit; m = SENTENCE_END.exec(text)) last = m.index + 1;
  return last;
}

export async function extractInChunks(
  text: string,
  extract: (text: string) => Figure[],
  { chunkChars = 10_000, yieldToPage }: ChunkOptions = {},
): Promise<Figure[]> {
  const cuts = chunkBoundaries(text, chunkChars);
  const figures: Figure[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const offset = cuts[i]!;
    for (const f of extract(text.slice(offset, cuts[i + 1]))) {
      figures.push({
        ...f,
        id: `f${figures.length}`,
        start: f.start + offset,
        end: f.end + offset,
        numberStart: f.numberStart + offset,
        numberEnd: f.numberEnd + offset,
        sentence: { start: f.sentence.start + offset, end: f.sentence.end + offset },
      });
    }
    if (yieldToPage && i + 2 < cuts.length) await yieldToPage();
  }
  return figures;
}
