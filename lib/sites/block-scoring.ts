// Finds the element that holds an article's body on a page we have no adapter for, in the way of
// Readability but tuned for Chinese news: paragraphs are many and short, sentences are measured by
// Chinese punctuation (，。；), and navigation, hot lists and tickers are mostly links or digits.

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

/** Own text of an element (direct Text children), whitespace-trimmed: a <p>, or a <div> of <br>-lines. */
function ownText(el: Element): string {
  let s = '';
  for (const child of Array.from(el.childNodes)) {
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

function isUnlikely(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  const ci = classAndId(el);
  return hasUnlikelyWord(ci) && !LIKELY.test(ci);
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

/** The best candidate for the article body, or null when the page holds no article. */
export function findArticleByScoring(doc: Document): Element | null {
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
    const length = visibleLength(el.textContent ?? '');
    const score = raw * (1 - linkDensity(el, length));
    if (score > bestScore) {
      bestScore = score;
      best = el;
      bestLength = length;
    }
  }
  if (!best || bestScore < MIN_ARTICLE_SCORE || bestLength < MIN_ARTICLE_CHARS) return null;
  return best;
}

const EDITOR_LINE = /^[\s（(【\[]*(?:责任编辑|责编|编辑|責任編輯)\s*[:：]/;

/** Inside a found body: link lists, share bars, ads and 责任编辑 lines that are not the article. */
export function isBoilerplateInside(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  const short = (el.textContent ?? '').trim();
  if (short.length <= 40 && EDITOR_LINE.test(short)) return true;
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FORM' || tag === 'FOOTER') return true;
  const ci = classAndId(el);
  if (hasUnlikelyWord(ci) && !LIKELY.test(ci)) return true;
  if (tag === 'UL' || tag === 'OL' || tag === 'DIV') {
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    return text.length > 0 && text.length < 600 && linkDensity(el) > 0.6;
  }
  return false;
}
