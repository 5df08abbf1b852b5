// `共收到网民诉求291件,市级部门收到网民诉求135件,大武口区收到网民诉求62件,平罗县收到网民诉求71件,惠农区收到网民诉求23件`:
// a total, then clauses that repeat its words after the name of a place (or a level of government: 市级部门) are
// each place's part of it. Places do not overlap, so the parts may not add up to more than it; the list may leave
// places out, so it is open unless it names every division of one place (found by the caller).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { ledByPlace } from './all-divisions';
import { isAdditive, SUM_WORDS } from './text';

// The whole's words: a sum word or the whole area (全市), then what was counted, right before the number.
const WHOLE_WORDS = new RegExp(`(?:${SUM_WORDS.source}|全(?:省|市|州|盟|县|区|旗))([\\u4e00-\\u9fff]{2,10})$`);
// A level of government that reports beside its divisions (`市级部门`, `市直单位`, `县本级`).
const LEVEL = /^(?:省|市|州|县|区)(?:级|直|本级)(?:部门|单位|机关)?$/;
// Between one part and the next: a comma, a 、 or a semicolon, nothing else.
const SEPARATOR = /^[，,、；;]$/;

export function findPlaceRepeats(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length - 2; i++) {
    const whole = figures[i]!;
    if (!isAdditive(whole)) continue;
    const words = WHOLE_WORDS.exec(text.slice(Math.max(whole.sentence.start, figures[i - 1]?.end ?? 0), whole.numberStart))?.[1];
    if (!words) continue;
    // What was counted (`收到网民诉求` of `人民议政专栏共收到网民诉求`): the longest ending of the whole's words that the first part repeats.
    const parts: Figure[] = [];
    let phrase: string | null = null;
    for (let j = i + 1, from = whole.end; j < figures.length; j++) {
      const p = figures[j]!;
      if (p.sentence.start !== whole.sentence.start || p.unit !== whole.unit || !isAdditive(p)) break;
      const lead = text.slice(from, p.numberStart);
      if (!SEPARATOR.test(lead[0] ?? '')) break;
      const name = lead.slice(1);
      phrase ??= endingShared(words, name);
      if (!phrase || !name.endsWith(phrase)) break;
      const place = name.slice(0, -phrase.length);
      // A place with a sum of its own (`杭州市共接待游客661.8万人次、宁波市共接待游客474.7万人次`) is a sibling of the count before, not its part.
      if (SUM_WORDS.test(place)) break;
      if (!LEVEL.test(place) && !ledByPlace(text, from + 1, from + 1 + place.length)) break;
      parts.push(p);
      from = p.end;
    }
    if (parts.length < 2) continue;
    out.push({ kind: 'parts', target: whole, operands: parts, word: '分地区', closed: false, partition: true });
    i += parts.length;
  }
  return out;
}

/** The longest ending of `words` (two characters at least) that `name` ends with. */
function endingShared(words: string, name: string): string | null {
  for (let k = 0; k <= words.length - 2; k++) if (name.endsWith(words.slice(k))) return words.slice(k);
  return null;
}
