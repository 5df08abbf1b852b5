// `至9月底,全区重点建设项目累计完成投资367.1亿元,…` and then sections of one marker style (`1、新建项目。…累计完成投资153.7亿元`,
// `2、续建项目。…累计完成投资213.3亿元`), right after it, past a line that announces them (`分项情况如下:`) or under a
// heading of their own (`一、分类型进展情况`), each a marked line and the lines under it: a section's figure written in
// the same words as a total of the paragraph is a part of that total. The sections may leave kinds out: the lists
// are open.
import { isHeading, markerStyle, type ArticleModel } from '../article-model';
import { figuresWithNumberIn } from '../compare/sentences';
import type { Figure } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { isAdditive, OWN_CLAUSE, sameFamily, sharedEnding, wordsBefore } from './text';

// The words a part shares with its total, at least (`完成投资`): fewer name no measure.
const SAME_WORDS = 4;
// The first marker of a list.
const FIRST = /^(?:[（(]?[一1１][)）、.．]|一是|①|第一)/;

export function findSummarySections(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  model.lines.forEach((line, l) => {
    if (line.marker !== null || line.intro !== null || model.itemsOf(l).length > 0) return;
    // Past a line that only announces them (`分项情况如下:`).
    let n = l + 1;
    const announcing = model.lines[n];
    if (announcing && !announcing.marker && /[：:]$/.test(text.slice(announcing.start, announcing.end)) && figuresWithNumberIn(figures, announcing.start, announcing.end).length === 0) n++;
    const next = model.lines[n];
    // Sections that start there (`1、`, `一、`): a paragraph followed by `二、` is one section's body, the
    // next section its sibling.
    if (!next?.marker || !FIRST.test(next.marker)) return;
    const under = model.lines[n + 1];
    const sections = isHeading(next, text.slice(next.start, next.end)) && under?.marker && FIRST.test(under.marker) && markerStyle(under.marker) !== markerStyle(next.marker)
      ? sectionSpans(model, n + 1, markerStyle(next.marker))
      : sectionSpans(model, n, null);
    if (sections.length < 2) return;
    const totals = figuresWithNumberIn(figures, line.start, line.end).filter((f) => isAdditive(f) && !writtenAsChange(text, f));
    const words = totals.map((f) => ownWords(text, f));
    totals.forEach((total, t) => {
      const own = words[t]!;
      if (own.length < SAME_WORDS || words.some((w, u) => u !== t && common(w, own) >= SAME_WORDS)) return;
      const parts = sections.flatMap(([from, to]) => {
        const part = sameWordsIn(text, figuresWithNumberIn(figures, model.lines[from]!.start, model.lines[to - 1]!.end), total, own);
        return part ? [part] : [];
      });
      // Done since a project began (beside its 总投资) is no part of what was done in a period (`1-8月,…重大项目共60个,已完成投资4.7亿元`
      // over `二是工业项目。…20个工业项目,总投资55.2亿元,已完成投资25.36亿元`).
      if (parts.some((p) => SINCE_START.test(beforeIn(text, p))) && !SINCE_START.test(beforeIn(text, total)) && !CUMULATIVE.test(beforeIn(text, total))) return;
      if (parts.length >= 2) out.push({ kind: 'parts', target: total, operands: parts, word: '分项', closed: false, partition: true });
    });
  });
  return out;
}

/**
 * The sections from line `first` on, each a line of `first`'s marker style and the lines after it up to
 * the next of that style: its body and its own sub-items. They end at a marker of the style they sit under
 * (`二、分行业进展情况` after `1、…` and `2、…` under `一、`); the last is no longer than the longest before it.
 */
function sectionSpans(model: ArticleModel, first: number, parentStyle: string | null): [number, number][] {
  const style = markerStyle(model.lines[first]!.marker!);
  const spans: [number, number][] = [];
  for (let k = first; k < model.lines.length; k++) {
    const marker = model.lines[k]!.marker;
    const at = marker ? markerStyle(marker) : null;
    if (at !== null && at === parentStyle) break;
    if (at === style) spans.push([k, k + 1]);
    else spans.at(-1)![1] = k + 1;
  }
  const last = spans.at(-1);
  if (last && spans.length > 1) last[1] = Math.min(last[1], last[0] + Math.max(...spans.slice(0, -1).map(([a, b]) => b - a)));
  return spans;
}

// A project's whole cost, beside which what is done is done since it began; and words of a running total.
const SINCE_START = /总投资|概算/;
const CUMULATIVE = /累计|开工以来|建设以来/;
const beforeIn = (text: string, f: Figure) => text.slice(f.sentence.start, f.numberStart);

const ownWords = (text: string, f: Figure) => OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0].replace(/^[\s\S]*[0-9０-９%]/, '');

/** How many characters two phrases share at their ends. */
const common = (a: string, b: string): number => sharedEnding(a, b).length;

/**
 * The section's one figure of the total's family that shares the most words with it; of several alike,
 * the one in the section's first sentence (its own summary line), when only one is.
 */
function sameWordsIn(text: string, figures: readonly Figure[], total: Figure, words: string): Figure | null {
  const scored = figures.filter((f) => isAdditive(f) && sameFamily(f, total)).map((f) => ({ f, n: common(ownWords(text, f), words) }));
  const best = Math.max(SAME_WORDS, ...scored.map((s) => s.n));
  const top = scored.filter((s) => s.n === best).map((s) => s.f);
  if (top.length === 1) return top[0]!;
  const first = top.filter((f) => f.sentence.start === figures[0]?.sentence.start);
  return first.length === 1 ? first[0]! : null;
}
