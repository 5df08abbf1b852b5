// The checks that judge relations the text states: one check per kind of relation, all built the
// same way from the page's relations (found once, in the context) and `judge`.
import { judge, type RelationKind } from '../relations';
import type { CheckId, CheckResult } from '../types';
import type { Check, CheckContext } from './context';
import { pageEvidence } from './evidence';

export function relationCheck(id: CheckId, kinds: readonly RelationKind[], description: string): Check {
  return {
    id,
    description,
    run(ctx: CheckContext): CheckResult[] {
      const results: CheckResult[] = [];
      for (const rel of ctx.relations()) {
        if (!kinds.includes(rel.kind)) continue;
        const j = judge(ctx.text, rel);
        if (!j) continue;
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
