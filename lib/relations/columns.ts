// A breakdown read column by column: each item gives every column one part (`一般道路交通事故17起、死亡17人`), so
// one total per column.
import type { Figure } from '../types';
import type { Relation } from './relation';

/** One column of a breakdown: a total and its part in every item. */
export interface Column {
  total: Figure;
  parts: Figure[];
  /** false for a column of changes, which cannot show the items are the whole. */
  stock?: boolean;
}

function addsUp(parts: readonly Figure[], total: Figure): boolean {
  return Math.abs(parts.reduce((n, p) => n + p.value, 0) - total.value) <= 1e-9 * Math.abs(total.value);
}

/**
 * The relations of a breakdown's columns. Items that make one stock total exactly are the whole,
 * so every column must add up; `complete` may close a column for another reason.
 */
export function columnRelations(columns: readonly Column[], word: string, complete: (c: Column) => boolean = () => false): Relation[] {
  const whole = columns.some((c) => c.stock !== false && addsUp(c.parts, c.total));
  return columns.map((c) => ({ kind: 'parts', target: c.total, operands: c.parts, word, closed: whole || complete(c), partition: true }));
}
