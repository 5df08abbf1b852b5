// A share of a total: `…471个问题进行整改，已整改销号问题453个，占整改问题总数的96.18%`, and
// lists of shares (`分别占比a%、b%`). The part is the count just before the share; the total is
// the earlier count the `占…的` phrase names, or, unnamed, the count that a `其中` list or a
// `共/累计` total opened. Shares of a total the text does not give are no relation.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CLAUSE_END, isQuantity, leadIn, lineStart, sameFamily, shareRun } from './text';

// What stands before a share's number, within its clause.
const SHARE_LEAD = /(?:占(?!有|地|用|领)([^，,。；;！？\n]{0,20}?)的?(?:比重|比例|份额)?|占比|所占比重|比重)(?:为|达到|达|约|是)?$/;
const RESPECTIVELY_LEAD = /分别占(?:比)?(?:为|达)?$/;
const TOTAL_WORDS = /总数|总量|总额|总计|总和|全部|总|的/g;
const TOTAL_LEAD = /共|累计|总计|合计|总数|总量|全年|全市|全省|全区|全县/;

interface Found {
  part: Figure;
  named: string | null;
}

export function findShares(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  let lastTotal: { total: Figure; line: number } | null = null;
  for (let s = 0; s < figures.length; s++) {
    const share = figures[s]!;
    if (share.kind !== 'percent') continue;
    const before = text.slice(Math.max(lineStart(text, share.numberStart), share.numberStart - 30), share.numberStart);
    const respectively = RESPECTIVELY_LEAD.test(before);
    const lead = SHARE_LEAD.exec(before);
    if (!lead && !respectively) continue;
    const shares = respectively ? percentsAfter(text, figures, s) : [s];
    const parts = respectively ? partsBefore(text, figures, share, shares.length) : partJustBefore(text, figures, s);
    if (!parts || parts.length !== shares.length) continue;
    const found: Found = { part: parts[0]!, named: lead?.[1]?.replace(TOTAL_WORDS, '') || null };
    const line = lineStart(text, share.start);
    const total: Figure | null =
      totalFor(text, figures, found) ?? (lastTotal && lastTotal.line === line && sameFamily(lastTotal.total, found.part) ? lastTotal.total : null);
    if (!total || parts.some((p) => p.value > total.value)) continue;
    lastTotal = { total, line };
    shares.forEach((i, k) => out.push({ kind: 'share', target: figures[i]!, operands: [total, parts[k]!], word: '占比' }));
    s = shares[shares.length - 1]!;
  }
  return out;
}

/** The count right before a share, in its clause: `已整改销号问题453个，占…`. */
function partJustBefore(text: string, figures: readonly Figure[], s: number): Figure[] | null {
  const part = figures[s - 1];
  if (!part || !isQuantity(part)) return null;
  const between = text.slice(part.end, figures[s]!.numberStart);
  if (CLAUSE_END.test(between) || (between.match(/[，,]/g)?.length ?? 0) > 1) return null;
  return [part];
}

/** `分别占比a%、b%、c%`: the shares that follow in one list. */
function percentsAfter(text: string, figures: readonly Figure[], s: number): number[] {
  const list = [s];
  for (let i = s + 1; i < figures.length && figures[i]!.kind === 'percent'; i++) {
    if (!/^[、，,和及]?$/.test(text.slice(figures[i - 1]!.end, figures[i]!.numberStart))) break;
    list.push(i);
  }
  return list;
}

/** The n counts of one kind listed before 分别 in the same sentence. */
function partsBefore(text: string, figures: readonly Figure[], first: Figure, n: number): Figure[] | null {
  const at = text.lastIndexOf('分别', first.numberStart);
  const parts = figures.filter((f) => isQuantity(f) && f.end <= at && f.sentence.start === first.sentence.start);
  const last = parts.slice(-n);
  if (last.length !== n || !last.every((p) => sameFamily(p, last[0]!))) return null;
  return last;
}

/**
 * The total a part is a share of: the nearest earlier count of its kind in the same line that the
 * `占…的` phrase names, or, for an unnamed share, the one a 其中 or a 共/累计 opens.
 */
function totalFor(text: string, figures: readonly Figure[], found: Found): Figure | null {
  const { part, named } = found;
  const floor = lineStart(text, part.start);
  const index = figures.indexOf(part);
  for (let i = index - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (!isQuantity(f) || !sameFamily(f, part) || f.value < part.value) continue;
    const words = leadIn(text, figures, i, floor) + (f.label ?? '') + text.slice(f.numberEnd, f.end);
    if (named && named.length >= 2) {
      if (shareRun(named, words)) return f;
      continue;
    }
    const between = text.slice(f.end, part.start);
    if (/其中/.test(between) || TOTAL_LEAD.test(words)) return f;
    return null;
  }
  return null;
}
