// `8月份,全市发生事故14起,…;死亡8人,…。` then `道路运输业方面。全市发生事故11起,…;死亡5人,…。` `商贸制造业方面。全市发生事故
// 1起,…` `建筑业方面。全市发生事故2起,…`: lines that each open with an industry (`…业方面。`) under a line of totals are the sectors'
// shares of those totals, column by column (a line's stocks keyed by measure word and order). A sector the text says had
// none (`全市未发生采矿业生产安全事故`) gives its columns nothing. Items that make one column's total exactly are the whole.
import type { ArticleModel } from '../article-model';
import { figuresWithNumberIn } from '../compare/sentences';
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import { columnRelations, type Column } from './columns';
import type { Relation } from './relation';
import { isAdditive } from './text';

// An industry named as a heading of its own (`道路运输业方面。`), not an aspect of the work (`资金拨付方面,…`).
const SECTOR_OPENING = /^[\s“"]*[\u4e00-\u9fff]{1,8}业方面[。：:]/;
const NONE_IN_SECTOR = /未发生/;
// Two sectors at least, so that the lines are a breakdown and not a paragraph that happens to open so.
const MIN_SECTORS = 2;

export function findSectorLines(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  const lineText = (l: number) => text.slice(model.lines[l]!.start, model.lines[l]!.end);
  // A line's stocks, each keyed by its measure word and how many of that word came before it in the line (`死亡8人`
  // then `受伤9人`: the first and the second 人): its columns.
  const stocks = (l: number) => {
    const byKey = new Map<string, Figure>();
    const seen = new Map<string, number>();
    for (const f of figuresWithNumberIn(figures, model.lines[l]!.start, model.lines[l]!.end)) {
      if (!isAdditive(f) || f.unit === null || f.qualifier !== null || writtenAsChange(text, f)) continue;
      const k = seen.get(f.unit) ?? 0;
      seen.set(f.unit, k + 1);
      byKey.set(`${f.unit}#${k}`, f);
    }
    return byKey;
  };
  for (let l = 1; l < model.lines.length; l++) {
    if (!SECTOR_OPENING.test(lineText(l)) || SECTOR_OPENING.test(lineText(l - 1))) continue;
    let end = l;
    while (end + 1 < model.lines.length && SECTOR_OPENING.test(lineText(end + 1))) end++;
    const totals = stocks(l - 1);
    const sectors: Map<string, Figure>[] = [];
    const empty: boolean[] = [];
    for (let k = l; k <= end; k++) {
      sectors.push(stocks(k));
      empty.push(NONE_IN_SECTOR.test(lineText(k)));
    }
    l = end;
    if (sectors.filter((s) => s.size > 0).length < MIN_SECTORS) continue;
    const columns: Column[] = [];
    for (const [key, total] of totals) {
      // Every sector gives the column a part, or says it had none.
      if (!sectors.every((s, k) => s.has(key) || empty[k])) continue;
      const parts = sectors.flatMap((s) => (s.has(key) ? [s.get(key)!] : []));
      if (parts.length >= MIN_SECTORS) columns.push({ total, parts });
    }
    out.push(...columnRelations(columns, '分行业'));
  }
  return out;
}
