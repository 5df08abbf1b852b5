// The article's headline on any page: the element that shows it, not the logo <h1> (山西省人民政府网站),
// a section name (新闻动态) or the <title> with its site suffix (…-新华网, …_振兴东北).
//
// 1. The <title> normally starts with the headline: the longest heading-like element whose text
//    begins the <title> (ending there or at a separator) is the headline. When such an element
//    holds only the first line of a headline the <title> continues without a separator (a title
//    set on two lines), the <title>'s first segment is the headline.
// 2. Else an element (of any kind) showing exactly the <title>'s headline.
// 3. Else, when the <title> is a page name shared by a whole section, the heading-like element
//    closest before the article body, or opening it.

import { cleanTitle, parseDateLine, parseSourceLine } from './meta-text';
import { textAfter, textOf } from './nearby-text';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Class or id words of title blocks in Chinese CMS templates (title, tit, bt = 标题, headline, heading). */
const TITLE_CLASS = /title|tit\b|headline|heading|(?:^|[\s_-])bt(?:[\s_-]|$)|biaoti/i;
const MIN_HEADLINE = 4;
const MAX_HEADLINE = 120;
/** Characters after which a <title> goes on with the site or section name. */
const SEPARATOR = /^[\s_|｜\-–—:：·•【\[(（]/;
/** Characters before which a <title> names the site first. */
const SEPARATOR_BEFORE = /[\s_|｜\-–—:：·•】\])）]/;
/** Section and page names that are not a headline. */
const PAGE_NAMES = /^(?:正文|详情|新闻动态|新闻中心|工作动态|通知公告|图片新闻|要闻|首页|当前位置.*|您的位置.*|本站原创)$/;
const BREADCRUMB = /[>》»]|当前位置|您的位置|所在的位置/;
/** Candidates compared: enough for any template's title blocks, bounded on huge pages. */
const MAX_CANDIDATES = 400;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function isCandidate(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName.toUpperCase()) || TITLE_CLASS.test(classAndId(el));
}

function plausible(text: string): boolean {
  return text.length >= MIN_HEADLINE && text.length <= MAX_HEADLINE && !PAGE_NAMES.test(text) && !BREADCRUMB.test(text);
}

/** Heading-like elements in document order, those inside links and lists left out (related items). */
function candidates(doc: Document): Element[] {
  const out: Element[] = [];
  const body = doc.body;
  if (!body) return out;
  // Walked by sibling links, as far as MAX_SCANNED elements: a query for every classed element
  // of a page of 100,000 would wrap them all.
  let el: Element | null = body.firstElementChild;
  for (let n = 0; el && n < MAX_SCANNED && out.length < MAX_CANDIDATES; n++) {
    if (isCandidate(el) && !el.closest('a,li,nav,footer')) out.push(el);
    el = nextInDocument(el, body);
  }
  return out;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

export interface Headline {
  text: string;
  /** The element that shows it, where the date and 来源 line usually follows. */
  element: Element;
}

/** Where `key` (white space removed) ends in `title` (white space kept), or -1. */
function endIn(title: string, key: string): number {
  let end = 0;
  for (let i = 0, k = 0; i < title.length && k < key.length; i++) {
    if (/\s/.test(title[i]!)) continue;
    if (title[i] !== key[k]) return -1;
    k++;
    end = i + 1;
  }
  return end;
}

/**
 * The headline as the <title> gives it, when an element of the page shows it: the longest
 * heading-like text that opens the <title> up to a separator (`headline_site`), or closes it after
 * one (`郑州日报数字报-headline`).
 */
function fromDocumentTitle(pageTitle: string, elements: Element[]): Headline | null {
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  const bare = squeeze(title);
  let best: Headline | null = null;
  let bestLength = 0;
  let partial: Element | null = null;
  for (const el of elements) {
    const text = textOf(el);
    if (!plausible(text)) continue;
    const key = squeeze(text);
    if (key.length <= bestLength) continue;
    if (bare.startsWith(key)) {
      // The next character says whether the site name follows (a separator) or the headline
      // goes on (its second line, in another element).
      const rest = title.slice(endIn(title, key));
      if (rest.length === 0 || SEPARATOR.test(rest)) {
        best = { text, element: el };
        bestLength = key.length;
      } else partial ??= el;
    } else if (bare.endsWith(key) && SEPARATOR_BEFORE.test(title.slice(0, title.length - text.length).slice(-1) || ' ')) {
      best = { text, element: el };
      bestLength = key.length;
    }
  }
  if (best) return best;
  if (partial) {
    const first = cleanTitle(title);
    return first && plausible(first) ? { text: first, element: partial } : null;
  }
  return null;
}

/** Elements looked at for one showing the <title>'s headline verbatim: bounded on huge pages. */
const MAX_SCANNED = 5000;

function nextInDocument(el: Element, top: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node && node !== top; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** An element that shows exactly the <title> without its site suffix, when no heading does
 * (a headline in a plain <div> or table cell). */
function showingTitle(doc: Document, pageTitle: string): Headline | null {
  const wanted = squeeze(cleanTitle(pageTitle));
  if (wanted.length < MIN_HEADLINE || PAGE_NAMES.test(wanted)) return null;
  const body = doc.body;
  if (!body) return null;
  // Walked by sibling links, in document order, as far as MAX_SCANNED elements.
  let el: Element | null = body.firstElementChild;
  for (let n = 0; el && n < MAX_SCANNED; n++) {
    const raw = el.childElementCount <= 3 ? (el.textContent ?? '') : '';
    if (raw.length > 0 && raw.length <= MAX_HEADLINE * 2 && squeeze(raw) === wanted && !el.closest('a,li,nav,footer')) return { text: textOf(el), element: el };
    el = nextInDocument(el, body);
  }
  return null;
}

/** How far into the body a heading inside it still opens it (a container holding title and text). */
const OPENING_CHARS = 300;

/** True when `el` comes after `root` in document order (neither holds the other). */
function comesAfter(el: Element, root: Element): boolean {
  // Climb to the children of the common ancestor, then compare them as siblings.
  let a: Element = el;
  let b: Element = root;
  const ancestorsOfRoot = new Set<Element>();
  for (let n: Element | null = root; n; n = n.parentElement) ancestorsOfRoot.add(n);
  while (a.parentElement && !ancestorsOfRoot.has(a.parentElement)) a = a.parentElement;
  const common = a.parentElement;
  if (!common) return false;
  while (b.parentElement && b.parentElement !== common) b = b.parentElement;
  for (let sib = b.nextElementSibling; sib; sib = sib.nextElementSibling) if (sib === a) return true;
  return false;
}

/** Preceding headings compared for a date line after them. */
const MAX_PRECEDING = 8;

function hasDateline(headline: Element, root: Element): boolean {
  return textAfter(headline, root).some((line) => parseDateLine(line) !== null || parseSourceLine(line) !== null);
}

/** The heading-like element opening the article body, else the closest one before it that a
 * date or 来源 line follows (the genre's headline → date line → body), else the closest one. */
function nearestBefore(root: Element, elements: Element[]): Headline | null {
  const preceding: Headline[] = [];
  let rootText: string | null = null;
  // Order is told by the walk that collected the candidates, not by compareDocumentPosition,
  // which linkedom (the command line's DOM) gets wrong in some trees.
  let passedRoot = false;
  for (const el of elements) {
    const inside = el === root || root.contains(el);
    if (inside) passedRoot = true;
    else if (el.contains(root)) continue; // an ancestor: its text is the whole page
    else if (passedRoot || comesAfter(el, root)) break;
    const text = textOf(el);
    if (!plausible(text)) continue;
    if (inside) {
      rootText ??= (root.textContent ?? '').replace(/\s+/g, ' ');
      const at = rootText.indexOf(text);
      if (at >= 0 && at <= OPENING_CHARS) return { text, element: el };
      break;
    }
    preceding.push({ text, element: el });
  }
  const nearest = preceding.slice(-MAX_PRECEDING).reverse();
  return nearest.find((h) => hasDateline(h.element, root)) ?? nearest[0] ?? null;
}

/** The headline of the page whose article body is `root`, or null when the page shows none. */
export function findHeadline(doc: Document, root: Element): Headline | null {
  const elements = candidates(doc);
  return titledHeadline(doc, elements) ?? nearestBefore(root, elements);
}

/** The headline as the <title> names it (steps 1 and 2 above), before the body is known. */
export function titledHeadline(doc: Document, elements = candidates(doc)): Headline | null {
  const pageTitle = doc.querySelector('title')?.textContent ?? '';
  return pageTitle.trim() ? (fromDocumentTitle(pageTitle, elements) ?? showingTitle(doc, pageTitle)) : null;
}
