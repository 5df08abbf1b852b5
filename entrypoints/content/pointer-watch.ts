// The Highlight API paints ranges but gives them no events: hit-test the pointer against the
// figures instead. One passive listener, throttled to one test per animation frame.
import { caretAt, rangeContainsPoint } from './figure-index';
import type { CardHost } from './card-host';
import type { PageCheck } from './page-check';
import { overallVerdict } from '@/lib/verdicts';

// A card opens once the pointer rests on a figure (moves under REST_PX for OPEN_DELAY_MS): a
// pointer sweeping across lines of figures on its way elsewhere never rests, so opens none.
const OPEN_DELAY_MS = 300;
const REST_PX = 4;
const CLOSE_DELAY_MS = 400;

export class PointerWatch {
  private started = false;
  private frame = 0;
  private lastX = 0;
  private lastY = 0;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private hovered: string | null = null;
  private restX = 0;
  private restY = 0;

  constructor(
    private readonly doc: Document,
    private readonly check: PageCheck,
    private readonly card: CardHost,
    private readonly signal: AbortSignal,
  ) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    const options = { passive: true, signal: this.signal };
    this.doc.addEventListener('pointermove', (e) => this.onMove(e), options);
    this.doc.addEventListener('click', (e) => this.onClick(e), { signal: this.signal });
    this.doc.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape' && this.card.openFigureId) this.card.hide();
      },
      { signal: this.signal, capture: true },
    );
    let scrollFrame = 0;
    this.doc.defaultView?.addEventListener(
      'scroll',
      () => {
        scrollFrame ||= requestAnimationFrame(() => {
          scrollFrame = 0;
          this.card.reposition();
        });
      },
      { passive: true, signal: this.signal },
    );
  }

  /** The figures changed (the page grew): forget what was under the pointer. */
  refresh(): void {
    this.hovered = null;
  }

  // Only the reader's own pointer opens cards: a page script can dispatch synthetic events
  // (isTrusted false) at a figure to make the card show what the reader keeps.
  private onMove(e: PointerEvent): void {
    if (!e.isTrusted) return;
    if (this.card.contains(e)) {
      clearTimeout(this.closeTimer);
      return;
    }
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const id = this.figureIdAt(this.lastX, this.lastY);
      if (id && id === this.hovered && id !== this.card.openFigureId && Math.hypot(this.lastX - this.restX, this.lastY - this.restY) > REST_PX) {
        this.restAt(id); // still moving over the figure: wait for it to rest
        return;
      }
      if (id === this.hovered) return;
      this.hovered = id;
      clearTimeout(this.openTimer);
      if (id) {
        clearTimeout(this.closeTimer);
        this.restAt(id);
      } else if (this.card.openFigureId) {
        this.closeTimer = setTimeout(() => this.card.hide(), CLOSE_DELAY_MS);
      }
    });
  }

  private restAt(id: string): void {
    clearTimeout(this.openTimer);
    this.restX = this.lastX;
    this.restY = this.lastY;
    this.openTimer = setTimeout(() => this.open(id), OPEN_DELAY_MS);
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || this.card.contains(e)) return;
    const id = this.figureIdAt(e.clientX, e.clientY);
    if (id) this.open(id);
    else if (this.card.openFigureId) this.card.hide();
  }

  private figureIdAt(x: number, y: number): string | null {
    const index = this.check.index;
    if (!index) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const figure = index.figureAt(caret.node, caret.offset) ?? (caret.offset > 0 ? index.figureAt(caret.node, caret.offset - 1) : null);
    if (!figure) return null;
    // A figure the reader chose not to see highlighted opens no card under the pointer either.
    if (this.check.highlighter.hides(overallVerdict(this.check.checksOf(figure.id)))) return null;
    const range = index.rangeOf(figure);
    return range && rangeContainsPoint(range, x, y) ? figure.id : null;
  }

  private open(id: string): void {
    const figure = this.check.figures.find((f) => f.id === id);
    const range = figure && this.check.index?.rangeOf(figure);
    if (!figure || !range) return;
    void this.card
      .show({ figure, checks: this.check.checksOf(id), quote: this.check.summary.quotes[id] ?? '', anchor: range, takeFocus: false })
      .catch(() => undefined);
  }
}
