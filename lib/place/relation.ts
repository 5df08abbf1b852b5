// How two places stand to each other: the same, one within the other, or unrelated.
import { ancestry, division } from './divisions';

export type PlaceRelation =
  | { kind: 'same' }
  /** `inner` lies within `outer` (金水区 within 郑州市; every place within China). */
  | { kind: 'within'; inner: string; outer: string }
  | { kind: 'unrelated' };

function contains(outer: string, inner: string): boolean {
  if (outer === '000000') return inner !== outer;
  return ancestry(inner).some((d) => d.code === outer && d.code !== inner);
}

export function placeRelation(a: string, b: string): PlaceRelation {
  if (a === b) return { kind: 'same' };
  if (contains(a, b)) return { kind: 'within', inner: b, outer: a };
  if (contains(b, a)) return { kind: 'within', inner: a, outer: b };
  return { kind: 'unrelated' };
}

export function placeName(code: string | null | undefined): string {
  return division(code)?.name ?? '?';
}
