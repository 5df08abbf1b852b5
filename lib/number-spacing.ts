// Some sites set a space between words and the numbers in them (`青岩古镇 87347 人次、…,共计 577416 人次`), as rules for
// setting mixed scripts ask. The relation finders read such a number as if written without the spaces; a number that a
// space parts from another number is a table's column (`光纤 350 350 100.0%`), and keeps its spaces.
import type { Cut } from './glosses';

const SPACE_BEFORE = /(?<=[\u3400-\u9fff])[ \u00a0\u3000]+(?=[0-9][0-9.,]*[ \u00a0\u3000]*[\u3400-\u9fff%])/g;
const SPACE_AFTER = /(?<=[\u3400-\u9fff][ \u00a0\u3000]*[0-9][0-9.,]*)[ \u00a0\u3000]+(?=[\u3400-\u9fff])/g;

const ANY = /[\u3400-\u9fff][ \u00a0\u3000]+[0-9]|[0-9][ \u00a0\u3000]+[\u3400-\u9fff]/;

/** The spaces between words and a number in them, in order. */
export function spacingCuts(text: string): Cut[] {
  // (Most stretches the finders read have none: they cost one scan.)
  if (!ANY.test(text)) return [];
  return [...text.matchAll(SPACE_BEFORE), ...text.matchAll(SPACE_AFTER)].map((m) => ({ at: m.index, length: m[0].length })).sort((a, b) => a.at - b.at);
}
