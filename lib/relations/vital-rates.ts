// A statistics bulletin's vital rates: `年末常住总人口为1620565人,比上年末增加1377人…全年出生人口12340人,
// 出生率为7.62‰;死亡人口10290人,死亡率6.35‰;自然增长率1.27‰`. The birth and death rates are the year's
// births and deaths per thousand of its average population — the mean of the year's end and start,
// the start being the end less the year's change; where the change is not written, the end alone,
// within what a year's change can move it. The natural growth rate is the birth rate less the death
// rate, and the natural increase in people the births less the deaths (`全年出生人口1913人…死亡人口900人…自然增长人口1011人`).
// Pairs only what the bulletin's own sentence and paragraph name.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { indexOf, lineStart, wordsBefore as leadOf, YEAR_CHANGE } from './text';
import { charClass, MINUS_SIGNS } from '../numbers/chars';

const RATE = /(出生|死亡)率(?:为|是|达)?\s*$/;
// (A fall's sign stands before its number: `自然增长率为-4.34‰`.)
const NATURAL_GROWTH = new RegExp(`自然增长率(?:为|是|达)?\\s*${charClass(MINUS_SIGNS)}?$`);
const NATURAL_INCREASE = /(?:自然增长|自然增加)(?:人口|人数)?(?:为|是|达)?\s*$/;
/** The year-end population of the whole place: not its towns' or villages' share of it, nor its minorities' or one sex's. */
const YEAR_END_POPULATION = /年末[，,]?(?:[^，,。；;0-9城乡族男女]{0,10}?)(?:常住|户籍)?总?人口(?:数)?(?:为|达|是)?$/;

const OWN_BASIS = /按[^，,。；;]{0,8}口径/;

const perThousand = (f: Figure) => f.unit === '‰';
export const persons = (f: Figure): boolean => f.kind === 'count' && f.unit === '人';

/** Whether `f` counts the people born or dead (`出生人口1913人`, `死亡900人`). */
const countsEvent = (text: string, f: Figure, event: string) => persons(f) && new RegExp(`${event}(?:人口|人数)?(?:为|达)?$`).test(leadOf(text, f, 8));

/** The nearest figure before `i` in its sentence that passes `ok`. */
function before(figures: readonly Figure[], i: number, ok: (f: Figure) => boolean): Figure | null {
  const at = figures[i]!;
  for (let k = i - 1; k >= 0 && figures[k]!.start >= at.sentence.start; k--) if (ok(figures[k]!)) return figures[k]!;
  return null;
}

export function findVitalRates(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((t, i) => {
    if (persons(t) && NATURAL_INCREASE.test(leadOf(text, t))) {
      // The births and the deaths before it in its paragraph, each the nearest so named.
      const floor = lineStart(text, t.start);
      const countOf = (event: string) => {
        for (let k = i - 1; k >= 0 && figures[k]!.start >= floor; k--) if (countsEvent(text, figures[k]!, event)) return figures[k]!;
        return null;
      };
      const [births, deaths] = [countOf('出生'), countOf('死亡')];
      if (births && deaths) out.push({ kind: 'difference', target: t, operands: [births, deaths], word: '自然增长人口' });
      return;
    }
    if (!perThousand(t)) return;
    const lead = leadOf(text, t);
    if (NATURAL_GROWTH.test(lead)) {
      const rateOf = (event: string) => before(figures, i, (f) => perThousand(f) && RATE.exec(leadOf(text, f))?.[1] === event);
      const [births, deaths] = [rateOf('出生'), rateOf('死亡')];
      if (births && deaths) out.push({ kind: 'difference', target: t, operands: [births, deaths], word: '自然增长率' });
      return;
    }
    const event = RATE.exec(lead)?.[1];
    if (!event) return;
    const count = before(figures, i, (f) => countsEvent(text, f, event));
    if (!count) return;
    // The population: the nearest year-end total before the rate in its paragraph.
    const floor = lineStart(text, t.start);
    let k = indexOf(figures, count) - 1;
    while (k >= 0 && figures[k]!.start >= floor && !(persons(figures[k]!) && YEAR_END_POPULATION.test(leadOf(text, figures[k]!, 24)))) k--;
    if (k < 0 || figures[k]!.start < floor) return;
    const population = figures[k]!;
    // Rates reckoned on a basis of their own (`按计生口径,全年出生人口8643人`) are of a population the text does not give.
    if (OWN_BASIS.test(text.slice(population.end, t.start))) return;
    const next = figures[k + 1];
    const change = next && persons(next) ? YEAR_CHANGE.exec(text.slice(population.end, next.numberStart)) : null;
    out.push({
      kind: 'rate',
      target: t,
      operands: change ? [population, count, next!] : [population, count],
      word: `${event}率`,
      overYearMean: change ? { fell: change[1] === '减少' } : { fell: false, endOnly: true },
    });
  });
  return out;
}
