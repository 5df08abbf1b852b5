// Binary search over items sorted by an offset: the lookups by position that keep long pages linear.

/** Index of the first item whose key is at or after `offset` (items sorted by key). */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
