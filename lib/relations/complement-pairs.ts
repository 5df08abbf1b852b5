// `三类监测对象112户331人。通过帮扶,已消除风险的监测对象104户303人,未消除风险的监测对象10户28人。`: a count whose
// clause says a thing was done (已消除) and the next count of its kind, whose clause says the same was not (未消除),
// split what they name between them: together they are the whole, the count of that name before them in the paragraph.
// A figure right after each (`104户303人`) is a column of its own, divided alike.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { inTwoMeasures } from './compound-columns';
import { isAdditive, lineStart, OWN_CLAUSE, sameMeasureWord, wordsBefore } from './text';

const DONE = /已(?:经)?([\u4e00-\u9fff]{2})/;

export function findComplementPairs(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i < figures.length; i++) {
    const done = figures[i]!;
    const name = done.label ?? '';
    if (name.length < 2 || !isAdditive(done)) continue;
    const lead = wordsBefore(text, done, 24);
    const verb = lead.includes('已') ? DONE.exec(OWN_CLAUSE.exec(lead)![0])?.[1] : undefined;
    if (!verb) continue;
    // The not-done count is the next of its kind: a state between (`阶段性办结882件`) would leave the pair no whole.
    const paragraph = lineStart(text, done.start);
    const lineEnd = text.indexOf('\n', done.end);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let j = i + 1;
    while (j < figures.length && figures[j]!.start < end && !sameMeasureWord(figures[j]!, done)) j++;
    const notDone = figures[j];
    if (!notDone || notDone.start >= end || notDone.label !== name) continue;
    if (!new RegExp(`(?:未|没有)${verb}`).test(OWN_CLAUSE.exec(wordsBefore(text, notDone, 24))![0])) continue;
    // The whole: the last count of that measure word before, in the paragraph, written after the name.
    let t = i - 1;
    while (t >= 0 && figures[t]!.start >= paragraph && !sameMeasureWord(figures[t]!, done)) t--;
    const whole = figures[t];
    if (!whole || whole.start < paragraph || !isAdditive(whole) || !wordsBefore(text, whole, name.length + 4).includes(name)) continue;
    out.push(pair(whole, done, notDone));
    // One column more: the figure right after each of the three, in one measure word.
    const [w2, d2, n2] = [figures[t + 1], figures[i + 1], figures[j + 1]];
    if (w2 && d2 && n2 && w2 !== done && [w2, d2, n2].every((f, k) => inTwoMeasures(text, [whole, done, notDone][k]!, f) && f.unit === w2.unit && isAdditive(f))) out.push(pair(w2, d2, n2));
  }
  return out;
}

const pair = (whole: Figure, done: Figure, notDone: Figure): Relation => ({ kind: 'parts', target: whole, operands: [done, notDone], word: '分状态', closed: true });
