// HTML to a DOM in Node, built the way a browser builds it. linkedom's own parser (htmlparser2)
// keeps the markup's shape: a page with two <body> tags gets two body elements, one without
// <body> gets none, a <p> is not closed by a <div>, and so the site adapters see a different tree
// than in Chromium. parse5 implements the HTML standard's tree construction; its tree is copied
// into a linkedom document, which gives the adapters the DOM API they use (querySelector,
// textContent, parentElement …).
import { parse } from 'parse5';
import { parseHTML } from 'linkedom';

type P5Node = {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Array<{ name: string; value: string; prefix?: string; namespace?: string }>;
  childNodes?: P5Node[];
  value?: string;
  data?: string;
  content?: { childNodes: P5Node[] };
};

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function createNode(doc: Document, node: P5Node): Node | null {
  if (node.nodeName === '#text') return doc.createTextNode(node.value ?? '');
  if (node.nodeName === '#comment') return doc.createComment(node.data ?? '');
  if (!node.tagName) return null; // the doctype: linkedom's document keeps its own
  const el = node.namespaceURI && node.namespaceURI !== HTML_NS ? doc.createElementNS(node.namespaceURI, node.tagName) : doc.createElement(node.tagName);
  for (const attr of node.attrs ?? []) {
    const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    try {
      el.setAttribute(name, attr.value);
    } catch {
      // A name the DOM refuses (a stray quote in broken markup): a browser drops it too.
    }
  }
  return el;
}

/** Copies a parse5 subtree, iteratively: pages nest thousands of elements deep. */
function copyTree(doc: Document, top: P5Node): Node | null {
  const copy = createNode(doc, top);
  if (!copy) return null;
  const stack: Array<[P5Node, Node]> = [[top, copy]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    // A <template>'s children live in its content fragment, out of the document tree.
    const children = from.content?.childNodes ?? from.childNodes ?? [];
    const target = from.content && 'content' in to ? (to as HTMLTemplateElement).content : to;
    for (const child of children) {
      const node = createNode(doc, child);
      if (!node) continue;
      target.appendChild(node);
      if (child.childNodes?.length || child.content) stack.push([child, node]);
    }
  }
  return copy;
}

/** The document a browser would build from this HTML (scripting on, as in a browser tab). */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML('<!DOCTYPE html><html></html>');
  const doc = document as unknown as Document;
  const tree = parse(html) as unknown as P5Node;
  const root = (tree.childNodes ?? []).find((n) => n.nodeName === 'html');
  doc.documentElement.remove();
  if (root) {
    const html = copyTree(doc, root);
    if (html) doc.appendChild(html);
  }
  return doc;
}
