// Paints figures without rewriting the page: one CSS Custom Highlight per verdict, registered in
// CSS.highlights, styled by `::highlight()` rules adopted by the page's document (rules inside a
// shadow root would not reach the page's own text). Where the API is missing, figures are wrapped
// in <fc-mark> elements made with createElement; a custom element name rather than <span> makes it
// less likely that page styles hide or restyle them.
import type { Verdict } from '@/lib/types';
import { VERDICT_ORDER } from '@/lib/verdicts';

export interface PaintItem {
  id: string;
  range: Range;
  verdict: Verdict;
}

const NAME_PREFIX = 'figure-check-';
const FOCUS = `${NAME_PREFIX}focus`;

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), translucent so
// that they read on light and dark pages, each with its own underline style so that colour is
// never the only cue.
const STYLE: Record<Verdict, string> = {
  implausible: 'background-color: rgba(213, 94, 0, 0.32); text-decoration: underline wavy rgb(213, 94, 0) 2px;',
  inconsistent: 'background-color: rgba(204, 121, 167, 0.35); text-decoration: underline wavy rgb(204, 121, 167) 2px;',
  differs: 'background-color: rgba(230, 159, 0, 0.35); text-decoration: underline double rgb(230, 159, 0);',
  changed_over_time: 'background-color: rgba(0, 114, 178, 0.22); text-decoration: underline dotted rgb(0, 114, 178) 2px;',
  different_scope: 'background-color: rgba(86, 180, 233, 0.28); text-decoration: underline dashed rgb(86, 180, 233);',
  consistent: 'background-color: rgba(0, 158, 115, 0.22); text-decoration: underline solid rgb(0, 158, 115);',
  unknown: 'background-color: rgba(128, 128, 128, 0.2);',
};

export function highlightName(verdict: Verdict): string {
  return NAME_PREFIX + verdict.replace(/_/g, '-');
}

function styleSheetText(): string {
  const rules = VERDICT_ORDER.map((v) => `::highlight(${highlightName(v)}) { ${STYLE[v]} }`);
  rules.push(`::highlight(${FOCUS}) { background-color: rgba(255, 214, 0, 0.75); color: #000; }`);
  const fallback = VERDICT_ORDER.map((v) => `fc-mark[data-verdict="${v}"] { ${STYLE[v]} }`);
  fallback.push('fc-mark[data-focus] { background-color: rgba(255, 214, 0, 0.75); color: #000; }');
  return [...rules, ...fallback].join('\n');
}

export function supportsHighlightApi(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function' && !!css?.highlights;
}

export class Highlighter {
  private readonly doc: Document;
  private readonly useApi: boolean;
  private sheet: CSSStyleSheet | HTMLStyleElement | null = null;
  private marks: HTMLElement[] = [];
  private items: readonly PaintItem[] = [];
  private hidden: ReadonlySet<Verdict> = new Set();

  constructor(doc: Document) {
    this.doc = doc;
    this.useApi = supportsHighlightApi(doc.defaultView!);
  }

  /** Replaces everything painted so far. */
  paint(all: readonly PaintItem[]): void {
    this.clear();
    this.items = all;
    const items = this.hidden.size ? all.filter((i) => !this.hidden.has(i.verdict)) : all;
    this.installStyles();
    if (this.useApi) {
      const byVerdict = new Map<Verdict, Range[]>();
      for (const item of items) {
        const list = byVerdict.get(item.verdict) ?? [];
        list.push(item.range);
        byVerdict.set(item.verdict, list);
      }
      for (const [verdict, ranges] of byVerdict) CSS.highlights.set(highlightName(verdict), new Highlight(...ranges));
    } else {
      for (const item of items) this.wrap(item.range, item.verdict);
    }
  }

  /** Marks one figure as the current one (keyboard stepping, a click in the summary). */
  focus(range: Range | null): void {
    if (this.useApi) {
      if (range) CSS.highlights.set(FOCUS, new Highlight(range));
      else CSS.highlights.delete(FOCUS);
      return;
    }
    for (const m of this.marks) m.removeAttribute('data-focus');
    if (!range) return;
    for (const m of this.marks) if (range.intersectsNode(m)) m.setAttribute('data-focus', '');
  }

  /** Leaves these verdicts unpainted (the reader's "only what needs attention") and repaints. */
  hide(verdicts: ReadonlySet<Verdict>): void {
    this.hidden = verdicts;
    if (this.items.length > 0) this.paint(this.items);
  }

  /** True when figures of this verdict are left unpainted. */
  hides(verdict: Verdict): boolean {
    return this.hidden.has(verdict);
  }

  clear(): void {
    this.items = [];
    if (this.useApi) {
      for (const v of VERDICT_ORDER) CSS.highlights.delete(highlightName(v));
      CSS.highlights.delete(FOCUS);
    }
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
  }

  /** Removes everything, styles included (the extension was turned off or reloaded). */
  dispose(): void {
    this.clear();
    const sheet = this.sheet;
    if (sheet instanceof CSSStyleSheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } else sheet?.remove();
    this.sheet = null;
  }

  private installStyles(): void {
    if (this.sheet) return;
    const css = styleSheetText();
    try {
      // Adopted sheets style the page without adding a node to it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = css;
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
      this.sheet = style;
    }
  }

  /** Fallback: wrap each text-node piece of the range in its own element. */
  private wrap(range: Range, verdict: Verdict): void {
    const pieces: Range[] = [];
    const walker = this.doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    let node: Node | null = range.commonAncestorContainer.nodeType === Node.TEXT_NODE ? range.commonAncestorContainer : walker.nextNode();
    while (node) {
      if (range.intersectsNode(node)) {
        const piece = this.doc.createRange();
        piece.selectNodeContents(node);
        if (node === range.startContainer) piece.setStart(node, range.startOffset);
        if (node === range.endContainer) piece.setEnd(node, range.endOffset);
        if (!piece.collapsed) pieces.push(piece);
      }
      node = walker.nextNode();
    }
    for (const piece of pieces) {
      const mark = this.doc.createElement('fc-mark');
      mark.setAttribute('data-verdict', verdict);
      try {
        piece.surroundContents(mark);
        this.marks.push(mark);
      } catch {
        // A piece that splits a non-text node cannot be wrapped; it stays unpainted.
      }
    }
  }
}

/** The same styles for the legend of the extension's pages (components/Legend.tsx). */
export { STYLE as HIGHLIGHT_STYLES };
