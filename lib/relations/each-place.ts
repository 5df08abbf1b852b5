// `…累计向我市转办群众信访举报件32件(…)。各地累计信访举报件为:船山区6件、安居区4件、…、市本级1件`: a sentence that opens on
// "each place's" count of the things a total above counts (各地, 各县(市、区) …) lists that total's parts by place. Places do not
// overlap: the list is a partition, whole where it names every division of one place.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { ledByPlace, namesAllDivisions } from './all-divisions';
import { isAdditive, lineStart, linesBack, sameFamily, sharedEnding, wordsBefore } from './text';

const EACH_PLACE = /^[\s“"]*(?:各地|各县(?:市|区)?|各区县|各县区|各市州|各州市|各乡镇(?:街道)?|各区)(?:[(（][^()（）]{1,8}[)）])?([\u4e00-\u9fff]{2,14}?)(?:分别)?(?:为|是)?[：:]\s*$/;
// Besides the places: a zone (`市河东新区`) and the place's own level (`市本级`, `市直`), no division but no overlap either.
const ZONE_OR_OWN_LEVEL = /(?:本级|新区|开发区|经开区|高新区|园区|示范区|[省市县区]直)$/;
// The things counted, named alike at the end of both names (`信访举报件`).
const MIN_SHARED = 2;

export function findEachPlace(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((first, i) => {
    if (i > 0 && figures[i - 1]!.sentence.start === first.sentence.start) return;
    const named = EACH_PLACE.exec(text.slice(first.sentence.start, first.numberStart).replace(/[\u4e00-\u9fff]{1,8}$/, ''))?.[1];
    if (!named) return;
    const parts = figures.filter((f, k) => k >= i && f.sentence.start === first.sentence.start && isAdditive(f) && f.unit === first.unit);
    const leadFrom = (k: number) => (k === 0 ? first.sentence.start : parts[k - 1]!.end);
    const ledBy = (k: number) => ledByPlace(text, leadFrom(k), parts[k]!.numberStart) || ZONE_OR_OWN_LEVEL.test(text.slice(leadFrom(k), parts[k]!.numberStart));
    if (parts.length < 2 || !parts.every((_, k) => ledBy(k))) return;
    // The total: the nearest count above, in its paragraph or the one before, whose words end as the named things do.
    const floor = linesBack(text, lineStart(text, first.start), 1);
    for (let k = i - 1; k >= 0 && figures[k]!.start >= floor; k--) {
      const total = figures[k]!;
      if (!isAdditive(total) || total.unit !== first.unit || !sameFamily(total, first)) continue;
      if (sharedEnding(wordsBefore(text, total, 16), named).length < MIN_SHARED) continue;
      out.push({ kind: 'parts', target: total, operands: parts, word: '各地', closed: namesAllDivisions(text, parts, leadFrom), partition: true });
      return;
    }
  });
  return out;
}
