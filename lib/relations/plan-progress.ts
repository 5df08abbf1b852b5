// A sentence that states a plan, then what was done of it, then the share done: `计划今年新建住宅供热700万平方米,已竣工650万平方米,
// 占工程总量的93%`, `计划…建设的6.23万套经济适用房,到10月底,实际完成104%、6.5万套`. The plan is the sentence's first amount,
// named by 计划 before it; what was done, the next of the same measure, after a word of doing; the share, of the one over the other.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isQuantity, PLAN_WORDS, sameFamily } from './text';

const PLAN_BEFORE = new RegExp(`(?:${PLAN_WORDS.source})[^，,；;。]{0,16}$`);
const DONE_BEFORE = /(?:已|实际)[^，,；;。0-9]{0,10}$/;
// Between what was done and its share: a clause break and the share's words (`,占工程总量的`, `,完成计划的`).
const SHARE_AFTER = /^[，,]\s*(?:占|完成|达到?|为)[^，,；;。0-9]{0,10}$/;
// Or the share before it, joined by 、 (`实际完成104%、6.5万套`).
const SHARE_BEFORE = /^、$/;

export function findPlanProgress(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((plan, p) => {
    if (!isQuantity(plan) || !PLAN_BEFORE.test(text.slice(plan.sentence.start, plan.numberStart))) return;
    // The plan is the sentence's first figure.
    if (figures[p - 1]?.sentence.start === plan.sentence.start) return;
    const rest = figures.slice(p + 1).filter((f) => f.sentence.start === plan.sentence.start);
    const d = rest.findIndex((f) => isQuantity(f) && sameFamily(f, plan) && f.unit === plan.unit);
    const done = rest[d];
    if (!done) return;
    const doneAfter = (f: Figure) => DONE_BEFORE.test(text.slice(Math.max(plan.end, f.numberStart - 14), f.numberStart));
    const [before, after] = [rest[d - 1], rest[d + 1]];
    const share =
      after?.kind === 'percent' && doneAfter(done) && SHARE_AFTER.test(text.slice(done.end, after.numberStart))
        ? after
        : before?.kind === 'percent' && doneAfter(before) && SHARE_BEFORE.test(text.slice(before.end, done.numberStart))
          ? before
          : null;
    // Only the plan, what was done and its share: another figure between leaves the pairing unsure.
    if (!share || rest.slice(0, d).some((f) => f !== share)) return;
    out.push({ kind: 'share', target: share, operands: [plan, done], word: '完成计划', plan: true });
  });
  return out;
}
