// Judges a relation with the rounding the text uses: every written figure stands for the interval
// of values it allows (`24.94万` → 249,350..249,450, `3.2万多` → 32,000..33,000), and a stated rate,
// share or change holds when the computed interval meets what its written precision allows,
// rounded or truncated.
import { decimalsOf, formatValue, formatZh, lastDigitPlace, valueInterval, writtenMultiplier, type Interval } from '../compare/quantity';
import { MORE_SUFFIX } from '../numbers/numeral';
import type { Figure, Verdict } from '../types';
import { writtenAsChange } from './changes';
import type { Relation } from './relation';
import { isQuantity, numberText } from './text';

export interface Judgement {
  verdict: Verdict;
  confidence: number;
  message_zh: string;
  message_en: string;
}

/**
 * What a stated rate, share or change allows: rounded or truncated at its decimals. `约` and `近` allow
 * 5 % of the value either way, on a percentage at least one point and at most three (`近60%` for
 * 58.9 %, `近80%` for 77.9 %; `约11%` is not 13.6 %), and on anything else at least a unit of the last digit.
 */
export function statedInterval(text: string, f: Figure): Interval {
  const step = 10 ** -decimalsOf(numberText(text, f));
  switch (f.qualifier) {
    case 'more_than':
    case 'at_least':
      return { lo: f.value, hi: Infinity };
    case 'less_than':
      return { lo: -Infinity, hi: f.value };
    case 'about': {
      const relative = Math.abs(f.value) * 0.05;
      const slack = f.kind === 'percent' || f.kind === 'percentage_points' ? Math.max(step, Math.min(Math.max(1, relative), 3)) : Math.max(step, relative);
      return { lo: f.value - slack, hi: f.value + slack };
    }
    default:
      return { lo: f.value - step / 2, hi: f.value + step };
  }
}

const PLAN_LABEL = /(?:计划|計劃|目标|目標|任务|任務)$/;

/**
 * What a written operand allows. A figure written with a multiplier or decimals may be rounded or
 * truncated (`40.56亿元` may stand for 40.5649亿): up to one unit of its last digit above.
 */
function iv(text: string, f: Figure): Interval {
  // A plan or target is set, not measured: `80亿目标任务` is 80亿 exactly.
  if (f.qualifier === null && PLAN_LABEL.test(f.label ?? '')) return { lo: f.value, hi: f.value };
  const written = numberText(text, f);
  const range = valueInterval(f, written);
  const { written: last, rounded } = lastDigitPlace(written);
  const top = f.valueMax ?? f.value;
  const k = unwrittenScale(f, written);
  // (A whole number in a unit given elsewhere, `504774` in a table in 万元, is rounded at that unit too.)
  if ((rounded || k > 1) && f.qualifier === null) return { lo: f.value - (last * k) / 2, hi: top + last * k };
  return { lo: f.value - (f.value - range.lo) * k, hi: top + (range.hi - top) * k };
}

function roundedAt(text: string, f: Figure): Interval {
  const written = numberText(text, f);
  const place = lastDigitPlace(written).place * unwrittenScale(f, written);
  return { lo: f.value - place / 2, hi: f.value + place };
}

/**
 * The multiplier a figure takes from outside its number (a table cell `74.93` in a row of 万人 is 749,300 people,
 * rounded at a hundred): its value over the number written, a power of ten; 1 where the number carries its own.
 */
function unwrittenScale(f: Figure, written: string): number {
  const digits = /[0-9][0-9,]*(?:\.[0-9]+)?/.exec(written);
  if (!digits || writtenMultiplier(written) !== 1) return 1;
  const scale = Math.abs(f.value / Number(digits[0].replace(/,/g, '')));
  const power = Math.round(Math.log10(scale));
  return power > 0 && Math.abs(scale - 10 ** power) < 1e-6 * scale ? 10 ** power : 1;
}
const fv = formatValue;

interface Computed {
  range: Interval;
  exact: number;
  formula_zh: string;
  formula_en: string;
  /** The computed value's unit as the text writes it (`%`, `倍`, `个百分点`, `元`). */
  unit: string;
  /** A second reading that the text may mean (`增长2倍` for "twice as much"). */
  loose?: { range: Interval; exact: number; note_zh: string; note_en: string };
}

const negate = (r: Interval): Interval => ({ lo: -r.hi, hi: -r.lo });

/** `N，增加D，增长X%`: X = D ÷ (N − D); for a fall (`减少D，下降X%`), D ÷ (N + D). */
function growthByChange(rel: Relation, d: Figure, n: Figure, D: Interval, N: Interval): Computed | null {
  const sign = rel.falling ? 1 : -1;
  const before = rel.falling ? { lo: N.lo + D.lo, hi: N.hi + D.hi } : { lo: N.lo - D.hi, hi: N.hi - D.lo };
  if (before.lo <= 0 || D.lo < 0) return null;
  const op = rel.falling ? '+' : '−';
  return {
    range: { lo: (D.lo / before.hi) * 100, hi: (D.hi / before.lo) * 100 },
    exact: (d.value / (n.value + sign * d.value)) * 100,
    formula_zh: `${d.text} ÷ （${n.text} ${op} ${d.text}）`,
    formula_en: `${fv(d.value)} / (${fv(n.value)} ${op} ${fv(d.value)})`,
    unit: '%',
  };
}

/** A span's mean from its parts' values: per part or by the parts' weights (days), whichever the text took. */
function meanOfParts(text: string, rel: Relation, { weights, signs }: NonNullable<Relation['meanOf']>): Computed | null {
  const parts = rel.operands.map((o, k) => {
    const r = iv(text, o);
    return signs[k]! < 0 ? { lo: -r.hi, hi: -r.lo, v: -o.value } : { lo: r.lo, hi: r.hi, v: o.value };
  });
  if (!parts.every((p) => Number.isFinite(p.lo) && Number.isFinite(p.hi))) return null;
  const by = (w: readonly number[]) => {
    const total = w.reduce((s, x) => s + x, 0);
    const sum = (f: (p: (typeof parts)[number]) => number) => parts.reduce((s, p, k) => s + f(p) * w[k]!, 0) / total;
    return { lo: sum((p) => p.lo), hi: sum((p) => p.hi), v: sum((p) => p.v) };
  };
  const plain = by(parts.map(() => 1));
  const weighted = by(weights);
  const up = { lo: Math.min(plain.lo, weighted.lo), hi: Math.max(plain.hi, weighted.hi) };
  const written = rel.operands.map((o, k) => (signs[k]! < 0 ? `−${fv(o.value)}` : fv(o.value)));
  return {
    range: rel.falling ? negate(up) : up,
    exact: rel.falling ? -plain.v : plain.v,
    formula_zh: `（${rel.operands.map((o) => o.text).join(' + ')}）÷ ${parts.length}`,
    formula_en: `(${written.join(' + ')}) / ${parts.length}`,
    unit: rel.target.unit ?? '',
  };
}

/** How far a year's average population may stand from its end where the year's change is not written. */
const YEAR_CHANGE_AT_MOST = 0.02;

interface YearMean {
  range: Interval;
  exact: number;
  zh: string;
  en: string;
}

/** The year's average population: (end ∓ change ÷ 2), or the end within a year's change of it when no change is written. */
function yearMean(text: string, p: Figure, d: Figure | undefined, fell: boolean): YearMean {
  const P = iv(text, p);
  if (!d) return { range: { lo: P.lo * (1 - YEAR_CHANGE_AT_MOST), hi: P.hi * (1 + YEAR_CHANGE_AT_MOST) }, exact: p.value, zh: p.text, en: fv(p.value) };
  const D = iv(text, d);
  const op = fell ? '+' : '−';
  return {
    range: fell ? { lo: P.lo + D.lo / 2, hi: P.hi + D.hi / 2 } : { lo: P.lo - D.hi / 2, hi: P.hi - D.lo / 2 },
    exact: p.value + ((fell ? 1 : -1) * d.value) / 2,
    zh: `（${p.text} ${op} ${d.text} ÷ 2）`,
    en: `(${fv(p.value)} ${op} ${fv(d.value)} / 2)`,
  };
}

/**
 * Over the year's average population: per head, total ÷ mean (an average: operands [total, end,
 * change]); per thousand, count ÷ mean × 1000 (a birth or death rate: operands [end, count, change?]).
 */
function overYearMean(text: string, rel: Relation, mean: { fell: boolean; endOnly?: boolean }): Computed | null {
  const perThousand = rel.kind !== 'average';
  const [t, p, d] = (perThousand ? [rel.operands[1], rel.operands[0], rel.operands[2]] : rel.operands) as [Figure, Figure, Figure | undefined];
  const M = yearMean(text, p, mean.endOnly ? undefined : d, mean.fell);
  // A year's births or deaths written in whole hundreds beside a population written to hundreds
  // (`13.22萬人…出生人口900人,…死亡人口1000人`) were rounded to hundreds as it was.
  const inHundreds = perThousand && t.value % 100 === 0 && !lastDigitPlace(numberText(text, t)).rounded && lastDigitPlace(numberText(text, p)).written >= 100;
  const T = inHundreds ? { lo: t.value - 50, hi: t.value + 50 } : iv(text, t);
  if (M.range.lo <= 0 || ![T.lo, T.hi].every(Number.isFinite)) return null;
  const scale = perThousand ? 1000 : 1;
  // Output per head: some bulletins divide by the year-end population (`333.7億元…人均GDP為42128元` over 79.22万, not the
  // year's mean 79.01万), so any divisor from the mean to the year's end holds.
  const P = iv(text, p);
  // So do some vital rates: over the year's start or end population (汾西: `出生率为5.20‰` is 542 over the year before's 104156,
  // the year's end less its fall of 5647, not over their mean): any divisor from the year's start to its end holds.
  const change = d && !mean.endOnly ? iv(text, d) : null;
  const start = change ? (mean.fell ? { lo: P.lo + change.lo, hi: P.hi + change.hi } : { lo: P.lo - change.hi, hi: P.hi - change.lo }) : M.range;
  const divisor = perThousand ? { lo: Math.min(M.range.lo, P.lo, start.lo), hi: Math.max(M.range.hi, P.hi, start.hi) } : { lo: Math.min(M.range.lo, P.lo), hi: Math.max(M.range.hi, P.hi) };
  return {
    range: { lo: (T.lo / divisor.hi) * scale, hi: (T.hi / divisor.lo) * scale },
    exact: (t.value / M.exact) * scale,
    formula_zh: `${t.text} ÷ ${M.zh}`,
    formula_en: `${fv(t.value)} / ${M.en}`,
    unit: perThousand ? '‰' : (rel.target.unit ?? ''),
  };
}

/** A list's share together: (p1 + p2 + …) ÷ total. */
function summedShare(text: string, rel: Relation, A: Interval): Computed | null {
  const [total, ...parts] = rel.operands as [Figure, ...Figure[]];
  const P = parts.map((p) => iv(text, p));
  const lo = P.reduce((n, r) => n + r.lo, 0);
  const hi = P.reduce((n, r) => n + r.hi, 0);
  const sum = parts.reduce((n, p) => n + p.value, 0);
  if (!Number.isFinite(lo + hi)) return null;
  return {
    range: { lo: (lo / A.hi) * 100, hi: (hi / A.lo) * 100 },
    exact: (sum / total.value) * 100,
    formula_zh: `（${parts.map((p) => p.text).join(' + ')}）÷ ${total.text}`,
    formula_en: `(${parts.map((p) => fv(p.value)).join(' + ')}) / ${fv(total.value)}`,
    unit: '%',
  };
}

/** A part over counts joined into one whole: `74件 ÷（49件 + 66件）`. */
function shareOfJoined(text: string, rel: Relation, B: Interval): Computed | null {
  const [first, part, ...rest] = rel.operands as [Figure, Figure, ...Figure[]];
  const whole = [first, ...rest];
  const W = whole.map((f) => iv(text, f));
  const [lo, hi] = [W.reduce((n, r) => n + r.lo, 0), W.reduce((n, r) => n + r.hi, 0)];
  const sum = whole.reduce((n, f) => n + f.value, 0);
  if (!Number.isFinite(lo + hi) || lo <= 0) return null;
  return {
    range: { lo: (B.lo / hi) * 100, hi: (B.hi / lo) * 100 },
    exact: (part.value / sum) * 100,
    formula_zh: `${part.text} ÷（${whole.map((f) => f.text).join(' + ')}）`,
    formula_en: `${fv(part.value)} / (${whole.map((f) => fv(f.value)).join(' + ')})`,
    unit: '%',
  };
}

/** A part over the whole it and the rest listed after it make: `1158 ÷ (1158 + 128 + …)`. */
function shareOfListed(text: string, rel: Relation): Computed | null {
  const [part] = rel.operands as [Figure];
  const all = rel.operands.map((f) => iv(text, f));
  const P = all[0]!;
  const rest = all.slice(1);
  const [restLo, restHi] = [rest.reduce((n, r) => n + r.lo, 0), rest.reduce((n, r) => n + r.hi, 0)];
  const sum = rel.operands.reduce((n, f) => n + f.value, 0);
  if (!Number.isFinite(restLo + restHi + P.lo + P.hi) || sum <= 0) return null;
  const names = rel.operands.map((f) => f.text).join(' + ');
  return {
    range: { lo: (P.lo / (P.lo + restHi)) * 100, hi: (P.hi / (P.hi + restLo)) * 100 },
    exact: (part.value / sum) * 100,
    formula_zh: `${part.text} ÷（${names}）`,
    formula_en: `${fv(part.value)} / (${rel.operands.map((f) => fv(f.value)).join(' + ')})`,
    unit: '%',
  };
}

/** The value a relation computes from its operands, as an interval and exactly. */
function compute(text: string, rel: Relation): Computed | null {
  if (rel.ofListed) return shareOfListed(text, rel);
  const [a, b] = rel.operands as [Figure, Figure];
  const A = rel.plan && a.qualifier === null ? { lo: a.value, hi: a.value } : iv(text, a);
  const B = iv(text, b);
  if (![A.lo, A.hi, B.lo, B.hi].every(Number.isFinite)) return null;
  const down = rel.falling ? -1 : 1;
  switch (rel.kind) {
    case 'rate':
    case 'share': {
      if (rel.overYearMean) return overYearMean(text, rel, rel.overYearMean);
      if (A.lo <= 0) return null;
      if (rel.complement) {
        return {
          range: { lo: ((A.lo - B.hi) / A.hi) * 100, hi: ((A.hi - B.lo) / A.lo) * 100 },
          exact: ((a.value - b.value) / a.value) * 100,
          formula_zh: `（${a.text} − ${b.text}）÷ ${a.text}`,
          formula_en: `(${fv(a.value)} − ${fv(b.value)}) / ${fv(a.value)}`,
          unit: '%',
        };
      }
      if (rel.summed) return summedShare(text, rel, A);
      if (rel.wholeSum) return shareOfJoined(text, rel, B);
      return { range: { lo: (B.lo / A.hi) * 100, hi: (B.hi / A.lo) * 100 }, exact: (b.value / a.value) * 100, formula_zh: `${b.text} ÷ ${a.text}`, formula_en: `${fv(b.value)} / ${fv(a.value)}`, unit: '%' };
    }
    case 'growth': {
      if (rel.byChange) return growthByChange(rel, a, b, A, B);
      if (A.lo <= 0) return null;
      const times = { lo: B.lo / A.hi, hi: B.hi / A.lo };
      // A fall is written as the loss over the value before (`下降10%`: (100 − 90) ÷ 100), so the formula says what it computes.
      const formula = rel.falling
        ? { formula_zh: `（${a.text} − ${b.text}）÷ ${a.text}`, formula_en: `(${fv(a.value)} − ${fv(b.value)}) / ${fv(a.value)}` }
        : { formula_zh: `（${b.text} − ${a.text}）÷ ${a.text}`, formula_en: `(${fv(b.value)} − ${fv(a.value)}) / ${fv(a.value)}` };
      if (rel.target.unit === '倍') {
        // `增长1.76倍` is B/A − 1; many writers mean B/A itself, which is said, not flagged.
        return {
          range: { lo: times.lo - 1, hi: times.hi - 1 },
          exact: b.value / a.value - 1,
          ...formula,
          unit: '倍',
          loose: { range: times, exact: b.value / a.value, note_zh: '（按“是原来的几倍”理解才相符）', note_en: ' (only if read as "times as much")' },
        };
      }
      if (rel.perYear) {
        // Compounded over the years: (B ÷ A)^(1/n) − 1.
        const yearly = (r: number) => (r ** (1 / rel.perYear!) - 1) * 100;
        const each = { lo: yearly(times.lo), hi: yearly(times.hi) };
        return {
          range: rel.falling ? negate(each) : each,
          exact: yearly(b.value / a.value) * down,
          formula_zh: `（${b.text} ÷ ${a.text}）^(1/${rel.perYear}) − 1`,
          formula_en: `(${fv(b.value)} / ${fv(a.value)})^(1/${rel.perYear}) − 1`,
          unit: '%',
        };
      }
      const up = { lo: (times.lo - 1) * 100, hi: (times.hi - 1) * 100 };
      return { range: rel.falling ? negate(up) : up, exact: (b.value / a.value - 1) * 100 * down, ...formula, unit: '%' };
    }
    case 'average': {
      if (rel.meanOf) return meanOfParts(text, rel, rel.meanOf);
      if (rel.overYearMean) return overYearMean(text, rel, rel.overYearMean);
      if (B.lo <= 0) return null;
      const k = rel.scale ?? 1;
      const times = k === 1 ? '' : ` × ${k}`;
      return {
        range: { lo: (k * A.lo) / B.hi, hi: (k * A.hi) / B.lo },
        exact: (k * a.value) / b.value,
        formula_zh: `${a.text} ÷ ${b.text}${times}`,
        formula_en: `${fv(a.value)} / ${fv(b.value)}${times}`,
        unit: rel.target.unit ?? '',
      };
    }
    case 'points':
    case 'difference': {
      // A change `提高N` is after − before; a gap `比全市低N` is compared − own, `高N` own − compared.
      const gap = rel.kind === 'difference' || /^比/.test(rel.word);
      const [x, y, X, Y] = gap ? [b, a, B, A] : [a, b, A, B];
      const up = { lo: Y.lo - X.hi, hi: Y.hi - X.lo };
      return {
        range: rel.falling ? negate(up) : up,
        exact: (y.value - x.value) * down,
        formula_zh: rel.falling ? `${x.text} − ${y.text}` : `${y.text} − ${x.text}`,
        formula_en: rel.falling ? `${fv(x.value)} − ${fv(y.value)}` : `${fv(y.value)} − ${fv(x.value)}`,
        unit: rel.kind === 'points' ? '个百分点' : (rel.target.unit ?? ''),
      };
    }
    default:
      return null;
  }
}

function judgeComputed(text: string, rel: Relation): Judgement | null {
  const c = compute(text, rel);
  if (!c) return null;
  const t = rel.target;
  // An average is rounded (or truncated) at its last written digit, whole numbers included.
  const stated = rel.kind === 'average' ? roundedAt(text, t) : isQuantity(t) ? iv(text, t) : statedInterval(text, t);
  const decimals = decimalsOf(numberText(text, t));
  const step = 10 ** -decimals;
  // One decimal more than the text writes (98.0% against 99%); large amounts in 万 and 亿 for the
  // Chinese message, grouped for the English one. A difference of whole counts is a whole count
  // (`1913人 − 900人 = 1013人`).
  const whole = rel.kind === 'difference' && c.unit !== '%' && [t, ...rel.operands].every((f) => decimalsOf(numberText(text, f)) === 0);
  const digits = whole ? 0 : Math.max(1, decimals + 1);
  const large = Math.abs(c.exact) >= 1e4;
  const shown = `${large ? formatZh(c.exact) : c.exact.toFixed(digits)}${c.unit}`;
  const shownEn = `${large ? fv(Number(c.exact.toFixed(digits))) : c.exact.toFixed(digits)}${c.unit}`;
  // Binary floating point puts 12345 ÷ 10000 − 1 a hair below 23.45 %: compare with a relative slack.
  const eps = 1e-9 * Math.max(1, Math.abs(t.value));
  const meets = (r: Interval) => r.lo <= stated.hi + eps && stated.lo - eps <= r.hi;
  const holds = meets(c.range);
  const loose = !holds && c.loose && meets(c.loose.range) ? c.loose : null;
  // Truncation is said only where the exact value truncates to the stated one; a value the
  // operands' own rounding allows is no truncation (43.972 % against 43.79 %).
  const truncated = holds && t.qualifier === null && c.exact > t.value + step / 2 && c.exact < t.value + step;
  // Neither rounded nor truncated, yet within what the operands' own rounding allows: say so.
  const byPrecision = holds && !truncated && Math.abs(c.exact - t.value) > step / 2 + eps;
  const span = (r: Interval) => `${r.lo.toFixed(digits)}～${r.hi.toFixed(digits)}${c.unit}`;
  if (holds || loose) {
    const note_zh = loose ? loose.note_zh : truncated ? '（文中为截断而非四舍五入）' : byPrecision && !large ? `（按所给数字的精度，${span(c.range)}均有可能）` : '';
    const note_en = loose ? loose.note_en : truncated ? ' (the text truncates rather than rounds)' : byPrecision && !large ? ` (at the precision of the figures given, ${span(c.range)} are all possible)` : '';
    return {
      verdict: 'consistent',
      confidence: loose ? 0.6 : 0.9,
      message_zh: `${rel.word}与其数据相符：${c.formula_zh} = ${shown}，文中为${t.text}${note_zh}。`,
      message_en: `Matches its figures: ${c.formula_en} = ${shownEn}, stated ${fv(t.value)}${c.unit}${note_en}.`,
    };
  }
  // Off by about one unit of the last written digit: flagged, since neither rounding nor
  // truncation gives it, but said to be small.
  const slip = t.qualifier === null && Math.abs(c.exact - t.value) <= step * 1.5;
  // A change the figures give the other way round (`下降0.6%` where the number rose): said in words.
  const rose = rel.falling ? c.exact < 0 : c.exact > 0;
  const reversed = ((rel.kind === 'growth' && c.unit === '%') || rel.kind === 'points') && c.exact !== 0 && t.value !== 0 && rose !== (!rel.falling && t.value > 0);
  // `较2021年37.2亿元增长225.26%` for 83.8亿元: the stated growth is the ratio of the two (225.27 %), not the growth.
  const ratio = rel.kind === 'growth' && c.unit === '%' && !rel.falling && meets({ lo: c.range.lo + 100, hi: c.range.hi + 100 });
  const turn_zh = reversed ? `（数据实为${rose ? (rel.kind === 'points' ? '上升' : '增长') : '下降'}，方向与文中相反）` : ratio ? '（文中的数恰为两者之比，而非增长）' : slip ? '（相差约末位一个单位）' : '';
  return {
    verdict: 'inconsistent',
    confidence: slip ? 0.5 : Math.abs(c.exact - t.value) > 1 ? 0.85 : 0.65,
    message_zh: `${rel.word}与其数据不符：${c.formula_zh} = ${shown}，文中却为${t.text}${turn_zh}。`,
    message_en: `Does not match its figures: ${c.formula_en} = ${shownEn}, but the text says ${fv(t.value)}${c.unit}${reversed ? ` (the figures ${rose ? 'rose' : 'fell'})` : ratio ? ' (the stated figure is the ratio of the two, not the growth)' : ''}.`,
  };
}

/**
 * How many parts one figure stands for: `宝鸡市和榆林市各37件`, `衡阳市、常德市各10件` are two, one for each
 * name joined before 各. `from` is where the figure's own words begin (after the part before it).
 */
function timesEach(text: string, p: Figure, from: number): number {
  const names = /([^，,。；;：:()（）\n]*)各$/.exec(text.slice(from, p.numberStart))?.[1];
  if (!names) return 1;
  return Math.max(1, names.replace(/^[\s、]+/, '').split(/[、和及与]/).filter((n) => n.trim().length >= 2).length);
}

/** A total written as a bound (`超过4000人`, `100个以上`; not `3.2万多`, `700多万`): its parts may add up to anything above it. */
function isBound(text: string, f: Figure): boolean {
  return f.qualifier === 'at_least' || (f.qualifier === 'more_than' && ![...numberText(text, f)].some((c) => MORE_SUFFIX.has(c)));
}

// Kinds one case may share: the pollution types or environmental elements a report involves.
const SHARED_KINDS = /(?:污染|環境|环境)(?:类型|類型|要素|類別|类别)|涉及[^，,。；;]{0,6}(?:类型|類型|要素)/;

/**
 * A sum as its parts write their numbers, when all of them are written at one scale (`21.6千公顷 + 12.0千公顷 = 33.6`,
 * not 33600; table cells in 亿元 add up in 亿元): plain digits only, at the parts' finest precision.
 */
function inPartsScale(text: string, parts: readonly Figure[], sum: number): string | null {
  const written = parts.map((p) => WRITTEN_AT_SCALE.exec(numberText(text, p).replace(/[,，]/g, '')));
  const first = written[0];
  if (!first || !written.every((w): w is RegExpExecArray => w !== null && w[2] === first[2])) return null;
  const scale = parts[0]!.value / Number(first[1]);
  if (!Number.isFinite(scale) || scale <= 0 || parts.some((p, k) => Math.abs(p.value / Number(written[k]![1]) - scale) > 1e-9 * scale)) return null;
  return (sum / scale).toFixed(Math.max(...written.map((w) => decimalsOf(w[1]!)))) + first[2];
}
// Digits, and the multiplier written after them (`21.6千`, `3.5万`).
const WRITTEN_AT_SCALE = /^([0-9]+(?:\.[0-9]+)?)([千百万亿萬億]*)$/;

function judgeParts(text: string, rel: Relation): Judgement {
  const total = rel.target;
  const T = isBound(text, total) ? { lo: total.value, hi: Infinity } : iv(text, total);
  const times = rel.operands.map((p, k) => timesEach(text, p, k === 0 ? p.sentence.start : Math.max(p.sentence.start, rel.operands[k - 1]!.end)));
  let lo = 0;
  let hi = 0;
  let sum = 0;
  rel.operands.forEach((p, k) => {
    const P = iv(text, p);
    lo += P.lo * times[k]!;
    hi += P.hi * times[k]!;
    sum += p.value * times[k]!;
  });
  const partsText = rel.operands.map((p, k) => (times[k]! > 1 ? `${p.text}×${times[k]}` : p.text)).join(' + ');
  const partsEn = rel.operands.map((p, k) => (times[k]! > 1 ? `${times[k]} × ${formatValue(p.value)}` : formatValue(p.value))).join(' + ');
  // Values below zero (a column of changes: `-13`, `53` over `-18`) make no part larger than a total impossible: only a complete
  // list's sum says anything.
  const signed = [total, ...rel.operands].some((f) => f.value < 0);
  if (signed && !rel.closed) {
    return { verdict: 'unknown', confidence: 0.4, message_zh: `所列各项有增有减，部分不全时无从判断其和与总数${total.text}。`, message_en: `The items listed rise and fall: short of all of them, their sum says nothing of the total (${formatValue(total.value)}).` };
  }
  const oversized = signed ? undefined : rel.operands.find((p) => iv(text, p).lo > T.hi);
  // Items the text says are counted under two parts may lift the sum above the total by as many.
  const twice = rel.countedTwice ?? 0;
  const addsUp = lo - twice <= T.hi && T.lo <= hi;
  // The sum as the text writes its numbers: in 万 and 亿 only where the text uses them.
  const inTenThousands = [total, ...rel.operands].some((f) => /[万亿萬億]/.test(f.text));
  const written = (n: number) => (inTenThousands ? formatZh(n) : String(Number(n.toFixed(2))));
  const sumText = inPartsScale(text, rel.operands, sum) ?? written(sum);
  const sumEn = formatValue(sum);
  // A part of a change over the total's change proves nothing unless the list is whole: the parts left out may have
  // fallen (`秋粮播种面积…增加21.64万亩。其中…玉米…增加6.28万亩;大豆…增加45.62万亩`).
  if (oversized && !rel.closed && rel.partition && writtenAsChange(text, total)) {
    return {
      verdict: 'unknown',
      confidence: 0.4,
      message_zh: `部分${oversized.text}大于总数${total.text}：二者都是变化量，未列出的部分或有减少，不算矛盾。`,
      message_en: `A part's change (${formatValue(oversized.value)}) is larger than the total's (${formatValue(total.value)}): parts not listed may have fallen, so this is no contradiction.`,
    };
  }
  // One part over the total is proof only of a list the text makes whole (closed, or divided by places or kinds that
  // cannot overlap): a part of an open list may be read under the wrong total, as pages nobody tuned on showed (the flag
  // audit's eight such flags were all wrong pairings), so it is said, undecided.
  if (oversized && !rel.closed && !rel.partition) {
    return { verdict: 'unknown', confidence: 0.4, message_zh: `部分${oversized.text}大于总数${total.text}：二者或非同一总数的分项与总数。`, message_en: `A part (${formatValue(oversized.value)}) is larger than the total (${formatValue(total.value)}): they may not be a total and its part.` };
  }
  if (oversized) {
    return { verdict: 'inconsistent', confidence: 0.8, message_zh: `部分${oversized.text}大于总数${total.text}。`, message_en: `A part (${formatValue(oversized.value)}) is larger than its total (${formatValue(total.value)}).` };
  }
  if (addsUp && twice > 0 && lo > T.hi) {
    return {
      verdict: 'consistent',
      confidence: 0.8,
      message_zh: `各部分之和为${partsText} = ${sumText}，比总数${total.text}多出的部分不超过文中所说同时计入两处的${twice}件，相符。`,
      message_en: `The parts add up to ${partsEn} = ${sumEn}, above the total ${formatValue(total.value)} by no more than the ${twice} the text says are counted twice.`,
    };
  }
  if (addsUp && T.hi === Infinity) {
    return { verdict: 'consistent', confidence: 0.8, message_zh: `各部分之和为${partsText} = ${sumText}，总数${total.text}只给出下限，相符。`, message_en: `The parts add up to ${partsEn} = ${sumEn}; the total ${formatValue(total.value)} is a lower bound only.` };
  }
  if (addsUp) {
    return { verdict: 'consistent', confidence: 0.9, message_zh: `各部分之和等于总数：${partsText} = ${sumText}，与${total.text}相符。`, message_en: `The parts add up to the total: ${partsEn} = ${sumEn} = ${formatValue(total.value)}.` };
  }
  // Industry and construction count a little the second sector leaves out (parts.ts, SECOND_SECTOR_GAP).
  if (rel.closed && rel.excessAllowed && lo > T.hi && lo <= T.hi * (1 + rel.excessAllowed)) {
    return {
      verdict: 'unknown',
      confidence: 0.4,
      message_zh: `${partsText} = ${sumText}，略高于${total.text}：2018年起开采专业及辅助性活动、金属制品机械和设备修理业计入第三产业，工业却仍含之，不算矛盾。`,
      message_en: `${partsEn} = ${sumEn}, a little above ${formatValue(total.value)}: since 2018 mining support and equipment repair count in the third sector, yet industry still holds them, so this is no contradiction.`,
    };
  }
  // A case may involve several kinds of pollution (`按污染类型分，水26件…大气45件…其他污染10件` of 91): the kinds may add up
  // to more than the cases, never to fewer.
  if (rel.closed && lo - twice > T.hi && SHARED_KINDS.test(text.slice(Math.max(rel.operands[0]!.sentence.start, rel.operands[0]!.numberStart - 30), rel.operands[0]!.numberStart))) {
    return {
      verdict: 'unknown',
      confidence: 0.4,
      message_zh: `各类之和${sumText}超过总数${total.text}：一件案件可涉及多种类型，不算矛盾。`,
      message_en: `The kinds add up to ${sumEn}, more than the total ${formatValue(total.value)}: one case may involve several kinds, so this is no contradiction.`,
    };
  }
  if (rel.closed) {
    const shared = twice > 0 ? `（文中说明其中${twice}件同时计入两处，不重复计算为${written(sum - twice)}）` : '';
    const sharedEn = twice > 0 ? ` (${twice} the text says are counted twice: ${formatValue(sum - twice)} without them)` : '';
    return {
      verdict: 'inconsistent',
      confidence: 0.7,
      message_zh: `所列各部分为完整分项，其和却与总数不符：${partsText} = ${sumText}${shared}，总数为${total.text}。`,
      message_en: `The list is complete, yet its parts add up to ${partsEn} = ${sumEn}${sharedEn}, not to the total ${formatValue(total.value)}.`,
    };
  }
  if (lo > T.hi) {
    // Categories after 其中 may overlap (高新技术企业, 规上企业): a sum above the total is no proof
    // unless the list is a breakdown, one category per line, or the kinds that cannot overlap
    // exceed it on their own.
    const disjoint = rel.disjoint ?? [];
    const disjointLo = disjoint.reduce((n, p) => n + iv(text, p).lo, 0);
    if (!rel.partition && disjoint.length >= 2 && disjointLo > T.hi) {
      const names = disjoint.map((p) => p.text).join(' + ');
      const disjointSum = disjoint.reduce((n, p) => n + p.value, 0);
      return {
        verdict: 'inconsistent',
        confidence: 0.6,
        message_zh: `所列互不重叠的各类之和已超过总数：${names} = ${written(disjointSum)}，总数却为${total.text}。`,
        message_en: `The kinds listed that cannot overlap add up to ${disjoint.map((p) => formatValue(p.value)).join(' + ')} = ${formatValue(disjointSum)}, more than the total ${formatValue(total.value)}.`,
      };
    }
    return rel.partition
      ? { verdict: 'inconsistent', confidence: 0.6, message_zh: `分项之和超过总数：${partsText} = ${sumText}，总数却为${total.text}。`, message_en: `The breakdown adds up to ${partsEn} = ${sumEn}, more than the total ${formatValue(total.value)}.` }
      : { verdict: 'unknown', confidence: 0.3, message_zh: `“其中”所列部分之和${sumText}超过总数${total.text}；各类或有重叠，无法判断。`, message_en: `The parts listed add up to ${sumEn}, more than the total ${formatValue(total.value)}; the categories may overlap, so this cannot be decided.` };
  }
  const slip = droppedMultiplier(text, rel, T);
  if (slip) return slip;
  return {
    verdict: 'consistent',
    confidence: 0.6,
    message_zh: `所列部分之和（${partsText} = ${sumText}）未超过总数${total.text}；所列或非全部。`,
    message_en: `The parts listed (${partsEn} = ${sumEn}) do not exceed the total ${formatValue(total.value)}; the list may be partial.`,
  };
}

// `实施罚款1285.21万元,其中事故罚款892.21元,监督监察罚款393万元`: a part written without the 万 (or 亿) its total and the other parts
// carry, which with it makes the total exactly, is a slip of the pen, not a part left out.
const DROPPED_WORDS: ReadonlyMap<number, string> = new Map([
  [1e4, '万'],
  [1e8, '亿'],
]);

function droppedMultiplier(text: string, rel: Relation, T: Interval): Judgement | null {
  const total = rel.target;
  const multiplierOf = (f: Figure) => writtenMultiplier(numberText(text, f));
  const factor = multiplierOf(total);
  const word = DROPPED_WORDS.get(factor);
  const bare = rel.operands.filter((p) => multiplierOf(p) === 1);
  if (!word || bare.length !== 1 || rel.operands.length < 2 || !rel.operands.some((p) => multiplierOf(p) === factor)) return null;
  const slip = bare[0]!;
  const restored = rel.operands.reduce((n, p) => n + (p === slip ? p.value * factor : p.value), 0);
  if (restored < T.lo - 1e-9 * T.lo || restored > T.hi + 1e-9 * T.hi) return null;
  return {
    verdict: 'inconsistent',
    confidence: 0.7,
    message_zh: `所列部分中${slip.text}未写“${word}”：按此各部分之和远小于总数${total.text}，补上“${word}”则恰好相符，疑为漏写。`,
    message_en: `${slip.text} is written without the ${word} the total and the other parts carry: with it the parts make the total ${formatValue(total.value)} exactly, so it was most likely left out.`,
  };
}

export function judge(text: string, rel: Relation): Judgement | null {
  return rel.kind === 'parts' ? judgeParts(text, rel) : judgeComputed(text, rel);
}
