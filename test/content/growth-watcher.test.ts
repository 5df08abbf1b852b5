// The growth watcher's timing, with the clock and the page's mutations driven by the test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GrowthWatcher } from '@/entrypoints/content/growth-watcher';

// The one observer the watcher creates; the test delivers mutation records to it.
let deliver: (records: unknown[]) => void = () => undefined;
class FakeObserver {
  constructor(callback: (records: unknown[]) => void) {
    deliver = callback;
  }
  observe(): void {}
  disconnect(): void {}
  takeRecords(): unknown[] {
    return [];
  }
}
const addedText = [{ type: 'characterData', addedNodes: [] }];

describe('re-checking a page that grows', () => {
  let runs: boolean[];
  let watcher: GrowthWatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MutationObserver', FakeObserver);
    runs = [];
    watcher = new GrowthWatcher({ run: async (force: boolean) => (runs.push(force), true) }, () => undefined);
  });

  afterEach(() => {
    watcher.stop();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** The page changes every `every` ms for `ms` ms. */
  async function keepChanging(ms: number, every = 100): Promise<void> {
    for (let t = 0; t < ms; t += every) {
      deliver(addedText);
      await vi.advanceTimersByTimeAsync(every);
    }
  }

  it('re-checks once per quiet moment', async () => {
    watcher.watch({} as Element, false);
    await keepChanging(300);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual([false]);
  });

  it('re-checks as the first run was: forced only when the reader asked', async () => {
    watcher.watch({} as Element, true);
    await keepChanging(200);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual([true]);
  });

  it('backs off on a page that never goes quiet', async () => {
    watcher.watch({} as Element, false);
    await keepChanging(60_000);
    // Every 3 s would be 20 re-checks in a minute; doubling from 3 s gives 3, 6, 12, 24 s apart.
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(5);
    // Quiet again: the next burst is re-checked promptly.
    await vi.advanceTimersByTimeAsync(5_000);
    const before = runs.length;
    await keepChanging(300);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs.length).toBe(before + 1);
  });
});
