// `今年全省棚户区改造开工目标任务为41.1711万套。` then `按类别来看,今年全省城市棚户区、国有工矿棚户区、垦区危房改造开工目标任务分别为38.9866万套、
// 0.2234万套和1.9611万套`: kinds named together, then 分别 and as many values as kinds, under the name of a count above: the
// values are its parts, the whole of it when the sentence says it divides by a dimension (按类别来看).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { DIMENSION_OPENING, isAdditive, lineStart, linesBack, OWN_CLAUSE, sharedEnding, wordsBefore } from './text';

const RESPECTIVELY = /分别(?:为|是|达到|达)?$/;
// Between two kinds, and between two values of the list: 、, 和, 及, 与 (nothing else).
const JOIN = /[、和及与]/;
const VALUE_JOIN = new RegExp(`^${JOIN.source}$`);
// The name a count above must share with the kinds' tail (`开工目标任务`).
const MIN_NAME = 4;

export function findRespectiveParts(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (!RESPECTIVELY.test(wordsBefore(text, first, 4)) || !isAdditive(first)) continue;
    const clause = OWN_CLAUSE.exec(text.slice(first.sentence.start, first.numberStart))![0];
    const values = [first];
    while (figures[i + values.length]?.unit === first.unit && VALUE_JOIN.test(text.slice(values.at(-1)!.end, figures[i + values.length]!.numberStart))) values.push(figures[i + values.length]!);
    const kinds = clause.replace(RESPECTIVELY, '').split(JOIN);
    if (values.length < 2 || kinds.length !== values.length) continue;
    // The whole: the last count above, in this paragraph or the one before, whose name the kinds' tail ends with.
    const floor = linesBack(text, lineStart(text, first.start), 1);
    let whole: Figure | undefined;
    for (let k = i - 1; k >= 0 && figures[k]!.start >= floor && !whole; k--) {
      const f = figures[k]!;
      if (f.unit === first.unit && isAdditive(f) && sharedEnding(OWN_CLAUSE.exec(wordsBefore(text, f, 16))![0].replace(/[为是达]$/, ''), kinds.at(-1)!).length >= MIN_NAME) whole = f;
    }
    if (!whole || values.some((v) => v.value > whole!.value)) continue;
    out.push({ kind: 'parts', target: whole, operands: values, word: '分别', closed: DIMENSION_OPENING.test(text.slice(first.sentence.start, first.numberStart)), partition: true });
    i += values.length - 1;
  }
  return out;
}
