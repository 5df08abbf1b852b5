// The text of an article element, with a map back to the DOM text nodes it came from, so that
// a figure found at [start, end) of the text becomes a DOM Range on the page.
//
// Every Text node's data is copied verbatim (text.slice(seg.start, seg.end) === seg.node.data,
// except that the last segment of a text cut at `maxChars` may hold only the start of its node);
// the only characters added are "\n" between blocks. No DOM globals and no layout queries: runs
// on the live page and on linkedom alike, so hidden content is judged by markup only.

import type { Span } from '../types';
import { firstAtOrAfter } from '../sorted';

export interface TextSegment {
  node: Text;
  /** Offsets in ArticleText.text covered by node.data. */
  start: number;
  end: number;
}

export interface ArticleText {
  text: string;
  /** Headings inside the root: h1–h6, and short paragraphs set entirely in bold. */
  headings: Span[];
  segments: TextSegment[];
  /** Set when the walk stopped at `maxChars`: the text is the start of a longer element. */
  truncated?: boolean;
}

/**
 * How much article text is read by default. The longest real articles run to a few tens of
 * thousands of characters; a page far past that is a dump (a 20 MB archive page, one text node of
 * megabytes) and reading all of it would hold the page's main thread for hundreds of milliseconds
 * in one go, and every later step (recognition, extraction, painting) grows with it.
 */
export const MAX_ARTICLE_CHARS = 100_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BOLD_TAGS = new Set(['STRONG', 'B']);
/** A bold-only paragraph longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING_CHARS = 40;
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Markup-level hiddenness: the `hidden` attribute, aria-hidden, or an inline display:none. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

interface BlockFrame {
  start: number;
  heading: boolean;
  /** Candidate bold heading: true until plain (non-bold) text shows up inside. */
  boldOnly: boolean;
  sawBold: boolean;
}

export interface CollectOptions {
  /** Elements inside the root that are not part of the article (share bars, related links). */
  skip?: (el: Element) => boolean;
  /** Stop reading after this many characters (default MAX_ARTICLE_CHARS). */
  maxChars?: number;
}

/** Editors the page's reader is typing into are not article text; `data-gramm="false"` and its
 * kin are how pages ask tools that read text not to touch a field. */
function isEditorOptOut(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-gramm_editor') === 'false' || el.getAttribute('data-enable-grammarly') === 'false';
}

export function collectArticleText(root: Element, options: CollectOptions = {}): ArticleText {
  const skip = options.skip;
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  let truncated = false;
  let text = '';
  const segments: TextSegment[] = [];
  const headings: Span[] = [];
  const blocks: BlockFrame[] = [];
  let boldDepth = 0;

  // The text grows by concatenation; asking the concatenated string for its last characters
  // (endsWith, trimEnd, indexing) makes V8 flatten it every time, which made the walk quadratic
  // (800 ms for 100,000 characters in 900 paragraphs). So the walk remembers them instead.
  let lastChar = '';
  /** text.trimEnd().length */
  let contentEnd = 0;
  const append = (data: string) => {
    text += data;
    lastChar = data[data.length - 1]!;
    const trimmed = data.trimEnd().length;
    if (trimmed > 0) contentEnd = text.length - data.length + trimmed;
  };
  // Never past `maxChars`: the text is sent as a message whose size limit is that.
  const breakLine = () => {
    if (text.length > 0 && text.length < maxChars && lastChar !== '\n') append('\n');
  };

  // Iterative walk (deeply nested pages must not exhaust the call stack): a stack of
  // [node, exiting] pairs. A node entering pushes its next sibling first, then (an element) its
  // exit frame and its first child, so the stack holds one path, not every child of every
  // level: the walk touches only the nodes it reads, which matters when it stops at `maxChars`
  // in an element of 60,000 paragraphs (pushing them all cost 800 ms in Chromium).
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop()!;
    if (!exiting && text.length >= maxChars) {
      truncated = true;
      break;
    }
    if (!exiting && node !== root) {
      const next = node.nextSibling;
      if (next) stack.push([next, false]);
    }
    if (node.nodeType === TEXT_NODE) {
      let data = (node as Text).data;
      if (data.length === 0) continue;
      // Formatting whitespace between tags (a newline and indentation) is not content.
      if (data.trim().length === 0 && (data.includes('\n') || text.length === 0 || lastChar === '\n')) continue;
      if (text.length + data.length > maxChars) {
        // Keep the start of an oversized node; a lone surrogate half at the cut is left out.
        let keep = maxChars - text.length;
        if (keep > 0 && /[\uD800-\uDBFF]/.test(data[keep - 1]!)) keep--;
        data = data.slice(0, keep);
        truncated = true;
      }
      segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
      append(data);
      if (data.trim().length > 0) {
        for (const frame of blocks) {
          if (boldDepth > 0) frame.sawBold = true;
          else frame.boldOnly = false;
        }
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const block = BLOCKS.has(tag);
    if (exiting) {
      if (BOLD_TAGS.has(tag)) boldDepth--;
      if (block) {
        const frame = blocks.pop();
        if (frame) {
          const end = contentEnd;
          const boldHeading = frame.boldOnly && frame.sawBold && end - frame.start <= MAX_BOLD_HEADING_CHARS;
          if (end > frame.start && (frame.heading || boldHeading)) {
            // Inner headings first (a bold line inside an h2 is one heading).
            const last = headings[headings.length - 1];
            if (last && last.start >= frame.start) headings.pop();
            headings.push({ start: frame.start, end });
          }
          // Blocks inside a candidate bold heading make it a container, not a heading line.
          if (blocks.length > 0) blocks[blocks.length - 1]!.boldOnly = false;
        }
        breakLine();
      }
      continue;
    }
    // Attribute checks only where there are attributes: 100,000 bare <span>s are common enough
    // (one per character against copying) and each DOM call costs in an isolated world.
    const attributed = el.hasAttributes();
    if (el !== root && (SKIPPED.has(tag) || (attributed && (isHiddenElement(el) || isEditorOptOut(el))) || (skip !== undefined && skip(el)))) continue;
    if (block) {
      breakLine();
      blocks.push({ start: text.length, heading: HEADING_TAGS.has(tag), boldOnly: true, sawBold: false });
    }
    if (BOLD_TAGS.has(tag)) boldDepth++;
    stack.push([el, true]);
    const first = el.firstChild;
    if (first) stack.push([first, false]);
  }
  headings.sort((a, b) => a.start - b.start);
  return truncated ? { text, headings, segments, truncated } : { text, headings, segments };
}

/**
 * The DOM position of a text offset: binary search over the segments. An offset in a gap
 * (a "\n" added between blocks) resolves to the end of the segment before it.
 */
export function locate(segments: readonly TextSegment[], offset: number): { node: Text; offset: number } | null {
  if (segments.length === 0 || offset < 0) return null;
  // The last segment that starts at or before the offset (offsets are whole numbers).
  const found = firstAtOrAfter(segments, offset + 1, (s) => s.start) - 1;
  if (found < 0) return null;
  const seg = segments[found]!;
  if (offset <= seg.end) return { node: seg.node, offset: offset - seg.start };
  const next = segments[found + 1];
  if (next) return { node: seg.node, offset: seg.end - seg.start };
  return null;
}
