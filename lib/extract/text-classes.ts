// Character classes shared by the extraction rules.

/** Bit flags per UTF-16 code unit: a table lookup is the cheapest test in the scanning loops. */
export const CLAUSE_BREAK = 1;
export const SENTENCE_BREAK = 2;
export const SEMICOLON = 4;
export const PARAGRAPH_BREAK = 8;
/** Punctuation between the items of a clause list: where a clause's own words begin. */
export const LIST_MARK = 16;
export const CHAR_CLASS = new Uint8Array(0x10000);
/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_BREAK_CHARS = '，,、；;：:。！？!?\n\r（）()【】[]…—';
for (const ch of CLAUSE_BREAK_CHARS) CHAR_CLASS[ch.charCodeAt(0)]! |= CLAUSE_BREAK;
/** Punctuation that ends a sentence. */
export const SENTENCE_BREAK_CHARS = '。！？!?\n\r';
/** Semicolons: they end the parts of a clause list within a sentence. */
export const SEMICOLON_CHARS = '；;';
for (const ch of SENTENCE_BREAK_CHARS) CHAR_CLASS[ch.charCodeAt(0)]! |= SENTENCE_BREAK;
for (const ch of SEMICOLON_CHARS) CHAR_CLASS[ch.charCodeAt(0)]! |= SEMICOLON;
for (const ch of '\n\r') CHAR_CLASS[ch.charCodeAt(0)]! |= PARAGRAPH_BREAK;
for (const ch of '，,、；;：:') CHAR_CLASS[ch.charCodeAt(0)]! |= LIST_MARK;

export function isClauseBreak(ch: string | undefined): boolean {
  return ch === undefined || (CHAR_CLASS[ch.charCodeAt(0)]! & CLAUSE_BREAK) !== 0;
}

export function isSentenceBreak(ch: string | undefined): boolean {
  return ch !== undefined && (CHAR_CLASS[ch.charCodeAt(0)]! & SENTENCE_BREAK) !== 0;
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u3000' || ch === '\t';
}

export const OPENING_QUOTES = new Set([...'“「『《‘"']);
export const CLOSING_QUOTES = new Set([...'”」』》’"']);

/** True if `text` has `word` ending exactly at `end`. */
export function endsWithAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}
