// The checks that judge relations the text states: one check per kind of relation, all built the
// same way from the page's relations (found once, in the context) and `judge`.
import { judge, type Judgement, type Relation, type RelationKind } from '../relations';
import { isAdditive, lineStart, linesBack, sameFamily } from '../relations/text';
import type { CheckId, CheckResult, Figure } from '../types';
import type { Check, CheckContext } from './context';
import { pageEvidence } from './evidence';
import { firstNumberAtOrAfter } from './sentences';

export function relationCheck(id: CheckId, kinds: readonly RelationKind[], description: string): Check {
  return {
    id,
    description,
    run(ctx: CheckContext): CheckResult[] {
      const results: CheckResult[] = [];
      for (const rel of ctx.relations()) {
        if (!kinds.includes(rel.kind)) continue;
        const found = judge(ctx.text, rel);
        if (!found) continue;
        const j = found.verdict === 'inconsistent' ? (otherReading(ctx, rel) ?? found) : found;
        results.push({
          check: id,
          figureId: rel.target.id,
          verdict: j.verdict,
          confidence: j.confidence,
          evidence: [...rel.operands, rel.target].map((f) => pageEvidence(ctx.text, ctx.meta, f)),
          message_zh: j.message_zh,
          message_en: j.message_en,
        });
      }
      return results;
    },
  };
}

// How far above a rate or share another count may stand and still be what the text divides by.
const LINES_BACK = 3;

/**
 * A rate or share that does not fit the total it was paired with, but fits another count of the
 * same kind just above it, may have been paired wrongly: then it is undecided, not a flag. A
 * careful reader asks the same before calling a figure wrong.
 */
function otherReading(ctx: CheckContext, rel: Relation): Judgement | null {
  if ((rel.kind !== 'rate' && rel.kind !== 'share') || rel.complement) return null;
  const [total, part] = rel.operands as [Figure, Figure];
  // A list's share that fits its last item alone may be that item's.
  if (rel.summed) {
    const last = rel.operands.at(-1)!;
    if (judge(ctx.text, { ...rel, operands: [total, last], summed: false })?.verdict !== 'consistent') return null;
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `${rel.word}与所列各项之和不符，却与${last.text}相符：无法确定所指部分。`,
      message_en: `Does not match the items listed together but matches ${last.text} alone: which part is meant cannot be told.`,
    };
  }
  const floor = linesBack(ctx.text, lineStart(ctx.text, part.start), LINES_BACK);
  for (let i = firstNumberAtOrAfter(ctx.figures, floor); i < ctx.figures.length; i++) {
    const f = ctx.figures[i]!;
    if (f.start < floor) continue;
    if (f.start >= rel.target.start) break;
    if (f === total || f === part || !isAdditive(f) || !sameFamily(f, total) || f.value < part.value) continue;
    // A total counted in the part's own unit (`15项` for `3项`) outranks one in another (`11件`).
    if (total.unit === part.unit && f.unit !== part.unit) continue;
    const other = judge(ctx.text, { ...rel, operands: [f, part] });
    if (other?.verdict !== 'consistent') continue;
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `${rel.word}与${total.text}不符，却与${f.text}相符：无法确定所指总数。`,
      message_en: `Does not match ${total.text} but matches ${f.text}: which total is meant cannot be told.`,
    };
  }
  return null;
}
