// `全镇96个自然村已实施89个,项目实施覆盖率高达92.70%`: a coverage rate right after a clause that counts the whole and then
// what of it was reached (已…), in one measure word, is the second over the first. Coverage with one count only
// (`5346个行政村建立了便民服务室,覆盖率达91.8%`) is over a whole the text does not give: no relation (./rates.ts
// leaves coverage out for that reason).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isAdditive } from './text';

const COVERAGE = /覆盖率(?:高达|达到|达|为|是)?$/;
/** The whole, then what of it was reached, in one clause: `96个自然村已实施89个`. */
const REACHED = /^[\u4e00-\u9fff]{0,8}已(?:经)?[\u4e00-\u9fff]{1,6}$/;
/** Between the reached count and its rate: the rest of the clause, a comma, words naming the rate. */
const TO_RATE = /^[，,][^，,。；;！？\n0-9０-９]{0,12}$/;

export function findCoverage(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 2; i < figures.length; i++) {
    const [whole, reached, rate] = [figures[i - 2]!, figures[i - 1]!, figures[i]!];
    if (rate.kind !== 'percent' || !COVERAGE.test(text.slice(Math.max(rate.sentence.start, rate.numberStart - 12), rate.numberStart))) continue;
    if (!TO_RATE.test(text.slice(reached.end, rate.numberStart).replace(COVERAGE, ''))) continue;
    if (whole.kind !== 'count' || reached.kind !== 'count' || whole.unit !== reached.unit || !isAdditive(whole) || !isAdditive(reached) || reached.value > whole.value) continue;
    if (!REACHED.test(text.slice(whole.end, reached.numberStart))) continue;
    out.push({ kind: 'rate', target: rate, operands: [whole, reached], word: '覆盖率' });
  }
  return out;
}
