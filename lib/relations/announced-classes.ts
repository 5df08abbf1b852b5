// `共150条意见建议,按照立即办、限期办、长期办向有关职能部门进行了交办。…属于立即办的109条,…;属于限期办的36条,…;属于长期办的5条`:
// a count whose sentence goes on to name the classes it is sorted into (按照 / 分为 A、B、C) is divided by the counts after it,
// in its paragraph, that each name one of those classes; when every class has its one count, the list is complete.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { clauseStart, isAdditive, sameFamily } from './text';
import { readWords } from '../reading';

const ANNOUNCED = /^[，,]?\s*(?:按照|按|分为|分成|划分为)((?:[\u4e00-\u9fff]{2,6}[、和及]){1,7})([\u4e00-\u9fff]{2,12})/;
const SORTED_RIGHT_AFTER = /^[，,]?\s*(?:按|分|劃|划)/;

export function findAnnouncedClasses(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((total, i) => {
    // (Most counts have no 按 or 分 right after them: those cost one look.)
    if (!isAdditive(total) || !SORTED_RIGHT_AFTER.test(text.slice(total.end, total.end + 4))) return;
    const m = ANNOUNCED.exec(readWords(text.slice(total.end, total.end + 80)));
    if (!m) return;
    const named = m[1]!.split(/[、和及]/).filter(Boolean);
    const paragraphEnd = text.indexOf('\n', total.end) < 0 ? text.length : text.indexOf('\n', total.end);
    const later = figures.slice(i + 1).filter((f) => f.start >= total.sentence.end && f.end <= paragraphEnd && isAdditive(f) && sameFamily(f, total));
    const leads = later.map((f) => readWords(text.slice(clauseStart(text, f.sentence.start, f.numberStart), f.numberStart)));
    // The last class runs on into the sentence (`长期办向有关职能部门…`): it is as long as the longest opening of it a later count names.
    const tail = m[2]!;
    const last = [...Array(tail.length - 1).keys()].map((k) => tail.slice(0, tail.length - k)).find((name) => leads.some((l) => l.includes(name)));
    if (!last) return;
    const classes = [...named, last];
    const parts = classes.map((c) => {
      const own = later.filter((_, k) => leads[k]!.includes(c) && classes.every((other) => other === c || !leads[k]!.includes(other)));
      return own.length === 1 ? own[0]! : null;
    });
    if (parts.some((p) => p === null) || new Set(parts).size !== parts.length) return;
    const operands = parts as Figure[];
    if (operands.some((p) => p.value > total.value)) return;
    out.push({ kind: 'parts', target: total, operands, word: '分类', closed: true, partition: true });
  });
  return out;
}

