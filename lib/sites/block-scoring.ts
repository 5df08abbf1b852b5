// Finds the element that holds an article's body on a page we have no adapter for, in the way of
// Readability but tuned for Chinese news: paragraphs are many and short, sentences are measured by
// Chinese punctuation (，。；), and navigation, hot lists and tickers are mostly links or digits.

import { titledHeadline } from './headline';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Matched against each word of class and id (split at spaces, - and _), so that `photo` is not
// `hot` and `inside` is not `side`.
const UNLIKELY_WORD = /^(?:comments?|footer|foot|sidebar|side|aside|nav|navbar|menu|hot\w*|rank\w*|related\w*|recommend\w*|share\w*|copyright|breadcrumbs?|crumbs?|ticker|markets?|stock|quotes|header|banner|ads?|advert\w*|gg|login|search|tags?|pager|paging|pagination|most|popular|zt)$/i;
const LIKELY = /article|content|detail|text|body|post|main|story|zw|news_?txt|con\b|ozoom/i;
const CJK_PUNCTUATION = /[，。；、！？：]/g;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SELECT', 'BUTTON', 'IFRAME']);
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'TD', 'LI', 'DIV', 'SECTION', 'ARTICLE', 'FONT', 'SPAN']);

const MIN_PARAGRAPH_CHARS = 12;
/** Below this the best candidate is not an article body (a list page, an error page). */
const MIN_ARTICLE_SCORE = 12;
const MIN_ARTICLE_CHARS = 120;
/** Scoring stops after this many paragraph candidates, in document order: several times what a
 * long article has, and it bounds the main-thread time on giant pages (in a content script,
 * which starts cold, 5,000 took 150 ms on a 2 MB page; 1,000 take 60–100 ms). */
const MAX_PARAGRAPHS = 1000;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function hasUnlikelyWord(classAndIdText: string): boolean {
  for (const word of classAndIdText.split(/[\s_-]+/)) if (word && UNLIKELY_WORD.test(word)) return true;
  return false;
}

/** Children read for an element's own text: a paragraph, even a <div> of <br>-lines, has far fewer; an article
 * wrapper of thousands of <p> has no text of its own worth reading them all for (each child read from a content
 * script's world costs time: 10,000 of them took 30 ms). */
const MAX_OWN_TEXT_CHILDREN = 1000;

/** Own text of an element (direct Text children), whitespace-trimmed: a <p>, or a <div> of <br>-lines. */
function ownText(el: Element): string {
  let s = '';
  let read = 0;
  for (let child = el.firstChild; child && read < MAX_OWN_TEXT_CHILDREN; child = child.nextSibling, read++) {
    if (child.nodeType === TEXT_NODE) s += (child as Text).data;
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'A' || tag === 'SPAN' || tag === 'STRONG' || tag === 'B' || tag === 'EM' || tag === 'FONT' || tag === 'I') s += child.textContent ?? '';
    }
  }
  return s.replace(/\s+/g, ' ').trim();
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').trim().length;
  return n;
}

/** Characters other than white space, counted without building a copy of a long text. */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

/** Share of link text in an element: navigation and hot lists are nearly all links. */
export function linkDensity(el: Element, total = visibleLength(el.textContent ?? '')): number {
  if (total === 0) return 0;
  return Math.min(1, linkChars(el) / total);
}

function paragraphScore(text: string): number {
  const punctuation = text.match(CJK_PUNCTUATION)?.length ?? 0;
  const commas = text.match(/[,.]/g)?.length ?? 0; // pages in other languages still have sentences
  const digitsShare = (text.match(/[0-9.%+\-]/g)?.length ?? 0) / text.length;
  const base = 1 + punctuation + commas * 0.5 + Math.min(3, text.length / 60);
  return digitsShare > 0.5 ? base * 0.2 : base; // ticker rows and tables of numbers
}

/** Containers a CMS names as the article's own, looked for inside an element whose class says otherwise. */
const ARTICLE_INSIDE = '[id*="content"],[class*="content"],[id*="article"],[class*="article"],[id*="detail"],[class*="detail"],[id*="zw"],[class*="zw"],article';

function isUnlikely(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  const ci = classAndId(el);
  if (!hasUnlikelyWord(ci) || LIKELY.test(ci)) return false;
  // A share or image-share area can wrap the whole article (`js_img_share_area` > `#main_content`):
  // it is looked into when it holds an element named as the article's.
  return el.querySelector(ARTICLE_INSIDE) === null;
}

/** The next element in document order after `el`'s subtree (or after `el` itself when
 * `descend`), within `top`. Walking by sibling links visits only what it scores: asking for
 * `children` of an element with 10,000 paragraphs would wrap every one of them. */
function nextElement(el: Element, top: Element, descend: boolean): Element | null {
  if (descend && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node && node !== top; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** Candidates compared by link density: the best few by raw score (each costs a text read). */
const FINALISTS = 5;

/** Paragraphs scored between two steps of the search: a few milliseconds of work. */
const PARAGRAPHS_PER_STEP = 25;

/** Work done in steps: the caller may let the page run at each `yield` and resume after. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to their end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The best candidate for the article body, or null when the page holds no article. */
export function findArticleByScoring(doc: Document): Element | null {
  return runSteps(articleByScoringInSteps(doc));
}

/** findArticleByScoring in steps: a step scores a hundred paragraphs, reads one finalist's text,
 * or narrows the winner by one level; on a page of megabytes each is a long read. */
export function* articleByScoringInSteps(doc: Document): Steps<Element | null> {
  const body = doc.documentElement ? doc.body : null;
  if (!body || body.tagName.toUpperCase() !== 'BODY') return null;
  const scores = new Map<Element, number>();
  let paragraphs = 0;
  for (let el: Element | null = body; el && paragraphs < MAX_PARAGRAPHS; ) {
    const skip = el !== body && (isUnlikely(el) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true');
    if (!skip && PARAGRAPH_TAGS.has(el.tagName.toUpperCase())) {
      const text = ownText(el);
      if (text.length >= MIN_PARAGRAPH_CHARS) {
        paragraphs++;
        if (paragraphs % PARAGRAPHS_PER_STEP === 0) yield;
        const score = paragraphScore(text);
        const parent = el.parentElement;
        if (el.tagName.toUpperCase() === 'DIV' || el.tagName.toUpperCase() === 'TD') scores.set(el, (scores.get(el) ?? 0) + score);
        if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
        const grand = parent?.parentElement;
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
      }
    }
    el = nextElement(el, body, !skip);
  }
  const finalists = [...scores]
    .map(([el, raw]) => [el, raw * (LIKELY.test(classAndId(el)) ? 1.25 : 1)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, FINALISTS);
  let best: Element | null = null;
  let bestScore = 0;
  let bestLength = 0;
  for (const [el, raw] of finalists) {
    yield;
    const length = visibleLength(el.textContent ?? '');
    const score = raw * (1 - linkDensity(el, length));
    if (score > bestScore) {
      bestScore = score;
      best = el;
      bestLength = length;
    }
  }
  if (!best || bestScore < MIN_ARTICLE_SCORE || bestLength < MIN_ARTICLE_CHARS) return null;
  yield;
  return yield* narrowToArticle(blockUnderHeadline(doc, scores, best) ?? best);
}

/** How close under the headline (its date and 来源 lines between) an article body starts. */
const UNDER_HEADLINE_CHARS = 300;
const MAX_UNDER_HEADLINE_LINKS = 0.3;

/**
 * The block right under the headline, when the best-scoring block is elsewhere: a short brief
 * loses on score to a long live blog or a hot list beside it, but news templates put the body
 * under its headline. Null when the best block is there already (or holds the headline).
 */
function blockUnderHeadline(doc: Document, scores: Map<Element, number>, best: Element): Element | null {
  const headline = titledHeadline(doc)?.element;
  const body = doc.body;
  if (!headline || !body || best.contains(headline) || headline.contains(best)) return null;
  // Walk on from the headline in document order as far as UNDER_HEADLINE_CHARS of text: the first
  // scored block met (of nested ones the outermost, met first) is the one under the headline.
  let chars = 0;
  let el: Element | null = nextAfter(headline, body);
  while (el && chars < UNDER_HEADLINE_CHARS) {
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) {
      el = nextElement(el, body, false);
      continue;
    }
    if (el === best) return null; // the best block is under the headline already
    const raw = scores.get(el);
    if (raw !== undefined && raw >= MIN_ARTICLE_SCORE && !el.contains(best) && !best.contains(el)) {
      const length = visibleLength(el.textContent ?? '') - scriptLength(el);
      if (length < MIN_ARTICLE_CHARS || linkDensity(el, length) > MAX_UNDER_HEADLINE_LINKS) return null;
      return el;
    }
    chars += ownTextLength(el);
    el = nextElement(el, body, true);
  }
  return null;
}

/** Characters of scripts and styles inside an element, which textContent counts and a reader never sees. */
function scriptLength(el: Element): number {
  let n = 0;
  for (const s of Array.from(el.querySelectorAll('script,style'))) n += visibleLength(s.textContent ?? '');
  return n;
}

/** The element after `el` and its subtree, in document order. */
function nextAfter(el: Element, top: Element): Element | null {
  return nextElement(el, top, false);
}

function ownTextLength(el: Element): number {
  let n = 0;
  for (const child of Array.from(el.childNodes)) if (child.nodeType === TEXT_NODE) n += visibleLength((child as Text).data);
  return n;
}

function punctuation(text: string): number {
  return text.match(CJK_PUNCTUATION)?.length ?? 0;
}

/** Share of a block's sentence punctuation that one child must hold to stand for the block. */
const CHILD_SHARE = 0.8;
/** Beside that child, the rest is navigation when at least this share of it is link text. */
const REST_LINKS = 0.5;

/**
 * A block that holds the article and, beside it, lists of links (the one cell of an old table
 * layout that holds the whole page): the child that holds nearly all of its sentences, as long as
 * what is left out is mostly links. A lead paragraph or a heading beside the body is prose, not
 * links, and keeps the block whole.
 */
function* narrowToArticle(block: Element): Steps<Element> {
  let best = block;
  for (let depth = 0; depth < 8; depth++) {
    yield;
    const text = best.textContent ?? '';
    const total = punctuation(text);
    if (total === 0) return best;
    const child = Array.from(best.children).find((c) => punctuation(c.textContent ?? '') >= total * CHILD_SHARE);
    if (!child) return best;
    const childText = child.textContent ?? '';
    const childLength = visibleLength(childText);
    if (childLength < MIN_ARTICLE_CHARS) return best;
    const rest = visibleLength(text) - childLength;
    if (rest > 0 && (linkChars(best) - linkChars(child)) / rest < REST_LINKS) return best;
    best = child;
  }
  return best;
}

const EDITOR_LINE = /^[\s（(【\[]*(?:责任编辑|责编|编辑|責任編輯)\s*[:：]/;
/** Lines about the article rather than of it: its former title, where it was first published,
 * and pointers to other pages (`点击进入专题：`, `相关阅读`). */
const ABOUT_LINE = /^[\s（(【\[]*(?:原标题|原題|本文来源|文章来源|点击进入|点击查看|相关阅读|相关新闻|延伸阅读|推荐阅读|此前报道)\s*[:：]?/;
const MAX_ABOUT_LINE = 120;
/** A block that opens by announcing links to other articles. */
const RELATED_BLOCK = /^[\s【\[]*(?:相关报道|相关新闻|相关阅读|相关链接|延伸阅读|推荐阅读|热点推荐|热门推荐)/;
const MAX_RELATED_BLOCK = 1000;

/** Inside a found body: link lists, share bars, ads and 责任编辑 lines that are not the article. */
export function isBoilerplateInside(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  const short = (el.textContent ?? '').trim();
  if (short.length <= 40 && EDITOR_LINE.test(short)) return true;
  if (short.length <= MAX_RELATED_BLOCK && RELATED_BLOCK.test(short) && tag !== 'P' && el.querySelector('a') !== null) return true;
  if (short.length <= MAX_ABOUT_LINE && ABOUT_LINE.test(short) && (tag === 'P' || tag === 'DIV' || tag === 'SPAN' || tag === 'STRONG' || tag === 'FONT')) return true;
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FORM' || tag === 'FOOTER') return true;
  const ci = classAndId(el);
  if (hasUnlikelyWord(ci) && !LIKELY.test(ci) && el.querySelector(ARTICLE_INSIDE) === null) return true;
  if (tag === 'UL' || tag === 'OL' || tag === 'DIV' || tag === 'TABLE') {
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    return text.length > 0 && text.length < 600 && linkDensity(el) > 0.6;
  }
  return false;
}
