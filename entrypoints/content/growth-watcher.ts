// Pages that keep adding text (infinite scroll, live blogs): one MutationObserver on the
// article, reacting only to added nodes that carry text, debounced, so that a page mutating
// every few milliseconds costs one re-check per quiet moment, never one per mutation. A page
// that never goes quiet is re-checked at longer and longer intervals.
import type { PageCheck } from './page-check';

const QUIET_MS = 400;
/** A page that never stops growing is re-checked after this long at first… */
const MAX_WAIT_MS = 3_000;
/** …and, while it goes on changing, at twice the interval each time, up to this. */
const MAX_BACKOFF_MS = 60_000;

export class GrowthWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private lastChange = 0;
  private maxWait = MAX_WAIT_MS;
  private busy = false;
  private force = false;

  constructor(
    private readonly check: Pick<PageCheck, 'run'>,
    private readonly onRechecked: () => void,
  ) {}

  /** `force`: whether the run that found the article was forced (the reader asked); re-checks are alike. */
  watch(root: Element | null, force: boolean): void {
    this.stop();
    if (!root) return;
    this.force = force;
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
    this.maxWait = MAX_WAIT_MS;
  }

  private schedule(): void {
    const now = Date.now();
    this.lastChange = now;
    if (!this.firstPending) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.min(QUIET_MS, Math.max(0, this.firstPending + this.maxWait - now));
    this.timer = setTimeout(() => void this.recheck(), wait);
  }

  private async recheck(): Promise<void> {
    this.firstPending = 0;
    if (this.busy) return this.schedule();
    // Still changing when the wait ran out: the page does not go quiet, so wait longer next time.
    const stillChanging = Date.now() - this.lastChange < QUIET_MS;
    this.maxWait = stillChanging ? Math.min(this.maxWait * 2, MAX_BACKOFF_MS) : MAX_WAIT_MS;
    this.busy = true;
    try {
      await this.check.run(this.force);
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
