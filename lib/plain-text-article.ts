// An article from plain text (a .txt file, pasted text): the text is kept unchanged so that
// offsets index into it; title, date, source and byline are read from its first lines where
// they follow the genre's conventions.
import type { Article, Span } from './types';

const DATE = /(20\d\d|19\d\d)[-年/.](\d{1,2})[-月/.](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const SOURCE = /来源[:：]\s*([^\s|｜]{2,20})/;
const CHROME = /(\.com|\.cn|www\.|当前位置|首页|>|›)/i;
const BYLINE = /^(?:本报|河南日报|新华社|人民日报)?\s*(?:记者|通讯员)[^\n]{1,60}$/;

function pad(n: string): string {
  return n.padStart(2, '0');
}

export function plainTextArticle(text: string, url: string | null = null): Article {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m && lines.length < 12; m = re.exec(text)) {
    if (m[0].trim()) lines.push({ start: m.index, end: m.index + m[0].length });
  }
  const lineText = (s: Span) => text.slice(s.start, s.end).trim();
  const head = lines.map(lineText);
  // A page saved as text starts with site chrome (site name, channel, breadcrumb); the title is
  // the line just above the date-and-source line where there is one, else the first real line.
  const isChrome = (l: string) => l.length < 5 || l.length > 80 || CHROME.test(l);
  const dateline = head.findIndex((l) => DATE.test(l) && SOURCE.test(l));
  const beforeDateline = dateline > 0 ? head.slice(0, dateline).filter((l) => !isChrome(l)).at(-1) : undefined;
  const title = beforeDateline ?? head.find((l) => !isChrome(l)) ?? null;
  const dateMatch = head.map((l) => DATE.exec(l)).find((m) => m);
  const date = dateMatch
    ? `${dateMatch[1]}-${pad(dateMatch[2]!)}-${pad(dateMatch[3]!)}${dateMatch[4] ? `T${pad(dateMatch[4])}:${dateMatch[5]}:${dateMatch[6] ?? '00'}` : ''}`
    : null;
  const source = head.map((l) => SOURCE.exec(l)?.[1]).find(Boolean) ?? null;
  const byline = head.find((l) => BYLINE.test(l)) ?? null;
  // Short lines without sentence punctuation after the title read as headings.
  const headings = lines.filter((s, i) => i > 0 && s.end - s.start <= 30 && !/[。，；！？]/.test(lineText(s)));
  return { text, meta: { title, date, source, byline, url, siteName: null }, headings };
}
