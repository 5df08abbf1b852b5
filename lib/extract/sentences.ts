import type { Span } from '../types';
import { CHAR_CLASS, SENTENCE_BREAK, isSpace } from './text-classes';

/**
 * Finds the sentence around each position. Positions must be asked in ascending order (as figures
 * are found), which keeps the whole walk linear in the text length however many figures it holds.
 */
export class SentenceLocator {
  private start = 0;
  private end = -1;
  private scanned = 0; // all breaks before this offset are known
  private lastBreakEnd = 0; // offset after the last break seen before `scanned`

  constructor(private readonly text: string) {}

  spanAt(pos: number): Span {
    if (pos >= this.start && pos < this.end) return { start: this.start, end: this.end };
    const { text } = this;
    for (let k = this.scanned; k < pos; k++) if (CHAR_CLASS[text.charCodeAt(k)]! & SENTENCE_BREAK) this.lastBreakEnd = k + 1;
    this.scanned = Math.max(this.scanned, pos);
    let end = pos;
    while (end < text.length && !(CHAR_CLASS[text.charCodeAt(end)]! & SENTENCE_BREAK)) end++;
    // keep the closing punctuation (and a closing quote after it) with the sentence
    if (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (text[end] === '”' || text[end] === '’') end++;
    let start = this.lastBreakEnd;
    while (start < pos && (isSpace(text[start]) || text[start] === '\n' || text[start] === '\r')) start++;
    this.start = start;
    this.end = Math.max(end, pos + 1);
    return { start: this.start, end: this.end };
  }
}
