// `第一产业增加值37.11亿元…第二产业增加值339.85亿元…第三产业增加值240.54亿元。三次产业结构比例为
// 6.01:55.04:38.95`: each term of the 三次产业 proportion is that industry's share, in per cent, of
// the 生产总值 stated before it (statistical bulletins write this line every year). When the line
// gives the previous year's structure too (`由2014年的13.88:53.06:33.06调整为14.33:46.34:39.33，第一
// 产业比重提高0.45个百分点…`), only the later one is this year's shares, and each industry's change in
// points is its later term less its earlier one.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CHANGE, FALL } from './changes';
import { CHANGED_TO, COLON } from '../extract/proportions';
import { firstNumberAtOrAfter } from '../compare/sentences';
import { indexOf, isAdditive, isQuantity, lineStart, OUTPUT, sameFamily } from './text';
import { readWords } from '../reading';

const ORDINALS = ['一', '二', '三'];
// (`一、二、三产业增加值占地区生产总值的比重由上年的12.8:41.2:46调整为11.6:42.7:45.7` names the three by their ordinals.)
const INTRO = /三次产业|产业结构|一、二、三产业/;
// How far before a proportion its announcement may begin.
const INTRO_REACH = 30;
// How far back the industries' values may stand: the bulletin's paragraph on them.
const REACH = 600;

// Between two terms: a colon, or nothing where print dropped it (the extractor splits such a term
// only when it reads as two terms of the run's decimals).
const JOINED = new RegExp(`^(?:${COLON.source} ?)?$`);
// `由A:B:C调整为D:E:F`: the earlier structure, then the later one.
const CHANGED_TO_ONLY = new RegExp(`^${CHANGED_TO.source}`);
// The same shares written in per cent, one per industry: `第一、二、三产业增加值所占比重分别为8.5%、37.7%、
// 53.8%`, `三次产业增加值占地区生产总值的比重分别为…`.
const PERCENT_INTRO = /(?:三次产业|第?一、二、三产业)[^。；;！？\n]{0,20}?(?:比重|占比|比例)[^。；;！？\n0-9]{0,4}分别(?:为|是|占)?$/;

/** Three joined ratio figures from `i` on, not part of a longer run. */
function isRun(text: string, figures: readonly Figure[], i: number): boolean {
  const run = figures.slice(i, i + 3);
  if (run.length < 3 || !run.every((f) => f.kind === 'ratio')) return false;
  if (!JOINED.test(text.slice(run[0]!.numberEnd, run[1]!.numberStart)) || !JOINED.test(text.slice(run[1]!.numberEnd, run[2]!.numberStart))) return false;
  const next = figures[i + 3];
  return !(next && next.kind === 'ratio' && JOINED.test(text.slice(run[2]!.numberEnd, next.numberStart)));
}

/** Three ratio figures from `i` on, announced as the three industries' structure. */
function isStructureRun(text: string, figures: readonly Figure[], i: number): boolean {
  if (figures[i]!.kind !== 'ratio' || !isRun(text, figures, i)) return false;
  return INTRO.test(readWords(text.slice(Math.max(0, figures[i]!.numberStart - INTRO_REACH), figures[i]!.numberStart)));
}

/** Three percentages from `i` on, listed as the three industries' shares (`…比重分别为a%、b%、c%`). */
function isPercentRun(text: string, figures: readonly Figure[], i: number): boolean {
  const run = figures.slice(i, i + 3);
  if (run.length < 3 || !run.every((f) => f.kind === 'percent')) return false;
  if (!run.slice(1).every((f, k) => /^[、，,和及]$/.test(text.slice(run[k]!.end, f.numberStart)))) return false;
  return PERCENT_INTRO.test(text.slice(Math.max(run[0]!.sentence.start, run[0]!.numberStart - 40), run[0]!.numberStart));
}

/** The later structure right after the one at `i` (`调整为…`), if the text gives one: its first index. */
function laterRun(text: string, figures: readonly Figure[], i: number): number | null {
  const k = i + 3;
  const f = figures[k];
  if (!f || f.sentence.start !== figures[i]!.sentence.start || !isRun(text, figures, k)) return null;
  return CHANGED_TO_ONLY.test(text.slice(figures[i + 2]!.numberEnd, f.numberStart)) ? k : null;
}

const POINTS_LEAD = /(?:第([一二三])产业|([一二三])产)(?:增加值)?(?:所占|占[^，,；;。]{0,10}的)?(?:比重|比例|占比)[^，,；;。0-9]{0,4}$/;

/**
 * `第一产业比重提高0.45个百分点`: each change in points in the structures' paragraph, named by its industry, against that
 * industry's earlier and later terms. The name may stand on the share right before the change (`第二产业比重39.5%,同比下降1.58个
 * 百分点`, the paragraph's sentences before the structures).
 */
function structureChanges(text: string, figures: readonly Figure[], earlier: number, later: number): Relation[] {
  const out: Relation[] = [];
  const from = lineStart(text, figures[earlier]!.start);
  const to = text.indexOf('\n', figures[later]!.end) < 0 ? text.length : text.indexOf('\n', figures[later]!.end);
  for (let k = Math.max(1, firstNumberAtOrAfter(figures, from)); k < figures.length && figures[k]!.start < to; k++) {
    const c = figures[k]!;
    if (c.kind !== 'percentage_points' || (k >= earlier && k < later + 3)) continue;
    const sentence = c.sentence.start;
    const lead = text.slice(Math.max(sentence, figures[k - 1]!.end, c.numberStart - 24), c.numberStart);
    const verb = CHANGE.exec(lead);
    if (!verb) continue;
    const share = figures[k - 1]!;
    const named = share.kind === 'percent' && share.sentence.start === sentence && SHARE_THEN_CHANGE.test(lead.slice(0, verb.index)) ? text.slice(Math.max(sentence, share.numberStart - 24), share.numberStart) : lead.slice(0, verb.index);
    const m = POINTS_LEAD.exec(named);
    if (!m) continue;
    const n = ORDINALS.indexOf((m[1] ?? m[2])!);
    out.push({ kind: 'points', target: c, operands: [figures[earlier + n]!, figures[later + n]!], word: verb[1]!, falling: FALL.test(verb[1]!) });
  }
  return out;
}
// Between a share and its change: `,同比`, `,比上年`.
const SHARE_THEN_CHANGE = /^[，,]\s*(?:同比|比上年|较上年)?$/;

/**
 * `地区生产总值中,第一产业比重29.67%,…三次产业比由上年的29.77:37.92:32.29转变为29.67: 39.5:30.83`: a share in per cent in the
 * structure's paragraph, named by its industry, is that industry's share of the output as the structure's term is.
 */
function namedShares(text: string, figures: readonly Figure[], run: number, whole: Figure, parts: readonly Figure[]): Relation[] {
  const from = lineStart(text, figures[run]!.start);
  const out: Relation[] = [];
  for (let k = firstNumberAtOrAfter(figures, from); k < run; k++) {
    const f = figures[k]!;
    if (f.kind !== 'percent') continue;
    const before = text.slice(Math.max(f.sentence.start, f.numberStart - 24), f.numberStart);
    const m = POINTS_LEAD.exec(before);
    if (!m || CHANGE.test(before.slice(m.index))) continue;
    out.push({ kind: 'share', target: f, operands: [whole, parts[ORDINALS.indexOf((m[1] ?? m[2])!)]!], word: '比重' });
  }
  return out;
}

// `一、二、三产业增加值分别为41.0亿元、38.6亿元和170.4亿元`: the three industries' values in one list.
const RESPECTIVE_INDUSTRIES = /一、二、三产业增加值分别为$/;
const LIST_JOIN = /^[、，,和及]$/;

/** The first index of the three industries' values listed together before the proportion at `i`, or null. */
function respectiveIndustries(text: string, figures: readonly Figure[], i: number, floor: number): number | null {
  for (let j = i - 3; j >= 0 && figures[j]!.start >= floor; j--) {
    const run = figures.slice(j, j + 3);
    if (!run.every(isQuantity) || !run.slice(1).every((f, k) => LIST_JOIN.test(text.slice(run[k]!.end, f.numberStart)))) continue;
    if (RESPECTIVE_INDUSTRIES.test(readWords(text.slice(Math.max(run[0]!.sentence.start, run[0]!.numberStart - 40), run[0]!.numberStart)))) return j;
  }
  return null;
}

function lead(text: string, f: Figure): string {
  return text.slice(Math.max(f.sentence.start, f.numberStart - 16), f.numberStart);
}

export function findStructureShares(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 2 < figures.length; i++) {
    const inPercent = isPercentRun(text, figures, i);
    if (!inPercent && !isStructureRun(text, figures, i)) continue;
    const later = inPercent ? null : laterRun(text, figures, i);
    if (later !== null) {
      out.push(...structureChanges(text, figures, i, later));
      // This year's values are the later structure's; the earlier one has no values here.
      i = later;
    } else if (!inPercent && /(?:由|从)[^，,。；;]{0,8}$/.test(text.slice(Math.max(0, figures[i]!.numberStart - 10), figures[i]!.numberStart))) {
      // An earlier structure whose later one the text does not give in this way: no year to pair.
      continue;
    }
    const floor = figures[i]!.start - REACH;
    const parts: Figure[] = [];
    let from = i;
    // The industries stand in order before the proportion; each is the nearest one named so.
    for (let k = ORDINALS.length - 1; k >= 0; k--) {
      let j = from - 1;
      while (j >= 0 && figures[j]!.start >= floor && !(isQuantity(figures[j]!) && lead(text, figures[j]!).includes(`第${ORDINALS[k]}产业`))) j--;
      if (j < 0 || figures[j]!.start < floor) break;
      parts.unshift(figures[j]!);
      from = j;
    }
    if (parts.length !== 3) {
      const listed = respectiveIndustries(text, figures, i, floor);
      if (listed !== null) {
        parts.splice(0, parts.length, ...figures.slice(listed, listed + 3));
        from = listed;
      }
    }
    if (parts.length !== 3 || !parts.every((p) => sameFamily(p, parts[0]!))) continue;
    // The whole: the output above the industries, a total (not `人均地区生产总值`).
    const isOutput = (f: Figure) => isAdditive(f) && sameFamily(f, parts[0]!) && OUTPUT.test(lead(text, f)) && !/人均|每人/.test(lead(text, f));
    let t = from - 1;
    while (t >= 0 && figures[t]!.start >= floor && !isOutput(figures[t]!)) t--;
    if (t < 0 || figures[t]!.start < floor) continue;
    // An output between the industries and the proportion is another year's, whose structure it is (`…三次产业增加值结构为
    // 6.0:46.9:47.1。…最终计算2021年全县生产总值现价总量为972846万元,…三次产业增加值结构为5.5:50.6∶43.9`): its industries are not given.
    if (figures.slice(indexOf(figures, parts[2]!) + 1, i).some(isOutput)) continue;
    parts.forEach((part, k) => out.push({ kind: 'share', target: figures[i + k]!, operands: [figures[t]!, part], word: '三次产业结构' }));
    if (!inPercent) out.push(...namedShares(text, figures, i, figures[t]!, parts));
    i += 2;
  }
  return out;
}
