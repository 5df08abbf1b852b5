// `每年评定10个重点特色乡(镇),每个乡(镇)给予1000万元奖励,共计10000万元`, `每年预算统筹安排5亿元,4年共安排20亿元`: an amount for
// each one (每个, 每年), the number of them, and the sum (共, 共计, 合计) in one sentence: the amount for each is the sum
// over the number (an average the text states exactly).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CLAUSE_END, isAdditive } from './text';

/** `每个`, `每村`, `每年`: what the amount is for each of (the measure word or the thing). */
const EACH = /每(?:个|個)?([\u4e00-\u9fff])[^，,。；;！？\n0-9０-９]{0,12}$/;
const SUM = /(?:共计|共|合计|总计|累计)[\u4e00-\u9fff]{0,6}$/;

const clauseLead = (text: string, f: Figure) => text.slice(f.sentence.start, f.numberStart).split(CLAUSE_END).at(-1)!.split(/[，,]/).at(-1)!;

export function findPerEach(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const each of figures) {
    if (each.kind !== 'amount' || !isAdditive(each)) continue;
    const m = EACH.exec(clauseLead(text, each));
    if (!m) continue;
    const thing = m[1]!;
    const sentence = figures.filter((f) => f.sentence.start === each.sentence.start);
    // The sum: the first amount after it in the sentence, in its unit, introduced as a sum.
    const sum = sentence.find((f) => f.start > each.end && f.kind === 'amount' && f.unit === each.unit && SUM.test(clauseLead(text, f)));
    if (!sum || sum.value <= each.value) continue;
    // How many: a count of the things (`10个重点特色乡(镇)`, `100个…村`) or of the years (`4年`), once in the sentence.
    const counts = sentence.filter((f) => f !== each && f !== sum && f.kind !== 'amount' && f.kind !== 'percent' && countsThing(text, f, thing));
    if (counts.length !== 1 || !Number.isInteger(counts[0]!.value) || counts[0]!.value < 2) continue;
    out.push({ kind: 'average', target: each, operands: [sum, counts[0]!], word: `每${thing}` });
  }
  return out;
}

/** Whether `f` counts the things `每` names: in years for 每年, in 个 for 每个 (or the thing's own character). */
function countsThing(text: string, f: Figure, thing: string): boolean {
  if (thing === '年') return f.unit === '年';
  const words = text.slice(f.numberEnd, f.end);
  return f.kind === 'count' && (f.unit === '个' || f.unit === '個' || words.includes(thing));
}
