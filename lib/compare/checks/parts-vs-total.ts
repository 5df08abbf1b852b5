// A total against the parts listed after 其中: `新闻稿件169838篇，其中中央级11396篇，省市及其他
// 媒体158442篇` adds up. 其中 may list only some parts, so parts below the total are no finding;
// parts above it are.
import type { CheckResult, Figure } from '../../types';
import type { Check, CheckContext } from '../context';
import { pageEvidence } from '../evidence';
import { formatValue, valueInterval } from '../quantity';
import { unitFamily } from '../../dataset/metric';
import { figuresWithNumberIn, lastFigureBefore } from '../sentences';

const CLAUSE_END = /[；;。！？!?\n]/;
const AMONG = '其中';

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  const nt = (f: Figure) => ctx.text.slice(f.numberStart, f.numberEnd);
  for (let at = ctx.text.indexOf(AMONG); at >= 0; at = ctx.text.indexOf(AMONG, at + AMONG.length)) {
    // The total: the last figure before 其中, separated from it by punctuation only.
    const total = lastFigureBefore(ctx.figures, at);
    if (!total || total.kind !== 'count' || !/^[\s，,：:]*$/.test(ctx.text.slice(total.end, at))) continue;
    const family = unitFamily(total);
    const rest = ctx.text.slice(at);
    const clauseEnd = at + (rest.search(CLAUSE_END) >= 0 ? rest.search(CLAUSE_END) : rest.length);
    const parts = figuresWithNumberIn(ctx.figures, at, clauseEnd).filter(
      (f) => f.start >= at && f.end <= clauseEnd && f.kind === 'count' && unitFamily(f) === family,
    );
    if (parts.length === 0) continue;
    const t = valueInterval(total, nt(total));
    let lo = 0;
    let hi = 0;
    for (const p of parts) {
      const iv = valueInterval(p, nt(p));
      lo += iv.lo;
      hi += iv.hi;
    }
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const exceeds = lo > t.hi;
    const addsUp = lo <= t.hi && t.lo <= hi;
    // One part below its total says nothing worth showing.
    if (!exceeds && !addsUp && parts.length < 2) continue;
    const partsText = parts.map((p) => p.text).join(' + ');
    const evidence = [total, ...parts].map((f) => pageEvidence(ctx.text, ctx.meta, f));
    results.push({
      check: 'parts-vs-total',
      figureId: total.id,
      verdict: exceeds ? 'inconsistent' : 'consistent',
      confidence: exceeds ? 0.75 : addsUp ? 0.9 : 0.6,
      evidence,
      message_zh: exceeds
        ? `“其中”所列部分之和超过总数：${partsText} = ${formatValue(sum)}，大于${total.text}。`
        : addsUp
          ? `各部分之和等于总数：${partsText} = ${formatValue(sum)}，与${total.text}相符。`
          : `“其中”所列部分之和（${formatValue(sum)}）未超过总数${total.text}；所列或非全部。`,
      message_en: exceeds
        ? `The parts listed after 其中 exceed the total: ${formatValue(sum)} > ${formatValue(total.value)}.`
        : addsUp
          ? `The parts add up to the total: ${formatValue(sum)} = ${formatValue(total.value)}.`
          : `The parts listed (${formatValue(sum)}) do not exceed the total ${formatValue(total.value)}; the list may be partial.`,
    });
  }
  return results;
}

export const partsVsTotal: Check = {
  id: 'parts-vs-total',
  description: 'Parts listed after 其中 must not exceed their total, and a full list must add up to it.',
  run,
};
