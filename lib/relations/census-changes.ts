// `全市常住人口为1046068人,与2010年第六次全国人口普查的866927人相比,十年共增加179141人,增长20.66%`: a value, the earlier one
// it is set against (与…的…相比, the earlier count named by its year or survey), the change between them and its rate, as every
// census communiqué writes them (or `…为3.09人,比2010年…的3.66人减少0.57人`: the change right after the earlier value). The rate
// is the change over the earlier value; the change is the one value less the other.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { FALL } from './changes';
import { indexOf, isQuantity, sameFamily } from './text';

const AGAINST = /^[，,]\s*与[^，,。；;0-9０-９]{0,4}(?:19|20)[0-9]{2}年[^，,。；;0-9０-９]{0,16}的$/;
// `平均每个家庭户的人口为3.09人,比2010年第六次全国人口普查的3.66人减少0.57人`: the change right after the earlier value.
const COMPARED = /^[，,]\s*比[^，,。；;0-9０-９]{0,4}(?:19|20)[0-9]{2}年[^，,。；;0-9０-９]{0,16}的$/;
const CHANGED_BY = /^[^，,。；;0-9０-９]{0,3}?(增加|减少)了?$/;
const THEN_CHANGE = /^[^，,。；;0-9０-９]{0,3}相比[，,]\s*(?:[一二三四五六七八九十0-9]+年)?(?:共|累计)?(增加|减少)了?$/;
const THEN_RATE = /^[，,]\s*(增长|下降)了?\s*$/;

export function findCensusChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const earlier of figures) {
    const i = indexOf(figures, earlier);
    const [now, change, rate] = [figures[i - 1], figures[i + 1], figures[i + 2]];
    if (now && change && isQuantity(earlier) && isQuantity(now) && isQuantity(change) && now.unit === earlier.unit && change.unit === earlier.unit && COMPARED.test(text.slice(now.end, earlier.numberStart))) {
      const by = CHANGED_BY.exec(text.slice(earlier.numberEnd, change.numberStart))?.[1];
      if (by && change.sentence.start === earlier.sentence.start) out.push({ kind: 'difference', target: change, operands: FALL.test(by) ? [earlier, now] : [now, earlier], word: by });
      continue;
    }
    if (!now || !change || !rate || !isQuantity(earlier) || !isQuantity(now) || !isQuantity(change) || rate.kind !== 'percent') continue;
    if (![now, change, rate].every((f) => f.sentence.start === earlier.sentence.start)) continue;
    if (now.unit !== earlier.unit || change.unit !== earlier.unit || !sameFamily(now, earlier) || !sameFamily(change, earlier)) continue;
    if (!AGAINST.test(text.slice(now.end, earlier.numberStart))) continue;
    const verb = THEN_CHANGE.exec(text.slice(earlier.numberEnd, change.numberStart))?.[1];
    const said = THEN_RATE.exec(text.slice(change.end, rate.numberStart))?.[1];
    if (!verb || !said || FALL.test(verb) !== FALL.test(said)) continue;
    out.push({ kind: 'growth', target: rate, operands: [earlier, now], word: said, falling: FALL.test(said) });
    // The change is the value less the earlier one.
    out.push({ kind: 'difference', target: change, operands: FALL.test(verb) ? [earlier, now] : [now, earlier], word: verb });
  }
  return out;
}
