// `从所属区域的信访量看,广南县的信访量203件,排列全州首位,其它依次为砚山县147件,文山市120件,…`: a sentence that
// opens by dividing a count by place gives each place's part of it; the whole is the nearest count above that
// the text presents as a total (共, 受理 …) of the things the opening names. Places never overlap, so their
// parts may not add up to more than it. The list may leave places out: it is open.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { ledByPlace } from './all-divisions';
import { foldSynonyms, commonRun, isAdditive, lineStart, linesBack, sameFamily, TOTAL_LEAD } from './text';

const REGION_OPENING = /^[\s“"]*从(?:所属)?(?:区域|地区|县市区|县区|区县|乡镇|辖区)的?([\u4e00-\u9fff]{2,6}?)(?:来)?看[，,：:]/;
// How far above the breakdown its whole may stand: a report's opening paragraph.
const LINES_BACK = 10;

export function findRegionBreakdowns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const sentence = figures[i]!.sentence;
    if (figures[i - 1]?.sentence.start === sentence.start) continue;
    const opening = REGION_OPENING.exec(text.slice(sentence.start, sentence.end));
    if (!opening) continue;
    const parts: Figure[] = [];
    for (let j = i; j < figures.length && figures[j]!.sentence.start === sentence.start; j++) parts.push(figures[j]!);
    const from = (k: number) => (k === 0 ? sentence.start + opening[0].length : parts[k - 1]!.end);
    if (parts.length < 2 || !parts.every((p, k) => isAdditive(p) && p.unit === parts[0]!.unit && ledByPlace(text, from(k), p.numberStart))) continue;
    const thing = foldSynonyms(opening[1]!);
    const largest = Math.max(...parts.map((p) => p.value));
    const floor = linesBack(text, lineStart(text, sentence.start), LINES_BACK);
    let whole: Figure | null = null;
    for (let t = i - 1; t >= 0 && figures[t]!.start >= floor && !whole; t--) {
      const f = figures[t]!;
      // Its own words, since the figure before it; an aside in brackets (`550件(含上级转办246件)`) is no whole.
      const lead = text.slice(Math.max(f.sentence.start, figures[t - 1]?.end ?? 0, f.numberStart - 12), f.numberStart);
      if (/[(（][^)）]*$/.test(lead)) continue;
      const words = lead + (f.label ?? '');
      if (isAdditive(f) && sameFamily(f, parts[0]!) && f.unit === parts[0]!.unit && f.value >= largest && TOTAL_LEAD.test(words) && commonRun(thing, foldSynonyms(words)) >= 2) whole = f;
    }
    if (whole) out.push({ kind: 'parts', target: whole, operands: parts, word: '分地区', closed: false, partition: true });
    i += parts.length - 1;
  }
  return out;
}
