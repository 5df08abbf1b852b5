// A stated rate against the counts it is computed from, when both stand in the same clause:
// `征求意见建议24.94万条，办理回复24.44万条，办理回复率98%` → 24.44/24.94 = 98.0%, holds.
import type { CheckResult, Figure } from '../../types';
import type { Check, CheckContext } from '../context';
import { pageEvidence } from '../evidence';
import { decimalsOf, formatValue, valueInterval, type Interval } from '../quantity';
import { figuresWithNumberIn, sameClause } from '../sentences';
import { unitFamily } from '../../dataset/metric';

// Rates over a base that the text does not state (growth, shares of an outside total) are not
// numerator/denominator pairs of the same sentence.
const NOT_A_COUNT_RATE = /(增长|增速|增幅|下降|降幅|同比|环比|占比|比重|普及|覆盖|利用|达标|优良|满意)/;
const RATE_WORD = /([\u4e00-\u9fff]{1,6}率)(?:达到|达|为|是|高达|约)?$/;

function rateWord(ctx: CheckContext, rate: Figure): string | null {
  if (rate.label && /率$/.test(rate.label)) return rate.label;
  const before = ctx.text.slice(Math.max(rate.sentence.start, rate.numberStart - 10), rate.numberStart);
  return RATE_WORD.exec(before)?.[1] ?? null;
}

function numberText(ctx: CheckContext, f: Figure): string {
  return ctx.text.slice(f.numberStart, f.numberEnd);
}

/** The interval of percentages a stated rate allows: rounding or truncation to its decimals. */
function statedRate(ctx: CheckContext, rate: Figure): Interval {
  const step = 10 ** -decimalsOf(numberText(ctx, rate));
  switch (rate.qualifier) {
    case 'more_than':
    case 'at_least':
      return { lo: rate.value, hi: Infinity };
    case 'less_than':
      return { lo: -Infinity, hi: rate.value };
    case 'about':
      return { lo: rate.value - Math.max(1, step), hi: rate.value + Math.max(1, step) };
    default:
      return { lo: rate.value - step / 2, hi: rate.value + step };
  }
}

/**
 * Denominator and numerator: the last two counts of one family before the rate, in its clause.
 * With more counts in the clause the pair is ambiguous unless the numerator's words share
 * something with the rate's stem (`办结10759件` / `办结率`).
 */
function countsFor(ctx: CheckContext, rate: Figure, word: string): [Figure, Figure] | null {
  const before = figuresWithNumberIn(ctx.figures, rate.sentence.start, rate.numberStart).filter(
    (f) => f.end <= rate.start && (f.kind === 'count' || f.kind === 'amount') && f.sentence.start === rate.sentence.start && sameClause(ctx.text, f, rate),
  );
  const num = before[before.length - 1];
  const den = before[before.length - 2];
  if (!num || !den || unitFamily(num) !== unitFamily(den)) return null;
  // A numerator above its denominator is more likely a misread pair than a rate; done-vs-planned
  // reports it when it is one.
  if (num.value > den.value) return null;
  if (before.filter((f) => unitFamily(f) === unitFamily(num)).length > 2) {
    const stem = word.replace(/率$/, '');
    const numWords = ctx.text.slice(den.end, num.numberStart) + (num.label ?? '');
    if (![...stem].some((ch) => numWords.includes(ch))) return null;
  }
  return [den, num];
}

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const rate of ctx.figures) {
    if (rate.kind !== 'percent') continue;
    const word = rateWord(ctx, rate);
    if (!word || NOT_A_COUNT_RATE.test(word)) continue;
    const pair = countsFor(ctx, rate, word);
    if (!pair) continue;
    const [den, num] = pair;
    const n = valueInterval(num, numberText(ctx, num));
    const d = valueInterval(den, numberText(ctx, den));
    if (d.lo <= 0 || !Number.isFinite(n.hi) || !Number.isFinite(d.hi)) continue;
    const computed = { lo: (n.lo / d.hi) * 100, hi: (n.hi / d.lo) * 100 };
    const stated = statedRate(ctx, rate);
    const exact = (num.value / den.value) * 100;
    const holds = computed.lo <= stated.hi && stated.lo <= computed.hi;
    const evidence = [pageEvidence(ctx.text, ctx.meta, den), pageEvidence(ctx.text, ctx.meta, num), pageEvidence(ctx.text, ctx.meta, rate)];
    const shown = exact.toFixed(Math.max(1, decimalsOf(numberText(ctx, rate)) + 1));
    results.push({
      check: 'rate-vs-counts',
      figureId: rate.id,
      verdict: holds ? 'consistent' : 'inconsistent',
      confidence: holds ? 0.9 : Math.abs(exact - rate.value) > 1 ? 0.8 : 0.6,
      evidence,
      message_zh: holds
        ? `${word}与其分子分母相符：${num.text} ÷ ${den.text} = ${shown}%，文中为${formatValue(rate.value)}%。`
        : `${word}与其分子分母不符：${num.text} ÷ ${den.text} = ${shown}%，文中却为${formatValue(rate.value)}%。`,
      message_en: holds
        ? `The rate matches its counts: ${formatValue(num.value)} / ${formatValue(den.value)} = ${shown}%, stated ${formatValue(rate.value)}%.`
        : `The rate does not match its counts: ${formatValue(num.value)} / ${formatValue(den.value)} = ${shown}%, but the text says ${formatValue(rate.value)}%.`,
    });
  }
  return results;
}

export const rateVsCounts: Check = {
  id: 'rate-vs-counts',
  description: 'Recompute a stated rate from the counts in the same clause, with the rounding the text uses.',
  run,
};
