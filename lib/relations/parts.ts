// A total and its parts: after 其中 in one sentence (`新闻稿件169838篇，其中中央级11396篇，省市及
// 其他媒体158442篇`), and across lines, where a line announces a breakdown and the following lines
// (`（一）…`, or short lines of one category each) give the parts.
import type { ArticleModel } from '../article-model';
import type { Figure } from '../types';
import { firstNumberAtOrAfter, figuresWithNumberIn } from '../compare/sentences';
import type { Relation } from './relation';
import { isQuantity, sameFamily, SENTENCE_END } from './text';

const AMONG = '其中';
// A residual bucket closes a list: then the parts must add up.
const RESIDUAL = /^(?:[（(]?[一二三四五六七八九十0-9]{1,2}[)）、.．]?)?[\s“"]*(?:其他|其它|其余|另有)/;
// `以下5类`, `分为3个方面`, `共4项`: the number of items the list announces.
const ANNOUNCED = /([一二三四五六七八九十两0-9]{1,3})(?:大类|类|个方面|方面|项|种)/;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// A new total or an aside ends the parts of a 其中 list.
const NOT_A_PART = /(?:共|累计|总计|合计|另|此外|同时|全年|总数)[\u4e00-\u9fff]{0,6}$/;

export function findParts(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  return [...amongLists(text, figures), ...lineLists(text, figures, model)];
}

function amongLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let at = text.indexOf(AMONG); at >= 0; at = text.indexOf(AMONG, at + AMONG.length)) {
    const i = firstNumberAtOrAfter(figures, at) - 1;
    const total = figures[i];
    if (!total || total.end > at || !isQuantity(total) || !/^[\s，,：:]*$/.test(text.slice(total.end, at))) continue;
    const rest = text.slice(at);
    const endRel = rest.search(SENTENCE_END);
    const end = at + (endRel >= 0 ? endRel : rest.length);
    const parts: Figure[] = [];
    let closed = false;
    for (const f of figuresWithNumberIn(figures, at, end)) {
      if (f.start < at || f.kind === 'percent') continue;
      const lead = text.slice(Math.max(at, (parts[parts.length - 1]?.end ?? at)), f.numberStart);
      if (parts.length > 0 && (NOT_A_PART.test(lead) || text.slice(at, f.start).includes(AMONG, 1))) break;
      if (!sameFamily(f, total)) {
        if (parts.length > 0) break;
        continue;
      }
      parts.push(f);
      if (/其他|其它|其余/.test(lead)) {
        closed = true;
        break;
      }
    }
    if (parts.length === 0) continue;
    out.push({ kind: 'parts', target: total, operands: parts, word: AMONG, closed });
  }
  return out;
}

function announced(introText: string): number | null {
  const m = ANNOUNCED.exec(introText);
  if (!m) return null;
  const n = m[1]!;
  return /^[0-9]+$/.test(n) ? Number(n) : n.length === 1 ? (CN_DIGIT[n] ?? null) : null;
}

function lineLists(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  model.lines.forEach((line, l) => {
    const items = model.itemsOf(l);
    if (items.length < 2) return;
    const introFigures = figuresWithNumberIn(figures, line.start, line.end).filter(isQuantity);
    const total = introFigures[introFigures.length - 1];
    if (!total) return;
    const parts: Figure[] = [];
    let residual = false;
    for (const j of items) {
      const item = model.lines[j]!;
      const part = figuresWithNumberIn(figures, item.start, item.end).find((f) => isQuantity(f) && sameFamily(f, total));
      if (!part) return;
      parts.push(part);
      residual ||= RESIDUAL.test(text.slice(item.start, item.end));
    }
    const introText = text.slice(line.start, line.end);
    const closed = residual || announced(introText.slice(total.end - line.start)) === items.length;
    out.push({ kind: 'parts', target: total, operands: parts, word: '分项', closed, partition: true });
  });
  return out;
}
