// Shares of a plan whose items the sentence sorts by how far they got: `已启动实施272个村、20506户,分别占
// 计划的81.4%、80.2%;完成10个村、1229户,分别占计划的3%、4.8%;未启动实施的52个村、3835户,分别占计划的
// 15.6%、15%`. The plan's size is not written, but every item is in one state — done, under way, not yet
// begun — so the plan is the parts together: 272 ÷ (272 + 10 + 52). Only where the states include one
// that is not yet done, per unit (村 apart from 户), and as far as the shares make the whole plan.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { clauseListStart, isAdditive } from './text';

const OF_PLAN = /(分别)?占(?:年度|全年)?(?:计划|目标任务|任务)(?:总数|数)?的?$/;
/** What the clause of a part says of it: a state of progress. */
const NOT_YET = /未|尚未|正在|推进缓慢|滞后|在建|进行中/;
const UNDER_WAY_OR_DONE = /已|完成|启动|开工|推进|建成/;

interface StatePart {
  part: Figure;
  share: Figure;
  clause: string;
}


/** Shares that make a plan whole, with their rounding. */
const WHOLE_PLAN = 99;

function statesOfOnePlan(group: StatePart[]): Relation[] {
  if (group.length < 2 || !group.some((p) => NOT_YET.test(p.clause)) || !group.some((p) => !NOT_YET.test(p.clause) && UNDER_WAY_OR_DONE.test(p.clause))) return [];
  const parts = group.map((p) => p.part);
  return group.map(({ part, share }) => ({ kind: 'share', target: share, operands: [part, ...parts.filter((p) => p !== part)], word: '占计划', ofListed: true }));
}

export function findStatusShares(text: string, figures: readonly Figure[]): Relation[] {
  // Shares `分别` share their lead with the first of them: `分别占计划的81.4%、80.2%`.
  const joined = (a: Figure | undefined, b: Figure | undefined) => !!a && !!b && a.kind === 'percent' && b.kind === 'percent' && /^[、和及]$/.test(text.slice(a.end, b.numberStart).trim());
  const bySentence = new Map<number, StatePart[]>();
  figures.forEach((share, s) => {
    if (share.kind !== 'percent' || share.unit !== '%') return;
    let first = s;
    while (first > 0 && joined(figures[first - 1], figures[first])) first--;
    let last = s;
    while (joined(figures[last], figures[last + 1])) last++;
    const lead = text.slice(Math.max(share.sentence.start, figures[first]!.numberStart - 12), figures[first]!.numberStart);
    const plan = OF_PLAN.exec(lead);
    if (!plan) return;
    // The parts: as many additive figures right before the shares, in order, in the same clause.
    const n = last - first + 1;
    if (!plan[1] && n > 1) return;
    const parts = figures.slice(Math.max(0, first - n), first);
    const position = s - first;
    const part = parts[position];
    if (parts.length !== n || !part || !isAdditive(part) || part.sentence.start !== share.sentence.start) return;
    if (parts.some((p) => /[；;。]/.test(text.slice(p.end, figures[first]!.numberStart)))) return;
    const list = bySentence.get(share.sentence.start) ?? [];
    list.push({ part, share, clause: text.slice(clauseListStart(text, parts[0]!), parts[0]!.numberStart) });
    bySentence.set(share.sentence.start, list);
  });
  const out: Relation[] = [];
  for (const list of bySentence.values()) {
    for (const unit of new Set(list.map((p) => p.part.unit))) {
      // One plan's states run until their shares make the whole plan; a second plan may follow.
      let group: StatePart[] = [];
      let sum = 0;
      for (const entry of list.filter((p) => p.part.unit === unit)) {
        group.push(entry);
        sum += entry.share.value;
        if (sum < WHOLE_PLAN) continue;
        out.push(...statesOfOnePlan(group));
        group = [];
        sum = 0;
      }
    }
  }
  return out;
}
