// `全省常住人口中,男性为3197.6万人,…;女性为3167.7万人,…。性别比(以女性为100,男性对女性的比例)为100.96`: a sex ratio is the
// men per hundred women (国家统计局's definition), of the counts of men and women its paragraph gives before it. A ratio of
// births (`出生人口性别比`, `新生婴儿性别比`) is of counts the text does not give.
import { SEX_RATIO_BEFORE } from '../extract/sex-ratio';
import type { Figure } from '../types';
import type { Relation } from './relation';
import { lineStart, sameFamily, wordsBefore } from './text';
import { persons } from './vital-rates';

const OF_BIRTHS = /出生|新生|婴儿|嬰兒/;
const MEN = /男(?:性)?(?:人口|人数)?(?:为|是)?$/;
const WOMEN = /女(?:性)?(?:人口|人数)?(?:为|是)?$/;

export function findSexRatios(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((t, i) => {
    if (t.kind !== 'ratio' || t.unit !== null) return;
    const lead = text.slice(Math.max(t.sentence.start, t.numberStart - 48), t.numberStart);
    const named = SEX_RATIO_BEFORE.exec(lead);
    if (!named || OF_BIRTHS.test(lead.slice(0, named.index))) return;
    // The nearest count of each sex before it in its paragraph.
    const floor = lineStart(text, t.start);
    const nearest = (sex: RegExp) => {
      for (let k = i - 1; k >= 0 && figures[k]!.start >= floor; k--) if (persons(figures[k]!) && sex.test(wordsBefore(text, figures[k]!, 8))) return figures[k]!;
      return null;
    };
    const [men, women] = [nearest(MEN), nearest(WOMEN)];
    if (men && women && sameFamily(men, women)) out.push({ kind: 'average', target: t, operands: [men, women], word: '性别比', scale: 100 });
  });
  return out;
}
