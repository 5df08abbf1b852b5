// `督察组交办群众举报投诉生态环境问题共七批395件(来电328件、来信67件),昆明市171件,曲靖市56件,…,普洱市2件。`: cases handed
// over, then, with no word between, the places that got them, each with its count, to the sentence's end. Each
// case goes to one place, so these are parts of the total (./parts.ts decides whether the list holds them all).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { ledByPlace } from './all-divisions';
import { CASES, isAdditive } from './text';

/** An aside in brackets right after the total (its channels): no part of the run. */
const ASIDE = /^[(（][^()（）]*[)）]/;
/** Between one part and the next: a separator and the next place's name, nothing else. */
const PLACE_LEAD = /^[，,、]\s*[\u4e00-\u9fff]{2,10}$/;
/** A run needs at least this many places: two could be any pair of counts. */
const MIN_PLACES = 3;

export function findCasePlaces(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    // (Named in the total's own clause, and no place's own count: `各地累计信访件为:南昌市266件,上饶市208件` lists places only.)
    const clause = text.slice(total.sentence.start, total.numberStart).split(/[，,；;]/).at(-1)!;
    if (!isAdditive(total) || total.kind !== 'count' || !CASES.test(clause) || ledByPlace(text, total.numberStart - clause.length, total.numberStart)) continue;
    let from = total.end + (ASIDE.exec(text.slice(total.end))?.[0].length ?? 0);
    let k = i + 1;
    while (k < figures.length && figures[k]!.end <= from) k++;
    if (!/^[，,]/.test(text.slice(from))) continue;
    const parts: Figure[] = [];
    for (; k < figures.length && figures[k]!.sentence.start === total.sentence.start; k++) {
      const part = figures[k]!;
      const lead = text.slice(from, part.numberStart);
      if (!PLACE_LEAD.test(lead) || part.unit !== total.unit || !isAdditive(part) || !ledByPlace(text, from + 1, part.numberStart)) break;
      parts.push(part);
      from = part.end;
    }
    // The run is the rest of the sentence: a clause after it is about something else.
    if (parts.length < MIN_PLACES || !/^\s*[。；;]?\s*$/.test(text.slice(from, total.sentence.end))) continue;
    out.push({ kind: 'parts', target: total, operands: parts, word: '分地区', closed: false });
  }
  return out;
}
