// `年末全市常住人口312.87万人。其中,城镇人口为151.93万人,常住人口城镇化率达48.56%`: a bulletin's urbanisation rate
// is, by its definition (国家统计局), the urban population over the whole population it names (常住 or 户籍), in
// per cent. The urban count is the nearest before the rate in its sentence or the one before; the whole is the
// nearest population count before that, in the paragraph, of the kind the rate names when it names one.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { indexOf, lineStart, wordsBefore } from './text';
import { persons } from './vital-rates';

const RATE = /(常住|户籍)?(?:人口)?城镇化率(?:为|是|达到?)?\s*$/;
const URBAN = /城镇(?:常住|户籍)?人口(?:数)?(?:为|是|达到?)?$/;
// The whole place's people, not a part of them (城镇, 乡村) or a year's flow (出生, 死亡, 流动).
const WHOLE = /(?<!城镇|乡村|农村|出生|死亡|流动)(常住|户籍)?总?(?<!(?:城镇|乡村|农村)(?:常住|户籍))人口(?:数)?(?:为|是|达到?)?$/;

export function findUrbanRates(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((rate, i) => {
    const named = RATE.exec(wordsBefore(text, rate, 12));
    if (rate.kind !== 'percent' || !named) return;
    let u = i - 1;
    const sentences = new Set([rate.sentence.start]);
    while (u >= 0 && !(persons(figures[u]!) && URBAN.test(wordsBefore(text, figures[u]!, 10)))) {
      sentences.add(figures[u]!.sentence.start);
      if (sentences.size > 2) return;
      u--;
    }
    if (u < 0) return;
    const urban = figures[u]!;
    // A population between them is the one the rate is of (`户籍…人口140.36万人。其中,…城镇人口62.41万人。年末全市常住人口为
    // 141.40万人,…;城镇化率53.95%`), and its urban part is not written.
    const isWhole = (f: Figure) => persons(f) && WHOLE.test(wordsBefore(text, f, 10));
    if (figures.slice(u + 1, i).some(isWhole)) return;
    const floor = lineStart(text, urban.start);
    const whole = figures
      .slice(0, indexOf(figures, urban))
      .reverse()
      .find((f) => f.start >= floor && isWhole(f));
    if (!whole || whole.value < urban.value) return;
    // A rate of registered people is over registered people, and a rate of residents over residents.
    const kind = WHOLE.exec(wordsBefore(text, whole, 10))?.[1];
    if (named[1] && kind && named[1] !== kind) return;
    out.push({ kind: 'rate', target: rate, operands: [whole, urban], word: '城镇化率' });
  });
  return out;
}
