// Whether a planted target stays inside what its operands, at the precision they are written with,
// allow: `136万人 / 364万人` may be anything from 37.30 % to 37.43 %, so a share planted at 37.63 %
// is caught, one planted at 37.33 % is no error a reader could see. Worked out here from the
// labelled relation's arithmetic (operand order as test/corpus/README.md defines it), apart from
// the checks' own judging.
import type { Figure } from '../../lib/types';
import type { LabelledRelation } from './corpus';

const PLAN = /计划|計劃|目标|目標|任务|任務/;

interface Span {
  lo: number;
  hi: number;
}

/** The written number's value ± half a unit of its last digit, when it may be rounded (a qualified one: none known). */
function span(text: string, f: Figure): Span | null {
  if (f.qualifier !== null) return null;
  const digits = /[0-9]+(?:\.[0-9]+)?/.exec(text.slice(f.numberStart, f.numberEnd).replace(/,/g, ''))?.[0];
  if (!digits || Number(digits) === 0) return null;
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const scale = Math.abs(f.value / Number(digits));
  // A whole number without 万 or 亿 is a count as it stands; decimals and multipliers are rounded.
  if (decimals === 0 && Math.abs(scale - 1) < 1e-9) return { lo: f.value, hi: f.value };
  const half = 0.5 * 10 ** -decimals * scale;
  return { lo: f.value - half, hi: f.value + half };
}

function allowed(type: LabelledRelation['type'], ops: Span[]): Span | null {
  const [a, b] = ops;
  if (type === 'parts_total') return { lo: ops.reduce((n, o) => n + o.lo, 0), hi: ops.reduce((n, o) => n + o.hi, 0) };
  if (ops.length !== 2 || !a || !b || a.lo <= 0 || b.lo <= 0) return null;
  switch (type) {
    case 'rate':
    case 'share':
      return { lo: (b.lo / a.hi) * 100, hi: (b.hi / a.lo) * 100 };
    case 'average':
      return { lo: a.lo / b.hi, hi: a.hi / b.lo };
    case 'growth': {
      const [x, y] = [(b.lo / a.hi - 1) * 100, (b.hi / a.lo - 1) * 100];
      return { lo: Math.min(Math.abs(x), Math.abs(y)), hi: Math.max(Math.abs(x), Math.abs(y)) };
    }
    case 'pp_change':
      return { lo: Math.abs(b.lo - a.hi), hi: Math.abs(b.hi - a.lo) };
    default:
      return null;
  }
}

/**
 * Whether the planted target (its figure in the planted text) lies within what the operands allow,
 * widened by half a unit of the target's own last digit.
 */
export function withinPrecision(rel: LabelledRelation, originalText: string, operands: readonly (Figure | null)[], plantedText: string, planted: Figure | null): boolean {
  if (!planted || operands.some((o) => o === null)) return false;
  const spans = operands.map((o) => span(originalText, o!));
  // Against a plan (`完成年度计划的108.5%`) the denominator is set, not measured.
  const plan = operands[0]!;
  if ((rel.type === 'rate' || rel.type === 'share') && PLAN.test(rel.context)) spans[0] = { lo: plan.value, hi: plan.value };
  if (spans.some((s) => s === null)) return false;
  const range = allowed(rel.type, spans as Span[]);
  const own = span(plantedText, planted);
  if (!range || !own) return false;
  const half = (own.hi - own.lo) / 2;
  const v = Math.abs(planted.value);
  return v >= range.lo - half && v <= range.hi + half;
}
