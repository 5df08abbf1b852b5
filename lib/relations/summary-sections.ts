// `至9月底,全区重点建设项目累计完成投资367.1亿元,…` and then sections of one marker style (`1、新建项目。…累计完成投资153.7亿元`,
// `2、续建项目。…累计完成投资213.3亿元`), right after it or under a heading of their own (`一、分类型进展情况`): a
// section's figure written in the same words as a total of the paragraph is a part of that total. The
// sections may leave kinds out: the lists are open.
import { isHeading, markerStyle, type ArticleModel } from '../article-model';
import { figuresWithNumberIn } from '../compare/sentences';
import type { Figure } from '../types';
import { CHANGE } from './changes';
import type { Relation } from './relation';
import { isAdditive, OWN_CLAUSE, sameFamily, wordsBefore } from './text';

// The words a part shares with its total, at least (`完成投资`): fewer name no measure.
const SAME_WORDS = 4;
// The first marker of a list.
const FIRST = /^(?:[（(]?[一1１][)）、.．]|一是|①|第一)/;

export function findSummarySections(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  model.lines.forEach((line, l) => {
    const next = model.lines[l + 1];
    // Sections that start there (`1、`, `一、`): a paragraph followed by `二、` is one section's body, the
    // next section its sibling.
    if (line.marker !== null || line.intro !== null || model.itemsOf(l).length > 0 || !next?.marker || !FIRST.test(next.marker)) return;
    const under = model.lines[l + 2];
    const sections = model.itemsOf(l + 1).length > 0 ? model.itemsOf(l + 1) : isHeading(next, text.slice(next.start, next.end)) && under?.marker && FIRST.test(under.marker) ? markedRun(model, l + 2) : markedRun(model, l + 1);
    if (sections.length < 2) return;
    const totals = figuresWithNumberIn(figures, line.start, line.end).filter((f) => isAdditive(f) && !CHANGE.test(wordsBefore(text, f, 6)));
    const words = totals.map((f) => ownWords(text, f));
    totals.forEach((total, t) => {
      const own = words[t]!;
      if (own.length < SAME_WORDS || words.some((w, u) => u !== t && common(w, own) >= SAME_WORDS)) return;
      const parts = sections.flatMap((j) => {
        const section = model.lines[j]!;
        const part = sameWordsIn(text, figuresWithNumberIn(figures, section.start, section.end), total, own);
        return part ? [part] : [];
      });
      if (parts.length >= 2) out.push({ kind: 'parts', target: total, operands: parts, word: '分项', closed: false, partition: true });
    });
  });
  return out;
}

/** The lines from `first` on that open with a marker of its style, one after another. */
function markedRun(model: ArticleModel, first: number): number[] {
  const style = markerStyle(model.lines[first]!.marker!);
  const run: number[] = [];
  for (let j = first; j < model.lines.length && model.lines[j]!.marker !== null && markerStyle(model.lines[j]!.marker!) === style; j++) run.push(j);
  return run;
}

const ownWords = (text: string, f: Figure) => OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0].replace(/^[\s\S]*[0-9０-９%]/, '');

/** How many characters two phrases share at their ends. */
function common(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

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
