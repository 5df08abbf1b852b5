// `全市常住人口为1046068人,与2010年第六次全国人口普查的866927人相比,十年共增加179141人,增长20.66%`: a value, the earlier one
// it is set against (与…的…相比, the earlier count named by its year or survey), the change between them and its rate, as every
// census communiqué writes them (or `…为3.09人,比2010年…的3.66人减少0.57人`: the change right after the earlier value). The rate
// is the change over the earlier value; the change is the one value less the other.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { FALL, writtenAsChange } from './changes';
import { parseNumber } from '../numbers/numeral';
import { isQuantity, sameFamily } from './text';

// The earlier value, named by its year or survey: `,与2010年…的866927人相比` (its change and rate follow) or `,比2010年…的3.66人减少…`.
const AGAINST = /^[，,]\s*(与|同|比)[^，,。；;0-9０-９]{0,4}(?:19|20)[0-9]{2}年[^，,。；;0-9０-９]{0,16}的$/;
const CHANGED_BY = /^[^，,。；;0-9０-９]{0,3}?(增加|减少)了?$/;
const THEN_CHANGE = /^[^，,。；;0-9０-９]{0,3}相比[，,]\s*(?:([一二三四五六七八九十0-9]+)年)?(?:共|累计)?(增加|减少)了?$/;
const THEN_RATE = /^[，,]\s*(增长|下降)了?\s*$/;
// `…,增长20.66%,年平均增长率为1.90%`: the yearly rate over the years the change names (`十年共增加`).
const THEN_YEARLY = /^\s*[，,]\s*年(?:平)?均(增长|下降)(?:率)?(?:为)?\s*$/;

export function findCensusChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((earlier, i) => {
    const [change, rate] = [figures[i + 1], figures[i + 2]];
    // The value set against the earlier one: the count before it, past its own change from last year and that change's rate
    // (`全省常住人口6365.9万人,比上年增加42.3万人,增长0.67%,同2010年…的5950.1万人相比,共增加415.8万人`).
    let k = i - 1;
    while (k >= 0 && figures[k]!.sentence.start === earlier.sentence.start && (figures[k]!.kind === 'percent' || writtenAsChange(text, figures[k]!))) k--;
    const now = figures[k];
    if (!now || !change || ![now, earlier, change].every((f) => isQuantity(f) && f.unit === earlier.unit && sameFamily(f, earlier) && f.sentence.start === earlier.sentence.start)) return;
    const against = AGAINST.exec(text.slice(k === i - 1 ? now.end : figures[i - 1]!.end, earlier.numberStart))?.[1];
    if (!against) return;
    const found = (against === '比' ? CHANGED_BY : THEN_CHANGE).exec(text.slice(earlier.numberEnd, change.numberStart));
    const verb = found?.at(-1);
    if (!verb) return;
    // The change is the one value less the other.
    const difference: Relation = { kind: 'difference', target: change, operands: FALL.test(verb) ? [earlier, now] : [now, earlier], word: verb };
    if (against === '比' || !rate || rate.kind !== 'percent') {
      out.push(difference);
      if (against === '比') return;
    }
    // …and, set against with 与…相比, its rate is the change over the earlier value.
    if (!rate || rate.kind !== 'percent' || rate.sentence.start !== earlier.sentence.start) return;
    const said = THEN_RATE.exec(text.slice(change.end, rate.numberStart))?.[1];
    if (said && FALL.test(verb) === FALL.test(said)) out.push({ kind: 'growth', target: rate, operands: [earlier, now], word: said, falling: FALL.test(said) }, difference);
    const yearly = figures[i + 3];
    const years = against === '与' && found?.[1] ? (parseNumber(found[1])?.value ?? null) : null;
    const yearlySaid = yearly?.kind === 'percent' && yearly.sentence.start === earlier.sentence.start ? THEN_YEARLY.exec(text.slice(rate.end, yearly.numberStart))?.[1] : undefined;
    if (years && years > 1 && yearlySaid && FALL.test(verb) === FALL.test(yearlySaid)) out.push({ kind: 'growth', target: yearly!, operands: [earlier, now], word: `年平均${yearlySaid}`, falling: FALL.test(yearlySaid), perYear: years });
  });
  return out;
}
