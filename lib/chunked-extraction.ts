// Extraction of a long text in pieces, yielding between them so that a page of several
// megabytes never blocks its tab for long. Pieces start where the extractor starts a sentence (a
// figure, its label and its sentence never cross one), and a piece that starts inside a paragraph is
// read after the sentence that named the paragraph's actor, so the result equals one pass.
import type { Figure, Span } from './types';
import { CHAR_CLASS, PARAGRAPH_BREAK, SENTENCE_BREAK, isSpace } from './extract/text-classes';
import { arabicDigitAt, isChineseNumeralChar } from './numbers';

export interface ChunkOptions {
  /** Characters per piece; about 10 ms of work each at the extractor's speed. */
  chunkChars?: number;
  /** Called between pieces; resolves when the page has had its turn. */
  yieldToPage?: () => Promise<void>;
}

/** Where to cut `text` into pieces of about `size` characters: where the extractor starts a
 * sentence, after a line break if one is near, else after a sentence end mark before the limit, else
 * at the next one after it (a piece of up to four times the size), else at the limit. */
export function chunkBoundaries(text: string, size: number): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > size) {
    const limit = from + size;
    const near = from + size / 4;
    let cut = lastCut(text, near, limit, PARAGRAPH_BREAK);
    if (cut < 0) cut = lastCut(text, near, limit, SENTENCE_BREAK);
    for (let k = limit + 1; cut < 0 && k < Math.min(text.length, from + 4 * size); k++) if (startsSentence(text, k)) cut = k;
    if (cut < 0) cut = limit;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

function lastCut(text: string, from: number, limit: number, after: number): number {
  for (let k = limit; k > from; k--) if (CHAR_CLASS[text.charCodeAt(k - 1)]! & after && startsSentence(text, k)) return k;
  return -1;
}

/** Whether one pass over `text` starts a sentence at `k` and no figure spans it. Sentences end at
 * the extractor's own marks (extract/sentences.ts), a closing quote after the mark stays with the
 * sentence before, and a number before a line break may take its measure word from the next line. */
function startsSentence(text: string, k: number): boolean {
  if (k <= 0 || k >= text.length || text[k] === '”' || text[k] === '’') return false;
  if (!(CHAR_CLASS[text.charCodeAt(k - 1)]! & SENTENCE_BREAK)) return false;
  let j = k - 1;
  while (j >= 0 && (isSpace(text[j]) || CHAR_CLASS[text.charCodeAt(j)]! & PARAGRAPH_BREAK)) j--;
  return j < 0 || (arabicDigitAt(text, j) < 0 && !isChineseNumeralChar(text[j]!));
}

export async function extractInChunks(
  text: string,
  extract: (text: string) => Figure[],
  { chunkChars = 10_000, yieldToPage }: ChunkOptions = {},
): Promise<Figure[]> {
  const cuts = chunkBoundaries(text, chunkChars);
  const figures: Figure[] = [];
  // first figure of the current run: same subject, same paragraph (the extractor's topic)
  let runStart = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const offset = cuts[i]!;
    // The extractor keeps the actor named last as the subject until its paragraph ends: a piece that
    // starts inside a paragraph is read after the sentence that named it, then that sentence's figures dropped.
    const named = topicSentence(text, figures, runStart, offset);
    const prefix = named ? text.slice(named.start, named.end) : '';
    const shift = offset - prefix.length;
    for (const f of extract(prefix + text.slice(offset, cuts[i + 1]))) {
      if (f.numberStart < prefix.length) continue;
      const previous = figures[figures.length - 1];
      const figure: Figure = {
        ...f,
        id: `f${figures.length}`,
        start: f.start + shift,
        end: f.end + shift,
        numberStart: f.numberStart + shift,
        numberEnd: f.numberEnd + shift,
        sentence: { start: f.sentence.start + shift, end: f.sentence.end + shift },
      };
      if (!previous || previous.subject !== figure.subject || hasParagraphBreak(text, previous.numberStart, figure.numberStart)) {
        runStart = figures.length;
      }
      figures.push(figure);
    }
    if (yieldToPage && i + 2 < cuts.length) await yieldToPage();
  }
  return figures;
}

/** The sentence, up to its end mark, whose actor the figures after `cut` inherit in one pass; null if none. */
function topicSentence(text: string, figures: readonly Figure[], runStart: number, cut: number): Span | null {
  const last = figures[figures.length - 1];
  if (!last?.subject || hasParagraphBreak(text, last.numberStart, cut)) return null;
  // the run's first figure named its subject itself (a figure that inherits has the one before it)
  const namer = figures[runStart]!;
  let end = namer.numberStart;
  while (end < cut && !(CHAR_CLASS[text.charCodeAt(end)]! & SENTENCE_BREAK)) end++;
  return end < cut ? { start: namer.sentence.start, end: end + 1 } : null;
}

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CHAR_CLASS[text.charCodeAt(k)]! & PARAGRAPH_BREAK) return true;
  return false;
}
