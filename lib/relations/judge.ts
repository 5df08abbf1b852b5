// Judges a relation with the rounding the text uses: every written figure stands for the interval
// of values it allows (`24.94万` → 249,350..249,450, `3.2万多` → 32,000..33,000), and a stated rate
// holds when the computed interval meets what its written precision allows, rounded or truncated.
import { decimalsOf, formatValue, valueInterval, type Interval } from '../compare/quantity';
import type { Figure, Verdict } from '../types';
import type { Relation } from './relation';
import { numberText } from './text';

export interface Judgement {
  verdict: Verdict;
  confidence: number;
  /** The computed value, for messages. */
  computed: number;
  message_zh: string;
  message_en: string;
}

/** What a stated percentage allows: rounded or truncated at its decimals. */
export function statedInterval(text: string, f: Figure): Interval {
  const step = 10 ** -decimalsOf(numberText(text, f));
  switch (f.qualifier) {
    case 'more_than':
    case 'at_least':
      return { lo: f.value, hi: Infinity };
    case 'less_than':
      return { lo: -Infinity, hi: f.value };
    case 'about':
      return { lo: f.value - Math.max(1, step), hi: f.value + Math.max(1, step) };
    default:
      return { lo: f.value - step / 2, hi: f.value + step };
  }
}

const iv = (text: string, f: Figure): Interval => valueInterval(f, numberText(text, f));

function ratio(n: Interval, d: Interval): Interval {
  return { lo: (n.lo / d.hi) * 100, hi: (n.hi / d.lo) * 100 };
}

/** The computed interval and exact value of a rate or a share. */
function computePercent(text: string, rel: Relation): { range: Interval; exact: number; formula_zh: string; formula_en: string } | null {
  const [a, b] = rel.operands as [Figure, Figure];
  const A = iv(text, a);
  const B = iv(text, b);
  if (![A.lo, A.hi, B.lo, B.hi].every(Number.isFinite)) return null;
  if (A.lo <= 0) return null;
  if (rel.complement) {
    return {
      range: ratio({ lo: A.lo - B.hi, hi: A.hi - B.lo }, A),
      exact: ((a.value - b.value) / a.value) * 100,
      formula_zh: `（${a.text} − ${b.text}）÷ ${a.text}`,
      formula_en: `(${formatValue(a.value)} − ${formatValue(b.value)}) / ${formatValue(a.value)}`,
    };
  }
  return { range: ratio(B, A), exact: (b.value / a.value) * 100, formula_zh: `${b.text} ÷ ${a.text}`, formula_en: `${formatValue(b.value)} / ${formatValue(a.value)}` };
}

function judgePercent(text: string, rel: Relation): Judgement | null {
  const c = computePercent(text, rel);
  if (!c) return null;
  const t = rel.target;
  const stated = statedInterval(text, t);
  const decimals = decimalsOf(numberText(text, t));
  const step = 10 ** -decimals;
  const shown = c.exact.toFixed(Math.max(1, decimals + 1));
  const holds = c.range.lo <= stated.hi && stated.lo <= c.range.hi;
  const truncated = holds && t.qualifier === null && c.exact > t.value + step / 2;
  const what = `${rel.word}`;
  if (holds) {
    const note_zh = truncated ? '（文中为截断而非四舍五入）' : '';
    const note_en = truncated ? ' (the text truncates rather than rounds)' : '';
    return {
      verdict: 'consistent',
      confidence: 0.9,
      computed: c.exact,
      message_zh: `${what}与其数据相符：${c.formula_zh} = ${shown}%，文中为${t.text}${note_zh}。`,
      message_en: `Matches its figures: ${c.formula_en} = ${shown}%, stated ${formatValue(t.value)}%${note_en}.`,
    };
  }
  // Off by about one unit of the last written digit: flagged, since neither rounding nor
  // truncation gives it, but said to be small.
  const slip = t.qualifier === null && Math.abs(c.exact - t.value) <= step * 1.5;
  return {
    verdict: 'inconsistent',
    confidence: slip ? 0.5 : Math.abs(c.exact - t.value) > 1 ? 0.85 : 0.65,
    computed: c.exact,
    message_zh: `${what}与其数据不符：${c.formula_zh} = ${shown}%，文中却为${t.text}${slip ? '（相差约末位一个单位）' : ''}。`,
    message_en: `Does not match its figures: ${c.formula_en} = ${shown}%, but the text says ${formatValue(t.value)}%.`,
  };
}

function judgeParts(text: string, rel: Relation): Judgement {
  const total = rel.target;
  const T = iv(text, total);
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (const p of rel.operands) {
    const P = iv(text, p);
    lo += P.lo;
    hi += P.hi;
    sum += p.value;
  }
  const partsText = rel.operands.map((p) => p.text).join(' + ');
  const partsEn = rel.operands.map((p) => formatValue(p.value)).join(' + ');
  const oversized = rel.operands.find((p) => iv(text, p).lo > T.hi);
  const addsUp = lo <= T.hi && T.lo <= hi;
  const sumText = formatValue(sum);
  if (oversized) {
    return { verdict: 'inconsistent', confidence: 0.8, computed: sum, message_zh: `部分${oversized.text}大于总数${total.text}。`, message_en: `A part (${formatValue(oversized.value)}) is larger than its total (${formatValue(total.value)}).` };
  }
  if (addsUp) {
    return { verdict: 'consistent', confidence: 0.9, computed: sum, message_zh: `各部分之和等于总数：${partsText} = ${sumText}，与${total.text}相符。`, message_en: `The parts add up to the total: ${partsEn} = ${sumText} = ${formatValue(total.value)}.` };
  }
  if (rel.closed) {
    return {
      verdict: 'inconsistent',
      confidence: 0.7,
      computed: sum,
      message_zh: `所列各部分为完整分项，其和却与总数不符：${partsText} = ${sumText}，总数为${total.text}。`,
      message_en: `The list is complete, yet its parts add up to ${partsEn} = ${sumText}, not to the total ${formatValue(total.value)}.`,
    };
  }
  if (lo > T.hi) {
    // Categories after 其中 may overlap (高新技术企业, 规上企业): a sum above the total is no proof
    // unless the list is a breakdown, one category per line.
    return rel.partition
      ? { verdict: 'inconsistent', confidence: 0.6, computed: sum, message_zh: `分项之和超过总数：${partsText} = ${sumText}，总数却为${total.text}。`, message_en: `The breakdown adds up to ${partsEn} = ${sumText}, more than the total ${formatValue(total.value)}.` }
      : { verdict: 'unknown', confidence: 0.3, computed: sum, message_zh: `“其中”所列部分之和${sumText}超过总数${total.text}；各类或有重叠，无法判断。`, message_en: `The parts listed add up to ${sumText}, more than the total ${formatValue(total.value)}; the categories may overlap, so this cannot be decided.` };
  }
  return {
    verdict: 'consistent',
    confidence: 0.6,
    computed: sum,
    message_zh: `所列部分之和（${partsText} = ${sumText}）未超过总数${total.text}；所列或非全部。`,
    message_en: `The parts listed (${partsEn} = ${sumText}) do not exceed the total ${formatValue(total.value)}; the list may be partial.`,
  };
}

export function judge(text: string, rel: Relation): Judgement | null {
  return rel.kind === 'parts' ? judgeParts(text, rel) : judgePercent(text, rel);
}
