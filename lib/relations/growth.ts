// Growth and percentage-point changes when the text gives both values:
// `由A增加到B，增长X%`, `实现B，比上年的A增长X%`, `由a%提高到b%，提高N个百分点`.
// A growth rate whose earlier value the text does not give is no relation.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isQuantity, sameFamily } from './text';

const CHANGE = /(增长|增加|上升|上涨|提高|提升|下降|下跌|减少|降低|回落|下滑)了?(?:约|近)?$/;
const FALL = /下降|下跌|减少|降低|回落|下滑/;
// `年均增长` compounds over years: not (after − before) / before.
const COMPOUND = /年均|平均每年|每年/;
const FROM = /(?:由|从)(?:上年|去年|上年同期|去年同期|[0-9]{4}年(?:底|末)?|年初)?(?:的)?$/;
const TO = /(?:增加|增长|上升|提高|提升|下降|减少|降低|扩大|缩小|回落)?(?:到|至|为)了?$/;
const VERSUS = /(?:比|较|同比|相比)(?:上年|去年|上年同期|去年同期|[0-9]{4}年(?:同期)?)?(?:的|同期的)?$/;

function valuesFor(text: string, figures: readonly Figure[], t: number, kindOk: (f: Figure) => boolean): [Figure, Figure] | null {
  const target = figures[t]!;
  const inSentence: number[] = [];
  for (let i = t - 1; i >= 0 && figures[i]!.sentence.start === target.sentence.start; i--) if (kindOk(figures[i]!)) inSentence.push(i);
  for (const i of inSentence) {
    const f = figures[i]!;
    const lead = text.slice(Math.max(target.sentence.start, f.numberStart - 12), f.numberStart);
    // `由A…到B`: B is f, A the figure of its kind right before it after 由/从.
    if (TO.test(lead)) {
      const a = figures[i - 1];
      if (a && kindOk(a) && sameFamily(a, f) && FROM.test(text.slice(Math.max(target.sentence.start, a.numberStart - 12), a.numberStart))) return [a, f];
      return null;
    }
    // `B，比上年的A增长X%`: A is f, B the figure of its kind right before it.
    if (VERSUS.test(lead)) {
      const b = figures[i - 1];
      if (b && kindOk(b) && sameFamily(b, f) && b.sentence.start === target.sentence.start) return [f, b];
      return null;
    }
    return null;
  }
  return null;
}

export function findGrowth(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((f, t) => {
    const lead = text.slice(Math.max(f.sentence.start, f.numberStart - 16), f.numberStart);
    const change = CHANGE.exec(lead);
    if (!change || COMPOUND.test(lead)) return;
    const falling = FALL.test(change[1]!);
    if (f.kind === 'percent') {
      const pair = valuesFor(text, figures, t, isQuantity);
      if (pair) out.push({ kind: 'growth', target: f, operands: pair, word: change[1]!, falling });
    } else if (f.kind === 'percentage_points') {
      const pair = valuesFor(text, figures, t, (g) => g.kind === 'percent');
      if (pair) out.push({ kind: 'points', target: f, operands: pair, word: change[1]!, falling });
    }
  });
  return out;
}
