// The paragraph structure of an article text: which lines are headings, credits (记者 … lines),
// and where one story ends and the next begins. Newspaper pages (several stories) and articles
// with an appended unrelated story are recognized section by section.

import type { Article, Span } from '../types';

export type ParagraphKind = 'heading' | 'credit' | 'body';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Section extends Span {
  /** The heading that opens the section, if any. */
  title: Span | null;
  /** First body paragraphs: where an article says what it is about. */
  lead: Span | null;
  paragraphs: Paragraph[];
}

const SENTENCE_END = /[。！？；!?;]/;
const CREDIT = /记者|通讯员|责任编辑|编辑[:：]|撰稿|摄影/;
const CREDIT_PUNCTUATION = /[。，,！？]/;
// A paragraph that opens a story: 本报讯, a wire line, or a continuation from another page.
const STORY_OPENING = /^[\s\u3000]*(?:本报讯|本报[\u4e00-\u9fa5]{1,6}讯|新华社|据新华社|中新网|人民网[\u4e00-\u9fa5]{0,4}电|[（(](?:上接|下转|紧接)|[（(][^）)]{0,16}记者[^）)]{0,16}[）)])/;
const SUBTITLE_DASH = /^[\s\u3000]*[—–-]{1,2}/;

const MAX_HEADING_CHARS = 40;
const LEAD_PARAGRAPHS = 2;
const LEAD_MAX_CHARS = 500;
/** A section needs this much body text, or it merges into the next (title + byline only). */
const MIN_SECTION_BODY_CHARS = 80;

function overlapsAny(start: number, end: number, spans: Span[]): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

function looksLikeHeading(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(trimmed);
}

function looksLikeCredit(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 60 && CREDIT.test(trimmed) && !CREDIT_PUNCTUATION.test(trimmed.replace(/[（(][^）)]*[）)]/g, ''));
}

/** Splits the text into paragraphs (non-empty lines), classified by kind. */
export function paragraphsOf(article: Article): Paragraph[] {
  const { text, headings } = article;
  const useMarkup = headings.length > 0;
  const out: Paragraph[] = [];
  const line = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = line.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    if (end <= start) continue;
    const content = text.slice(start, end);
    let kind: ParagraphKind = 'body';
    if (looksLikeCredit(content)) kind = 'credit';
    else if (useMarkup ? overlapsAny(start, end, headings) : looksLikeHeading(content)) kind = 'heading';
    out.push({ start, end, kind });
  }
  return out;
}

function opensStory(paragraphs: Paragraph[], runStart: number, runEnd: number, text: string): boolean {
  if (runStart === 0) return false;
  const before = paragraphs[runStart - 1];
  if (before?.kind === 'credit') return true;
  if (runEnd - runStart >= 3) return true;
  for (let i = runStart + 1; i < runEnd; i++) {
    const p = paragraphs[i]!;
    if (SUBTITLE_DASH.test(text.slice(p.start, p.end))) return true;
  }
  const after = paragraphs[runEnd];
  if (after && STORY_OPENING.test(text.slice(after.start, after.end))) return true;
  return false;
}

function bodyChars(paragraphs: Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) if (p.kind === 'body') n += p.end - p.start;
  return n;
}

function leadOf(paragraphs: Paragraph[]): Span | null {
  let start = -1;
  let end = -1;
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== 'body') {
      if (count > 0) break;
      continue;
    }
    if (start < 0) start = p.start;
    end = Math.min(p.end, start + LEAD_MAX_CHARS);
    if (++count >= LEAD_PARAGRAPHS || end - start >= LEAD_MAX_CHARS) break;
  }
  return start < 0 ? null : { start, end };
}

function makeSection(paragraphs: Paragraph[], textEnd: number, isFirst: boolean, nextStart: number | null): Section {
  const first = paragraphs[0];
  const start = isFirst || !first ? 0 : first.start;
  const end = nextStart ?? textEnd;
  const title = first && first.kind === 'heading' ? { start: first.start, end: first.end } : null;
  return { start, end, title, lead: leadOf(paragraphs), paragraphs };
}

/** The stories of an article: one section for an ordinary article, several for a newspaper page. */
export function sectionsOf(article: Article, paragraphs: Paragraph[] = paragraphsOf(article)): Section[] {
  const { text } = article;
  const groups: Paragraph[][] = [];
  let current: Paragraph[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const p = paragraphs[i]!;
    if (p.kind !== 'heading') {
      current.push(p);
      i++;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && paragraphs[j]!.kind === 'heading') j++;
    if (opensStory(paragraphs, i, j, text) && bodyChars(current) >= MIN_SECTION_BODY_CHARS) {
      groups.push(current);
      current = [];
    }
    for (let k = i; k < j; k++) current.push(paragraphs[k]!);
    i = j;
  }
  groups.push(current);
  return groups.map((group, index) => {
    const next = groups[index + 1]?.[0];
    return makeSection(group, text.length, index === 0, next ? next.start : null);
  });
}
