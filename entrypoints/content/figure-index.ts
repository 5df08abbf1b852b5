// Maps between DOM positions and figures: which figure is under the pointer, which Range a
// figure covers. Built once per check from the article's text segments.
import type { Figure } from '@/lib/types';
import { type TextSegment, locate } from '@/lib/page/article-text';
import { firstAtOrAfter } from '@/lib/sorted';

export class FigureIndex {
  private readonly segmentStart = new Map<Text, number>();
  private readonly byStart: Figure[];

  constructor(
    private readonly doc: Document,
    private readonly segments: readonly TextSegment[],
    figures: readonly Figure[],
  ) {
    for (const s of segments) this.segmentStart.set(s.node, s.start);
    this.byStart = [...figures].sort((a, b) => a.start - b.start);
  }

  rangeOf(figure: Figure): Range | null {
    const from = locate(this.segments, figure.start);
    const to = locate(this.segments, figure.end);
    if (!from || !to) return null;
    const range = this.doc.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null; // the page changed the node since the article was read
    }
    return range;
  }

  /** The figure whose text contains this DOM position, if any. */
  figureAt(node: Node, offset: number): Figure | null {
    if (node.nodeType !== 3) return null;
    const base = this.segmentStart.get(node as Text);
    if (base === undefined) return null;
    const at = base + offset;
    const f = this.byStart[firstAtOrAfter(this.byStart, at + 1, (g) => g.start) - 1];
    return f && at < f.end ? f : null;
  }
}

/** The caret position under a point, in whichever form this browser offers. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The caret snaps to the nearest character: accept only points inside the figure's boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
