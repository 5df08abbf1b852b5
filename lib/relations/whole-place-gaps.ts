// `截至8月底,全省重点工程建设项目完成投资1594.2亿元,完成率69.1%,…` … `跨市项目…完成率55.9%,低于全省平均水平13个百分点`: a rate set
// against the whole place's (高于 / 低于 全省 …) in points is the gap between it and the rate of the same name the text gave the
// whole place shortly before (55.9 − 69.1 = −13.2).
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { indexOf, lineStart, linesBack } from './text';

const AGAINST_WHOLE = /^[，,]\s*(高于|低于|超过|超出|快于|慢于)(全省|全市|全县|全区|全国|我省|我市|我县|我区)(?:平均水平|平均|总体水平|水平)?$/;
const LOWER = /低于|慢于/;
// The whole place as its own sentence names it.
const NAMES_WHOLE: Record<string, RegExp> = { 省: /全省|我省/, 市: /全市|我市/, 县: /全县|我县/, 区: /全区|我区/, 国: /全国/ };
// What a rate is of: its name right before its number (`完成率`), or a share of a plan (`占年度计划的`, `完成全年投资计划的`).
const RATE_NAME = /([\u4e00-\u9fff]{1,4}率)(?:为|达|是|达到)?$/;
const OF_PLAN = /(?:占|完成)[\u4e00-\u9fff]{0,6}计划的?$/;
// How far above the rate the whole place's may stand.
const LINES_BACK = 3;

function rateName(text: string, f: Figure): string | null {
  const lead = text.slice(Math.max(f.sentence.start, f.numberStart - 12), f.numberStart);
  return OF_PLAN.test(lead) ? '计划' : (RATE_NAME.exec(lead)?.[1] ?? null);
}

export function findWholePlaceGaps(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((gap, g) => {
    const own = figures[g - 1];
    if (gap.kind !== 'percentage_points' || !own || own.kind !== 'percent') return;
    const m = AGAINST_WHOLE.exec(text.slice(own.end, gap.numberStart));
    const name = rateName(text, own);
    if (!m || !name) return;
    const whole = NAMES_WHOLE[m[2]!.slice(-1)]!;
    const floor = linesBack(text, lineStart(text, own.start), LINES_BACK);
    for (let i = indexOf(figures, own) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
      const other = figures[i]!;
      if (other.kind !== 'percent' || writtenAsChange(text, other) || rateName(text, other) !== name) continue;
      if (!whole.test(text.slice(other.sentence.start, other.numberStart))) continue;
      out.push({ kind: 'points', target: gap, operands: [own, other], word: `比${m[2]}${LOWER.test(m[1]!) ? '低' : '高'}`, falling: LOWER.test(m[1]!) });
      return;
    }
  });
  return out;
}
