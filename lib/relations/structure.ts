// `第一产业增加值37.11亿元…第二产业增加值339.85亿元…第三产业增加值240.54亿元。三次产业结构比例为
// 6.01:55.04:38.95`: each term of the 三次产业 proportion is that industry's share, in per cent, of
// the 生产总值 stated before it (statistical bulletins write this line every year).
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isQuantity, sameFamily } from './text';

const ORDINALS = ['一', '二', '三'];
const INTRO = /三次产业|产业结构/;
const TOTAL = /生产总值|GDP/;
// How far back the industries' values may stand: the bulletin's paragraph on them.
const REACH = 600;

/** Three colon-joined ratio figures from `i` on, announced as the three industries' structure. */
function isStructureRun(text: string, figures: readonly Figure[], i: number): boolean {
  if (figures[i]!.kind !== 'ratio') return false;
  const run = figures.slice(i, i + 3);
  if (run.length < 3 || !run.every((f) => f.kind === 'ratio')) return false;
  if (!/^[:：]$/.test(text.slice(run[0]!.numberEnd, run[1]!.numberStart)) || !/^[:：]$/.test(text.slice(run[1]!.numberEnd, run[2]!.numberStart))) return false;
  const next = figures[i + 3];
  if (next && next.kind === 'ratio' && /^[:：]$/.test(text.slice(run[2]!.numberEnd, next.numberStart))) return false;
  return INTRO.test(text.slice(Math.max(0, run[0]!.numberStart - 16), run[0]!.numberStart));
}

function lead(text: string, f: Figure): string {
  return text.slice(Math.max(f.sentence.start, f.numberStart - 16), f.numberStart);
}

export function findStructureShares(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 2 < figures.length; i++) {
    if (!isStructureRun(text, figures, i)) continue;
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
    if (parts.length !== 3 || !parts.every((p) => sameFamily(p, parts[0]!))) continue;
    let t = from - 1;
    while (t >= 0 && figures[t]!.start >= floor && !(isQuantity(figures[t]!) && sameFamily(figures[t]!, parts[0]!) && TOTAL.test(lead(text, figures[t]!)))) t--;
    if (t < 0 || figures[t]!.start < floor) continue;
    parts.forEach((part, k) => out.push({ kind: 'share', target: figures[i + k]!, operands: [figures[t]!, part], word: '三次产业结构' }));
    i += 2;
  }
  return out;
}
