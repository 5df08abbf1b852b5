// Changes against the previous period, written as a clause of the earlier values and a clause of
// their changes in the same order (weekly and monthly reports):
//   `成交930套/76458.66㎡,均价53060元/㎡；上周成交1325套/104390.1㎡,均价52774元/㎡；
//    成交套数下跌29.81%、成交面积下跌26.76%、成交均价上升0.54%`
// Each earlier value pairs with the nearest figure of its own unit before it on the line (this
// period's value). The pairing is by order and unit only when the counts agree exactly; anything
// else is no relation.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CHANGE, FALL } from './changes';
import { CLAUSE_END, isAdditive, isQuantity, lineStart, sameFamily } from './text';

const PREVIOUS_WORDS = '上周|上月|上季度|上年|去年|上期|前一周|前一月';
const PREVIOUS = new RegExp(`^[\\s，,]*(?:${PREVIOUS_WORDS})`);
// A cheap look at the words just before a figure, so that most figures cost one test.
const PREVIOUS_NEAR = new RegExp(PREVIOUS_WORDS);

/** Indexes of the figures of one clause (up to a semicolon or sentence end), from `first` on. */
function clauseFigures(text: string, figures: readonly Figure[], first: number): number[] {
  const out: number[] = [];
  for (let i = first; i < figures.length; i++) {
    if (i > first && CLAUSE_END.test(text.slice(figures[i - 1]!.end, figures[i]!.start))) break;
    out.push(i);
  }
  return out;
}

function clauseStart(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && !CLAUSE_END.test(text[k - 1]!)) k--;
  return k;
}

export function findPeriodChanges(text: string, figures: readonly Figure[]): Relation[] {
  return [...previousClauses(text, figures), ...namedPrevious(text, figures)];
}

function previousClauses(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (!PREVIOUS_NEAR.test(text.slice(Math.max(0, f.numberStart - 12), f.numberStart))) continue;
    const start = clauseStart(text, f.start);
    if (i > 0 && figures[i - 1]!.end > start) continue; // not the clause's first figure
    if (!PREVIOUS.test(text.slice(start, f.numberStart))) continue;
    const earlier = clauseFigures(text, figures, i);
    if (!earlier.every((k) => isQuantity(figures[k]!))) continue;
    const next = earlier[earlier.length - 1]! + 1;
    const between = next < figures.length ? text.slice(figures[next - 1]!.end, figures[next]!.start) : '';
    // The changes follow in the very next clause, after a semicolon or comma.
    if (next >= figures.length || /[。！？\n]/.test(between)) continue;
    const changes = clauseFigures(text, figures, next);
    if (changes.length !== earlier.length) continue;
    const verbs = changes.map((k) => CHANGE.exec(text.slice(Math.max(start, figures[k]!.numberStart - 4), figures[k]!.numberStart)));
    if (verbs.some((v) => !v) || !changes.every((k) => figures[k]!.kind === 'percent')) continue;
    const floor = lineStart(text, start);
    const pairs = earlier.map((k) => thisPeriod(text, figures, figures[k]!, i, floor));
    if (pairs.some((p) => p === null)) continue;
    changes.forEach((k, n) => {
      const verb = verbs[n]![1]!;
      out.push({ kind: 'growth', target: figures[k]!, operands: [figures[earlier[n]!]!, pairs[n]!], word: verb, falling: FALL.test(verb) });
    });
    i = changes[changes.length - 1]!;
  }
  return out;
}

/** This period's value: the nearest figure of the same kind and unit before the earlier clause, on its line. */
function thisPeriod(text: string, figures: readonly Figure[], before: Figure, clauseFirst: number, floor: number): Figure | null {
  for (let k = clauseFirst - 1; k >= 0 && figures[k]!.start >= floor; k--) {
    const c = figures[k]!;
    if (c.kind !== before.kind || c.unit !== before.unit) continue;
    return PREVIOUS.test(text.slice(clauseStart(text, c.start), c.numberStart)) ? null : c;
  }
  return null;
}

// `上月未办结工单233件` … `本月未办结工单206件，比上月降低11.59%`: a change against the previous period
// whose earlier value the text gives elsewhere, named by that period and the same words.
const AGAINST_PREVIOUS = new RegExp(`^[，,]\\s*(?:比|较)(${PREVIOUS_WORDS})(?:同期)?(增长|增加|上升|上涨|提高|下降|下跌|减少|降低|回落)了?$`);
const THIS_PERIOD = /^(?:本周|本月|本季度|本年|今年|当月)/;
// What a label opens with that names nothing (`5.本月…` keeps the item's number's point).
const LEADING_MARKS = /^[^\u4e00-\u9fff]+/;

function namedPrevious(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const name = (f: Figure) => (f.label ?? '').replace(LEADING_MARKS, '');
  figures.forEach((change, i) => {
    const now = figures[i - 1];
    if (change.kind !== 'percent' || !now || !isAdditive(now)) return;
    const m = AGAINST_PREVIOUS.exec(text.slice(now.end, change.numberStart));
    if (!m) return;
    const what = name(now).replace(THIS_PERIOD, '');
    if (what.length < 2) return;
    const earlier = figures.filter((f) => f !== now && isAdditive(f) && sameFamily(f, now) && name(f) === m[1] + what);
    if (earlier.length !== 1) return;
    out.push({ kind: 'growth', target: change, operands: [earlier[0]!, now], word: m[2]!, falling: FALL.test(m[2]!) });
  });
  return out;
}
