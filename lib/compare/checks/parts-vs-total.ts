// A total against the parts listed after 其中: `新闻稿件169838篇，其中中央级11396篇，省市及其他
// 媒体158442篇` adds up. 其中 may list only some parts (below the total: no finding) and its
// categories may overlap (above the total: undecided), unless a residual 其他 closes the list.
import type { CheckResult, Figure } from '../../types';
import type { Check, CheckContext } from '../context';
import { pageEvidence } from '../evidence';
import { formatValue, valueInterval } from '../quantity';
import { unitFamily } from '../../dataset/metric';
import { figuresWithNumberIn, lastFigureBefore } from '../sentences';

const CLAUSE_END = /[；;。！？!?\n]/;
const AMONG = '其中';
const RESIDUAL = /其他|其它|其余/;

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
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    const partsText = parts.map((p) => p.text).join(' + ');
    const evidence = [total, ...parts].map((f) => pageEvidence(ctx.text, ctx.meta, f));
    const push = (verdict: CheckResult['verdict'], confidence: number, zh: string, en: string) =>
      results.push({ check: 'parts-vs-total', figureId: total.id, verdict, confidence, evidence, message_zh: zh, message_en: en });
    const oversized = parts.find((p) => valueInterval(p, nt(p)).lo > t.hi);
    // A residual part (其他, 其余) makes the list complete: then the parts must add up.
    const complete = parts.some((p) => RESIDUAL.test(ctx.text.slice(Math.max(at, p.start - 6), p.numberStart)));
    const addsUp = lo <= t.hi && t.lo <= hi;
    if (oversized) {
      push('inconsistent', 0.8, `部分${oversized.text}大于总数${total.text}。`, `A part (${formatValue(oversized.value)}) is larger than its total (${formatValue(total.value)}).`);
    } else if (addsUp) {
      push('consistent', 0.9, `各部分之和等于总数：${partsText} = ${formatValue(sum)}，与${total.text}相符。`, `The parts add up to the total: ${formatValue(sum)} = ${formatValue(total.value)}.`);
    } else if (complete) {
      push(
        'inconsistent',
        0.65,
        `所列部分（含“其他”）之和${formatValue(sum)}与总数${total.text}不符。`,
        `The parts, a residual "other" included, add up to ${formatValue(sum)}, not to the total ${formatValue(total.value)}.`,
      );
    } else if (lo > t.hi) {
      // Categories after 其中 may overlap (高新技术企业, 规上企业): a sum above the total is no proof.
      push('unknown', 0.3, `“其中”所列部分之和${formatValue(sum)}超过总数${total.text}；各类或有重叠，无法判断。`, `The parts listed add up to ${formatValue(sum)}, more than the total ${formatValue(total.value)}; the categories may overlap, so this cannot be decided.`);
    } else if (parts.length >= 2) {
      push('consistent', 0.6, `“其中”所列部分之和（${formatValue(sum)}）未超过总数${total.text}；所列或非全部。`, `The parts listed (${formatValue(sum)}) do not exceed the total ${formatValue(total.value)}; the list may be partial.`);
    }
  }
  return results;
}

export const partsVsTotal: Check = {
  id: 'parts-vs-total',
  description: 'Parts listed after 其中 must not exceed their total, and a full list must add up to it.',
  run,
};
