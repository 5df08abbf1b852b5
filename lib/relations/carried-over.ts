// `受理宜春下派工单1905件,…;上月未办结工单233件,本月共有工单2138件`: what came in over a period and what was carried over from
// the one before make what the period had to handle, the total written after them.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { writtenAsChange } from './changes';
import { CARRIED_OVER, isAdditive, lineStart, OWN_CLAUSE, wordsBefore } from './text';

// What was carried over (CARRIED_OVER), or what the period before left undone (`上月未办结`).
const CARRIED = new RegExp(`${CARRIED_OVER.source}|(?:上月|上期|上年|上周|上季度|以前|往期)(?:未办结|未结|遗留)`);
const CAME_IN = /受理|接收|收到|接到|新增|新收/;
const HANDLED = /(?:本月|本期|本年|本周|本季度|全年)(?:共有|共计|合计|总计|共)[\u4e00-\u9fff]{0,6}$/;

export function findCarriedOver(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((total, i) => {
    if (!isAdditive(total) || total.kind !== 'count' || !HANDLED.test(OWN_CLAUSE.exec(wordsBefore(text, total, 16))![0])) return;
    const line = lineStart(text, total.start);
    const before = figures.slice(0, i).filter((f) => f.start >= line && isAdditive(f) && f.unit === total.unit && !writtenAsChange(text, f));
    const clause = (f: Figure) => OWN_CLAUSE.exec(wordsBefore(text, f, 16))![0];
    const carried = before.filter((f) => CARRIED.test(clause(f)));
    const cameIn = before.filter((f) => !CARRIED.test(clause(f)) && CAME_IN.test(clause(f)));
    if (carried.length !== 1 || cameIn.length !== 1) return;
    out.push({ kind: 'parts', target: total, operands: [cameIn[0]!, carried[0]!].sort((a, b) => a.start - b.start), word: '结转', closed: true, partition: true });
  });
  return out;
}
