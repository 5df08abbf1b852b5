// `常州實施援建項目54個,提供援建資金3.7億元。城鄉住房及基礎設施類9個、教育類3個、…、維穩及其他類4個,…`: a sentence
// that opens with a list of classes (each name ends in 类, joined by 、 or 和), perhaps after the dimension it sorts
// by (`按行业分类:`), divides the nearest count of their kind in the sentence before it, in the same paragraph. Every
// item of a class list is a class of one whole; a residual class (其他类) closes the list.
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { isAdditive, lineStart, RESIDUAL_LEAD, sameFamily } from './text';

const CLASS = '[^，,。；;、：:！？\\n0-9０-９]{1,14}[类類](?:项目|項目|问题|問題|事项|事項|案件|工单|工單)?';
const FIRST = new RegExp(`^[\\s“"]*(?:按[^，,。：:]{1,8}分类?[：:])?${CLASS}$`);
const NEXT = new RegExp(`^[、和及]${CLASS}$`);
const MIN_ITEMS = 3;

export function findClassLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((first, i) => {
    const sentence = first.sentence.start;
    if (figures[i - 1]?.sentence.start === sentence || !isAdditive(first) || !FIRST.test(text.slice(sentence, first.numberStart))) return;
    const parts = [first];
    for (let j = i + 1; j < figures.length && figures[j]!.sentence.start === sentence; j++) {
      const f = figures[j]!;
      if (!NEXT.test(text.slice(parts.at(-1)!.end, f.numberStart)) || !isAdditive(f) || !sameFamily(f, first)) break;
      parts.push(f);
    }
    const last = parts.at(-1)!;
    if (parts.length < MIN_ITEMS || /^\s*等/.test(text.slice(last.end, last.end + 2))) return;
    // The whole: the last count of the items' kind in the sentence just before, in this paragraph.
    const previous = figures[i - 1];
    if (!previous || previous.start < lineStart(text, sentence)) return;
    const total = figures.slice(0, i).filter((f) => f.sentence.start === previous.sentence.start && isAdditive(f) && sameFamily(f, first) && !writtenAsChange(text, f)).at(-1);
    if (!total || parts.some((p) => p.value > total.value)) return;
    const closed = RESIDUAL_LEAD.test(text.slice(parts.at(-2)!.end, last.numberStart));
    out.push({ kind: 'parts', target: total, operands: parts, word: '分类', closed, partition: true });
  });
  return out;
}
