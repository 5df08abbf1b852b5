// Short text around an article body, where pages print the date, 来源 and byline lines.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A line this long or shorter can be a date or 来源 line; longer blocks are looked into. */
export const MAX_LINE = 200;

/** Short lines of an element: itself when short, else its children's (one level down). */
export function shortLines(el: Element, out: string[]): void {
  const t = textOf(el);
  if (t.length === 0) return;
  if (t.length <= MAX_LINE) {
    out.push(t);
    return;
  }
  for (const child of Array.from(el.children).slice(0, 12)) {
    const c = textOf(child);
    if (c.length > 0 && c.length <= MAX_LINE) out.push(c);
  }
}

/** Text nodes read after the headline: a date line, its 来源 and byline fit well within. */
const MAX_NODES_AFTER_HEADLINE = 16;

/** The node after `node` in document order, its subtree skipped. */
function nextOutside(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * The text right after the headline, up to the body: each text node a line, then all of them as
 * one line (a date and its outlet in two cells or spans), whatever the markup (tables included).
 */
export function textAfter(headline: Element, root: Element): string[] {
  const parts: string[] = [];
  let node = nextOutside(headline);
  while (node && parts.length < MAX_NODES_AFTER_HEADLINE && node !== root && !node.contains(root)) {
    if (node.nodeType === TEXT_NODE) {
      const t = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) parts.push(t);
      node = nextOutside(node);
    } else if (node.nodeType === ELEMENT_NODE && /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((node as Element).tagName)) {
      node = nextOutside(node);
    } else node = node.firstChild ?? nextOutside(node);
  }
  // Stopped at an ancestor of the body: the text before the body inside it still counts.
  if (node && node !== root && node.contains(root)) {
    for (let n: Node | null = node.firstChild; n && parts.length < MAX_NODES_AFTER_HEADLINE; ) {
      if (n === root || n.contains(root)) break;
      if (n.nodeType === TEXT_NODE) {
        const t = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) parts.push(t);
      } else if (n.nodeType === ELEMENT_NODE) {
        const t = textOf(n as Element);
        if (t && t.length <= MAX_LINE) parts.push(t);
      }
      n = n.nextSibling;
    }
  }
  const joined = parts.join(' ');
  return joined.length <= MAX_LINE * 2 ? [...parts, joined] : parts;
}


