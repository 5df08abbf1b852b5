// Pages that keep adding text (infinite scroll, live blogs): one MutationObserver on the
// article, reacting only to added nodes that carry text, debounced, so that a page mutating
// every few milliseconds costs one re-check per quiet moment, never one per mutation.
import type { PageCheck } from './page-check';

const QUIET_MS = 400;
/** A page that never stops growing is re-checked at most this often. */
const MAX_WAIT_MS = 3_000;

export class GrowthWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private busy = false;

  constructor(
    private readonly check: PageCheck,
    private readonly onRechecked: () => void,
  ) {}

  watch(root: Element | null): void {
    this.stop();
    if (!root) return;
    this.observer = new MutationObserver((records) => {
      if (records.some(addsText)) this.schedule();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.firstPending = 0;
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.min(QUIET_MS, Math.max(0, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.recheck(), wait);
  }

  private async recheck(): Promise<void> {
    this.firstPending = 0;
    if (this.busy) return this.schedule();
    this.busy = true;
    try {
      await this.check.run(true);
      // Painting without the Highlight API wraps text in elements: those mutations are ours.
      this.observer?.takeRecords();
      this.onRechecked();
    } finally {
      this.busy = false;
    }
  }
}

function addsText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) {
    if (node.nodeType === 3 ? (node.textContent ?? '').trim() !== '' : /\d|[一二三四五六七八九十百千万亿两]/.test(node.textContent ?? '')) return true;
  }
  return false;
}
