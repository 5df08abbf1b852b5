// Where an article found by its block begins and ends inside that block: the block may open with
// the headline and its date and 来源 lines (a template's whole article column), and a reposted
// account article may end with its staff credits and the account's own footer after them.

import type { ArticleText } from '../page/article-text';
import { ELEMENT_NODE, TEXT_NODE } from './nearby-text';

/** A line under the headline this short, without a sentence, is a date, 来源 or author line. */
const MAX_META_LINE = 60;
const SENTENCE_END = /[。！？]/;

/** An element's text as a reader sees it (scripts and styles, a view counter's code, left out),
 * white space removed; read only as far as `limit` characters, iteratively (deep trees). */
function shownText(el: Element, limit = 4 * MAX_META_LINE): string {
  let out = '';
  const stack: Node[] = [];
  for (let n = el.lastChild; n; n = n.previousSibling) stack.push(n);
  while (stack.length > 0 && out.length <= limit) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) out += (n.textContent ?? '').replace(/\s+/g, '');
    else if (n.nodeType === ELEMENT_NODE && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((n as Element).tagName)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out;
}

function isMetaLine(el: Element): boolean {
  const t = shownText(el);
  return t.length <= MAX_META_LINE && !SENTENCE_END.test(t);
}

/**
 * The children of `root` that come before its body: the one holding the headline, those before it
 * (a breadcrumb) and the short sentence-free lines right after it (date, 来源, the author's name).
 * Empty when the headline is not inside `root` or is all of it.
 */
export function openingBlocks(root: Element, headline: Element | null): Set<Element> {
  const out = new Set<Element>();
  if (!headline || headline === root || !root.contains(headline)) return out;
  let top: Element = headline;
  while (top.parentElement && top.parentElement !== root) top = top.parentElement;
  // The headline's own block must be a title block, not a container of the body with it.
  if (!isMetaLine(top) && shownText(top).length > shownText(headline).length + MAX_META_LINE) return out;
  for (let el = root.firstElementChild; el && el !== top; el = el.nextElementSibling) {
    if (!isMetaLine(el)) return new Set();
    out.add(el);
  }
  out.add(top);
  for (let el = top.nextElementSibling; el && isMetaLine(el); el = el.nextElementSibling) out.add(el);
  return out;
}

/** Staff credits as accounts print them: `编辑|禤志杰`, `责编：陈梦莹`, `校对|黄慧敏`. */
const STAFF_LINE = /^\s*(?:责任编辑|编辑|责编|校对|审核|审校|审稿|终审|监制|美编|排版|统筹|出品)\s*[|｜丨:：]\s*\S{2,}/;
/** The credits close the article only in its last part; one 编辑 line higher up may be a quote. */
const TAIL_SHARE = 0.5;

/**
 * The article text without what follows a run of two or more staff credit lines near its end (the
 * account's QR code, its menu of keywords, the platform's statement). Segments and headings past
 * the cut are dropped; the cut is at the start of a line, so no segment is split.
 */
export function withoutStaffFooter(text: ArticleText): ArticleText {
  const lines = text.text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  for (let i = 0; i + 1 < lines.length; i++) {
    if (starts[i]! < text.text.length * TAIL_SHARE) continue;
    if (!STAFF_LINE.test(lines[i]!) || !STAFF_LINE.test(lines[i + 1]!)) continue;
    const cut = starts[i]!;
    return {
      ...text,
      // Cut where the line starts (after the "\n" between blocks): every kept segment ends before it.
      text: text.text.slice(0, cut),
      segments: text.segments.filter((s) => s.end <= cut),
      headings: text.headings.filter((h) => h.end <= cut),
    };
  }
  return text;
}
