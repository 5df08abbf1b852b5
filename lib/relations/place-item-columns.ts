// `全州共安排实施…项目343个,投资规模19.89亿元,其中:阿图什市安排项目68个、计划投资6.83亿元;阿克陶县安排项目181个、计划投资9.24亿元;…`:
// after 其中 in the sentence of its totals, items between semicolons, each led by a place and giving one figure in the
// measure of each total, are read column by column: each place's figure is a part of the total in its measure, whatever
// the two are called. Places do not overlap; a list that names every division of one place is complete.
import type { Figure } from '../types';
import { firstNumberAtOrAfter, figuresWithNumberIn } from '../compare/sentences';
import type { Relation } from './relation';
import { ledByPlace, namesAllDivisions } from './all-divisions';
import { columnRelations, type Column } from './columns';
import { isAdditive, sameFamily } from './text';

const AMONG = /其中[：:，,]?/g;
const ITEM_END = /[；;]/g;

const sameMeasure = (a: Figure, b: Figure) => a.unit === b.unit && sameFamily(a, b);

export function findPlaceItemColumns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const m of text.matchAll(AMONG)) {
    const after = figures[firstNumberAtOrAfter(figures, m.index)];
    if (!after) break;
    const sentence = after.sentence;
    const totals = figuresWithNumberIn(figures, sentence.start, m.index).filter(isAdditive);
    // One total in each measure, or the items' figures could be of either.
    if (totals.length === 0 || totals.some((t) => totals.filter((u) => sameMeasure(t, u)).length > 1)) continue;
    const items: { from: number; figures: Figure[] }[] = [];
    let from = m.index + m[0].length;
    for (const end of [...text.slice(from, sentence.end).matchAll(ITEM_END)].map((e) => from + e.index).concat(sentence.end)) {
      items.push({ from, figures: figuresWithNumberIn(figures, from, end).filter(isAdditive) });
      from = end + 1;
    }
    if (items.length < 2 || !items.every((item) => item.figures.length > 0 && ledByPlace(text, item.from, item.figures[0]!.numberStart))) continue;
    const columns: Column[] = totals.flatMap((total) => {
      const parts = items.map((item) => item.figures.filter((f) => sameMeasure(f, total)));
      return parts.every((p) => p.length === 1) ? [{ total, parts: parts.map((p) => p[0]!) }] : [];
    });
    if (columns.length === 0) continue;
    const complete = namesAllDivisions(text, columns[0]!.parts, (i) => items[i]!.from);
    out.push(...columnRelations(columns, '其中', () => complete));
  }
  return out;
}
