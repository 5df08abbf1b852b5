// Changes between the items of a list named by ordinals: `在三个阶段的满意度…分别为78.6%、88.9%和92.4%，
// 活动第三阶段结束，群众的满意率比第二阶段提高了3.5个百分点，比第一阶段提高了13.8个百分点`. The list
// announces how many items it holds (`三个阶段`) and gives their values with 分别 in order, so `第K阶段`
// is its K-th value; a change `比第M阶段…` after it compares the K-th item named last with the M-th.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CHANGE, FALL } from './changes';
import { isQuantity } from './text';

const DIGITS = '一二三四五六七八九';
const ORDINAL = `[${DIGITS}1-9]`;
const LIST_JOIN = /^[、和及与,，]{1,2}$/;

function ordinalValue(s: string): number {
  const k = DIGITS.indexOf(s);
  return k >= 0 ? k + 1 : Number(s);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The run of values after 分别 from `i` on: same kind and unit, joined by 、 和 及. */
function respectively(text: string, figures: readonly Figure[], i: number): number[] {
  const first = figures[i]!;
  if (!/分别(?:为|是)?$/.test(text.slice(Math.max(first.sentence.start, first.numberStart - 4), first.numberStart))) return [];
  const run = [i];
  for (let k = i + 1; k < figures.length; k++) {
    const f = figures[k]!;
    if (f.kind !== first.kind || f.unit !== first.unit || f.sentence.start !== first.sentence.start) break;
    if (!LIST_JOIN.test(text.slice(figures[k - 1]!.numberEnd, f.numberStart))) break;
    run.push(k);
  }
  return run;
}

export function findOrdinalItemChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const run = respectively(text, figures, i);
    if (run.length < 2) continue;
    const first = figures[i]!;
    // The count that announces the items, just before the run in its sentence: `三个阶段`.
    let count: Figure | undefined;
    for (let k = i - 1; k >= 0 && figures[k]!.sentence.start === first.sentence.start && !count; k--) {
      const f = figures[k]!;
      if (f.kind === 'count' && f.value === run.length && f.label) count = f;
    }
    if (!count || !count.label || count.label.length > 4) continue;
    const noun = escape(count.label);
    const items = run.map((k) => figures[k]!);
    const last = items[items.length - 1]!;
    const isPoints = first.kind === 'percent';
    if (!isPoints && !isQuantity(first)) continue;
    // The changes follow in the same sentence: each `比第M{noun}` after the item `第K{noun}` named last.
    const comparedWith = new RegExp(`比第(${ORDINAL})${noun}的?[^，,、；;]{0,8}$`);
    const subject = new RegExp(`第(${ORDINAL})${noun}`, 'g');
    for (let k = run[run.length - 1]! + 1; k < figures.length && figures[k]!.sentence.start === first.sentence.start; k++) {
      const c = figures[k]!;
      if (c.kind !== (isPoints ? 'percentage_points' : 'percent')) continue;
      const lead = text.slice(last.end, c.numberStart);
      const verb = CHANGE.exec(lead);
      if (!verb) continue;
      const head = lead.slice(0, verb.index);
      const m = comparedWith.exec(head);
      if (!m) continue;
      // The item compared: the last `第K{noun}` before the 比 that is not itself after 比.
      let own = 0;
      for (const s of head.slice(0, m.index).matchAll(subject)) if (head[s.index! - 1] !== '比') own = ordinalValue(s[1]!);
      const other = ordinalValue(m[1]!);
      if (own < 1 || own > items.length || other < 1 || other > items.length || own === other) continue;
      out.push({ kind: isPoints ? 'points' : 'growth', target: c, operands: [items[other - 1]!, items[own - 1]!], word: verb[1]!, falling: FALL.test(verb[1]!) });
    }
  }
  return out;
}
