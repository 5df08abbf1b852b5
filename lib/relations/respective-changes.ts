// `春粮面积214.4万亩,早稻面积1296.3万亩,秋粮面积1834.8万亩,分别比上年增加7.5万亩、8.5万亩、9.9万亩,分别增长3.6%、0.7%、0.5%`:
// values, then their changes and their rates in the same order (分别 … 分别). Each rate is its change over its value less the
// change, as when one value is written with its own change and rate (./changes.ts). The values may be of several measures, each
// change in its value's (`发生各类生产安全事故53起、死亡52人,同比减少108起、66人,分别下降67.1%、55.9%`).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { FALL, NEXT_CHANGE as NEXT } from './changes';
import { isQuantity, sameFamily } from './text';

const CHANGES_LEAD = /(?:分别(?:比上年|较上年|比去年|同比)?|(?:比上年|较上年|比去年|同比))(增加|减少)$/;
const RATES_LEAD = /^[，,]\s*分别(增长|下降|上升|减少)$/;
const nextRate = (between: string) => between === '' || NEXT.test(between);
const BETWEEN_VALUES = /^[，,、][^，,。；;0-9０-９]{0,12}$/;

export function findRespectiveChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((first, i) => {
    const lead = CHANGES_LEAD.exec(text.slice(Math.max(first.sentence.start, first.numberStart - 10), first.numberStart));
    if (!lead || !isQuantity(first)) return;
    const run = (from: number, ok: (f: Figure) => boolean) => {
      const found = [figures[from]!];
      for (let k = from + 1; k < figures.length && ok(figures[k]!) && NEXT.test(text.slice(figures[k - 1]!.end, figures[k]!.numberStart)); k++) found.push(figures[k]!);
      return found;
    };
    const changes = run(i, (f) => f.sentence.start === first.sentence.start && isQuantity(f));
    const n = changes.length;
    const rates = figures.slice(i + n, i + 2 * n);
    // (Two rates may stand with nothing between where a page lost its separators, `分别下降67.1%55.9%`: no one number reads so.)
    if (n < 2 || rates.length !== n || !rates.every((r, k) => r.kind === 'percent' && r.sentence.start === first.sentence.start && (k === 0 || nextRate(text.slice(rates[k - 1]!.end, r.numberStart))))) return;
    const said = RATES_LEAD.exec(text.slice(changes.at(-1)!.end, rates[0]!.numberStart))?.[1];
    if (!said || FALL.test(said) !== FALL.test(lead[1]!)) return;
    // The values: the n quantities right before the changes, one a clause, in their unit.
    const values = figures.slice(i - n, i);
    if (values.length !== n || !values.every((v, k) => v.sentence.start === first.sentence.start && isQuantity(v) && v.unit === changes[k]!.unit && sameFamily(v, changes[k]!) && BETWEEN_VALUES.test(text.slice(v.end, (values[k + 1] ?? first).numberStart).replace(CHANGES_LEAD, '')))) return;
    rates.forEach((rate, k) => out.push({ kind: 'growth', target: rate, operands: [changes[k]!, values[k]!], word: said, falling: FALL.test(said), byChange: true }));
  });
  return out;
}
