// The one element this extension adds to a page: a host outside <body> with a closed shadow
// root, in which the Preact card renders. Page CSS cannot reach the card, nor its CSS the page.
// The card's UI code is loaded the first time a card opens (components/card-ui.ts).
import { browser } from 'wxt/browser';
import { type CardUi, loadedCardUi } from '@/components/card-ui';
import type { CheckResult, Figure } from '@/lib/types';
import type { Lang } from '@/lib/i18n';

/** The host is a plain <div> marked by this attribute: a custom tag name could be taken over
 * by the page (customElements.define runs page code when we create the element). */
export const HOST_ATTRIBUTE = 'data-figure-check-root';

export interface CardContent {
  figure: Figure;
  checks: readonly CheckResult[];
  quote: string;
  /** The figure in the page, to place the card beside it (and keep it there on scroll). */
  anchor: Range;
  takeFocus: boolean;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private current: string | null = null;
  private returnFocus: Element | null = null;
  private anchor: Range | null = null;
  private ui: Promise<CardUi> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly lang: Lang,
    private readonly addToLibrary: () => Promise<string>,
  ) {}

  get openFigureId(): string | null {
    return this.current;
  }

  /** True when the event happened inside the card (so hovering the card keeps it open). */
  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  async show(content: CardContent): Promise<void> {
    const ui = await this.loadUi();
    const mount = this.ensureMounted(ui);
    if (content.takeFocus) this.returnFocus = this.doc.activeElement;
    this.current = content.figure.id;
    ui.render(mount, {
      figure: content.figure,
      checks: content.checks,
      quote: content.quote,
      lang: this.lang,
      takeFocus: content.takeFocus,
      onClose: () => this.hide(),
      onCopy: (text: string) => navigator.clipboard.writeText(text).catch(() => undefined),
      onAddToLibrary: this.addToLibrary,
    });
    this.anchor = content.anchor;
    this.reposition();
  }

  /** Asks the background to inject the card's UI script into this world, once. */
  private loadUi(): Promise<CardUi> {
    this.ui ??= (async () => {
      if (!loadedCardUi()) await browser.runtime.sendMessage({ type: 'load-card-ui' });
      const ui = loadedCardUi();
      if (!ui) throw new Error('the card could not be loaded');
      return ui;
    })().catch((e: unknown) => {
      this.ui = null;
      throw e;
    });
    return this.ui;
  }

  /** Keeps the card beside its figure as the page scrolls; hides it once the figure is out of view. */
  reposition(): void {
    if (!this.mount || !this.anchor || this.current === null) return;
    const rect = this.anchor.getBoundingClientRect();
    const view = this.doc.documentElement;
    if (rect.bottom < 0 || rect.top > view.clientHeight) {
      this.hide();
      return;
    }
    this.place(this.mount.firstElementChild as HTMLElement | null, rect);
  }

  hide(): void {
    if (!this.mount || this.current === null) return;
    loadedCardUi()?.render(this.mount, null);
    this.current = null;
    this.anchor = null;
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
    this.returnFocus = null;
  }

  dispose(): void {
    this.hide();
    this.host?.remove();
    this.host = this.mount = null;
  }

  private ensureMounted(ui: CardUi): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, '');
    // Page rules may hide, shrink or clip unknown elements with !important (a `contain` or
    // `overflow` on the host would clip the fixed card); inline !important declarations win
    // over every page rule.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('display', 'block', 'important');
    // Closed: a page script cannot read the evidence shown (titles, URLs and quotes of the
    // articles the reader keeps) nor press the card's buttons; we keep our own reference.
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = ui.css;
    const mount = this.doc.createElement('div');
    root.append(style, mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /**
   * Below the figure when there is room, else above; when neither side has room, on the roomier
   * side with its height cut to that room (the card scrolls inside). Always inside the viewport.
   */
  private place(card: HTMLElement | null, anchor: DOMRect): void {
    if (!card) return;
    const view = this.doc.documentElement;
    const margin = 8;
    const width = Math.min(380, view.clientWidth - 2 * margin);
    card.style.left = `${Math.max(margin, Math.min(anchor.left, view.clientWidth - width - margin))}px`;
    card.style.maxHeight = '';
    const below = view.clientHeight - anchor.bottom - 6 - margin;
    const above = anchor.top - 6 - margin;
    let height = card.offsetHeight;
    let top: number;
    if (height <= below) top = anchor.bottom + 6;
    else if (height <= above) top = anchor.top - 6 - height;
    else {
      const room = Math.max(below, above, 120);
      card.style.maxHeight = `${room}px`;
      height = Math.min(height, room);
      top = below >= above ? anchor.bottom + 6 : anchor.top - 6 - height;
    }
    card.style.top = `${Math.max(margin, Math.min(top, view.clientHeight - height - margin))}px`;
  }
}
