// `计划组织实施500万元以上项目336个，总投资692.5亿元，年度计划投资262.9亿元。截至4月15日，已开复工项目103个，
// 总投资255.4亿元，年度计划投资96.4亿元。`: a sentence that opens with a state (已开复工) and gives the same columns
// as the sentence before it, in its order, counts the part of each that has reached that state. Each
// column is a list of one part: open.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { headOf, isAdditive, lineStart, sameFamily } from './text';

const STATE_OPENING = /^[\s“"]*(?:截至[^，,。]{0,16}[，,])?(?:目前[，,]?)?已(?:经)?[\u4e00-\u9fff]{1,4}/;
// Two columns at least, so that the order is a pattern and not chance.
const MIN_COLUMNS = 2;

export function findStateSentences(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const columns = (from: number) => {
    const start = figures[from]!.sentence.start;
    let to = from;
    while (to < figures.length && figures[to]!.sentence.start === start) to++;
    // Thresholds (`500万元以上`) name kinds of projects, no column.
    return { to, cells: figures.slice(from, to).filter((f) => isAdditive(f) && f.qualifier === null) };
  };
  for (let i = 0; i < figures.length; ) {
    const plan = columns(i);
    const next = plan.to;
    if (next >= figures.length) break;
    const state = columns(next);
    const opening = figures[next]!.sentence.start;
    const sameParagraph = lineStart(text, opening) === lineStart(text, figures[i]!.sentence.start);
    if (sameParagraph && STATE_OPENING.test(text.slice(opening, figures[next]!.numberStart)) && state.cells.length >= MIN_COLUMNS && state.cells.length === plan.cells.length && state.cells.every((f, k) => sameColumn(f, plan.cells[k]!))) {
      state.cells.forEach((part, k) => out.push({ kind: 'parts', target: plan.cells[k]!, operands: [part], word: '其中', closed: false }));
    }
    i = next;
  }
  return out;
}

/** Same unit, and the same name, or for counts the same head noun (`开复工项目` under `项目`). */
function sameColumn(part: Figure, total: Figure): boolean {
  if (!sameFamily(part, total) || part.unit !== total.unit) return false;
  const [a, b] = [part.label ?? '', total.label ?? ''];
  return a.length >= 2 && b.length >= 2 && (a === b || (part.kind === 'count' && headOf(a) === headOf(b)));
}
