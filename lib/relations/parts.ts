// A total and its parts: after 其中 in one sentence (`新闻稿件169838篇，其中中央级11396篇，省市及
// 其他媒体158442篇`), and across lines, where a line announces a breakdown and the following lines
// (`（一）…`, or short lines of one category each) give the parts.
import type { ArticleModel } from '../article-model';
import type { Figure } from '../types';
import { firstNumberAtOrAfter, figuresWithNumberIn } from '../compare/sentences';
import type { Relation } from './relation';
import { CLAUSE_END, isQuantity, sameFamily, SENTENCE_END } from './text';

const AMONG = '其中';
// A residual bucket closes a list: then the parts must add up.
const RESIDUAL = /^(?:[（(]?[一二三四五六七八九十0-9]{1,2}[)）、.．]?)?[\s“"]*(?:其他|其它|其余|另有)/;
// `以下5类`, `分为3个方面`, `共4项`: the number of items the list announces.
const ANNOUNCED = /([一二三四五六七八九十两0-9]{1,3})(?:大类|类|个方面|方面|项|种)/;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// A change, not a stock: its parts are changes too, and may have either sign.
const CHANGE_LEAD = /(?:增加|减少|增长|下降|新增|净增|扩大|缩小|多|少)了?$/;
// A new total or an aside ends the parts of a 其中 list.
const NOT_A_PART = /(?:共|累计|总计|合计|另|此外|同时|全年|总数)[\u4e00-\u9fff]{0,6}$/;

export function findParts(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  return [...amongLists(text, figures), ...lineLists(text, figures, model), ...doneAndPending(text, figures)];
}

// `2053件，办结1957件，还有96件正在办理`: what was done and what is still open make the whole.
const DONE_LEAD = /(?:已|均|共|累计)?(?:办结|完成|解决|化解|办理完毕|整改到位|销号)[\u4e00-\u9fff]{0,4}$/;
const PENDING = /未办结|未完成|未解决|正在办理|正在整改|在办|办理中|尚未|未销号/;

function doneAndPending(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let u = 2; u < figures.length; u++) {
    const pending = figures[u]!;
    const d = u - 1;
    const done = figures[d]!;
    const total = figures[d - 1]!;
    if (![pending, done, total].every((f) => isQuantity(f) && f.sentence.start === pending.sentence.start && sameFamily(f, pending))) continue;
    const around = text.slice(Math.max(done.end, pending.numberStart - 8), pending.numberStart) + text.slice(pending.numberEnd, pending.end + 6).split(/[，,；;。]/)[0];
    if (!PENDING.test(around) || !DONE_LEAD.test(text.slice(Math.max(total.end, done.numberStart - 10), done.numberStart))) continue;
    // Nothing else between the three but their words: one clause list.
    if (CLAUSE_END.test(text.slice(total.end, pending.start))) continue;
    out.push({ kind: 'parts', target: total, operands: [done, pending], word: '办结与在办', closed: true });
  }
  return out;
}

function amongLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let at = text.indexOf(AMONG); at >= 0; at = text.indexOf(AMONG, at + AMONG.length)) {
    // The total is the last count before 其中, past the growth rates that follow it
    // (`大口径财政收入完成60233万元，同比增长3.69%。其中：…`).
    let i = firstNumberAtOrAfter(figures, at) - 1;
    while (i > 0 && (figures[i]!.kind === 'percent' || figures[i]!.kind === 'percentage_points') && /^[\s，,、]*(?:同比|比上年|较上年)?[\u4e00-\u9fff]{0,3}$/.test(text.slice(figures[i - 1]!.end, figures[i]!.start))) i--;
    const total = figures[i];
    // `…284406件。其中，…`: 其中 may open the next sentence.
    const skipped = figures.slice(i + 1).filter((f) => f.end <= at);
    let gap = text.slice(total?.end ?? at, at);
    for (const f of skipped) gap = gap.replace(text.slice(f.start, f.end), '');
    if (!total || total.end > at || !isQuantity(total) || !/^[\s，,：:。；;]*(?:同比|比上年|较上年)?[\s，,：:。；;]*$/.test(gap)) continue;
    // `比上年增加63公顷，其中…` lists what the change is made of, not parts of a total.
    if (CHANGE_LEAD.test(text.slice(Math.max(total.sentence.start, total.numberStart - 10), total.numberStart))) continue;
    // A 其中 that opens a sentence lists over the whole next sentence (`…284406件。其中，咨询类…；
    // 求助类…；其它类…。`), provided the clause before it gives one total only; inside a sentence,
    // the list ends with its clause.
    const opensSentence = /[。！？!?]/.test(gap);
    if (opensSentence) {
      const clauseFrom = Math.max(total.sentence.start, text.lastIndexOf('；', total.start) + 1, text.lastIndexOf(';', total.start) + 1);
      if (figuresWithNumberIn(figures, clauseFrom, total.start).some((f) => isQuantity(f) && sameFamily(f, total))) continue;
    }
    const rest = text.slice(at);
    const endRel = rest.search(opensSentence ? SENTENCE_END : CLAUSE_END);
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
