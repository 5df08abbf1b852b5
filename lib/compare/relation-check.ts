// The checks that judge relations the text states: one check per kind of relation, all built the
// same way from the page's relations (found once, in the context) and `judge`.
import { judge, type Judgement, type Relation, type RelationKind } from '../relations';
import { statedInterval } from '../relations/judge';
import { isPart, opensItsParts } from '../relations/shares';
import { clauseStart, doneNotWholeOf, halfLastDigit, indexOf, isAdditive, lineStart, linesBack, RESIDUAL_LEAD, sameFamily, SUM_WORDS, sumsExactlyTo } from '../relations/text';
import type { CheckId, CheckResult, Figure } from '../types';
import type { Check, CheckContext } from './context';
import { pageEvidence } from './evidence';
import { decimalsOf, formatValue, formatZh } from './quantity';
import { firstNumberAtOrAfter } from './sentences';

export function relationCheck(id: CheckId, kinds: readonly RelationKind[], description: string): Check {
  return {
    id,
    description,
    run(ctx: CheckContext): CheckResult[] {
      const results: CheckResult[] = [];
      for (const rel of ctx.relations()) {
        if (!kinds.includes(rel.kind)) continue;
        const found = judge(ctx.text, rel);
        if (!found) continue;
        const j = found.verdict === 'inconsistent'
          ? (otherReading(ctx, rel) ?? withStagesDone(ctx, rel) ?? sharesPointElsewhere(ctx, rel, found) ?? sumStatedBefore(ctx, rel) ?? twoDivisions(ctx.text, rel) ?? laterStage(ctx.text, rel) ?? unionOfTwo(ctx, rel) ?? found)
          : (sameSumAsCompleteList(ctx, rel, found) ?? found);
        results.push({
          check: id,
          figureId: rel.target.id,
          verdict: j.verdict,
          confidence: j.confidence,
          evidence: [...rel.operands, rel.target].map((f) => pageEvidence(ctx.text, ctx.meta, f)),
          message_zh: j.message_zh,
          message_en: j.message_en,
        });
      }
      return results;
    },
  };
}

/**
 * `信访件23件,其中来电举报14件,微信举报9件` beside `大气污染3件,…其他类型1件` (23) under a total written as 25: an open list
 * short of its total is no flag by itself, but when a complete breakdown of the same total misses it and this list comes
 * to exactly that breakdown's sum, two breakdowns agree against the total.
 */
function sameSumAsCompleteList(ctx: CheckContext, rel: Relation, found: Judgement): Judgement | null {
  // (Two parts at least: one part that a complete list comes to is that list's own total, the list read under the wrong
  // whole: `收到提案936件,…立案841件` beside `正在落实的765件 + 作解释说明的76件`.)
  if (rel.kind !== 'parts' || rel.closed || rel.operands.length < 2 || found.verdict !== 'consistent') return null;
  const sum = rel.operands.reduce((n, p) => n + p.value, 0);
  if (!(sum < rel.target.value)) return null;
  const complete = ctx.relations().find(
    (r) =>
      r !== rel &&
      r.kind === 'parts' &&
      r.closed &&
      r.target === rel.target &&
      !r.operands.some((p) => rel.operands.includes(p)) &&
      sumsExactlyTo(r.operands, sum) &&
      judge(ctx.text, r)?.verdict === 'inconsistent',
  );
  if (!complete) return null;
  const other = complete.operands.map((p) => p.text).join(' + ');
  return {
    verdict: 'inconsistent',
    confidence: 0.6,
    message_zh: `所列部分之和（${rel.operands.map((p) => p.text).join(' + ')} = ${formatValue(sum)}）与同一总数的完整分项（${other}）之和相同，总数却为${rel.target.text}。`,
    message_en: `The parts listed add up to ${formatValue(sum)}, as the complete breakdown of the same total (${other}) does, yet the total is ${formatValue(rel.target.value)}.`,
  };
}

// How far above a rate or share another count may stand and still be what the text divides by.
const LINES_BACK = 3;

/**
 * A rate or share that does not fit the total it was paired with, but fits another count of the
 * same kind just above it, may have been paired wrongly: then it is undecided, not a flag. A
 * careful reader asks the same before calling a figure wrong.
 */
const OF_ALL = /(?:占|佔)(?:全部|所有|全)[\u4e00-\u9fff]{0,8}的?$/;

function otherReading(ctx: CheckContext, rel: Relation): Judgement | null {
  if ((rel.kind !== 'rate' && rel.kind !== 'share') || rel.complement) return null;
  const [total, part] = rel.operands as [Figure, Figure];
  // A list's share that fits its last item alone may be that item's.
  if (rel.summed) {
    const last = rel.operands.at(-1)!;
    if (judge(ctx.text, { ...rel, operands: [total, last], summed: false })?.verdict !== 'consistent') return null;
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `${rel.word}与所列各项之和不符，却与${last.text}相符：无法确定所指部分。`,
      message_en: `Does not match the items listed together but matches ${last.text} alone: which part is meant cannot be told.`,
    };
  }
  const floor = linesBack(ctx.text, lineStart(ctx.text, part.start), LINES_BACK);
  for (let i = firstNumberAtOrAfter(ctx.figures, floor); i < ctx.figures.length; i++) {
    const f = ctx.figures[i]!;
    if (f.start < floor) continue;
    if (f.start >= rel.target.start) break;
    if (f === total || f === part || !isAdditive(f) || !sameFamily(f, total) || f.value < part.value) continue;
    // A count with its own share after it, in the sentence of the share's part, is a sibling in its list, not its whole (`來訪1947件,
    // 占91.41%;…其它方式19件,占0.89%`), unless 其中 opens a list under it (`產業項目300個,占比60%,其中…新引擎項目135個,占比45%`).
    const sibling = f.sentence.start === part.sentence.start && !ctx.text.slice(f.end, part.numberStart).includes('其中');
    if (rel.kind === 'share' && sibling && isPart(ctx.text, ctx.figures, i)) continue;
    // A total counted in the part's own unit (`15项` for `3项`) outranks one in another (`11件`).
    if (total.unit === part.unit && f.unit !== part.unit) continue;
    // What was done is no whole of kinds the part's words do not say were done (`已办结291件`).
    if (rel.kind === 'share' && doneNotWholeOf(ctx.text, f, part)) continue;
    // A share of all of it (`占全部投资的30.3%`) is of no part the text lists under that whole (`其中续建项目…完成投资40.3亿元`).
    if (rel.kind === 'share' && OF_ALL.test(ctx.text.slice(Math.max(rel.target.sentence.start, rel.target.numberStart - 12), rel.target.numberStart)) && ctx.relations().some((r) => r.kind === 'parts' && r.target === total && r.operands.includes(f))) continue;
    const other = judge(ctx.text, { ...rel, operands: [f, part] });
    if (other?.verdict !== 'consistent') continue;
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `${rel.word}与${total.text}不符，却与${f.text}相符：无法确定所指总数。`,
      message_en: `Does not match ${total.text} but matches ${f.text}: which total is meant cannot be told.`,
    };
  }
  // …or the total and the count of its kind written right after it, together (`共提交大会提案950件,平时提案24件。经审查,立案824件,
  // 立案率84.6%`: 824 / 974).
  const next = ctx.figures[indexOf(ctx.figures, total) + 1];
  if (!rel.summed && !rel.wholeSum && next && next !== part && next.sentence.start === total.sentence.start && isAdditive(next) && sameFamily(next, total) && /^[，,、][^，,。；;0-9]{1,12}$/.test(ctx.text.slice(total.end, next.numberStart)) && !SUM_WORDS.test(ctx.text.slice(total.end, next.numberStart))) {
    if (judge(ctx.text, { ...rel, operands: [total, part, next], wholeSum: true })?.verdict === 'consistent') {
      return {
        verdict: 'unknown',
        confidence: 0.3,
        message_zh: `${rel.word}与${total.text}不符，却与${total.text}、${next.text}二者之和相符：无法确定所指总数。`,
        message_en: `Does not match ${total.text} but matches it and ${next.text} together: which total is meant cannot be told.`,
      };
    }
  }
  // A numerator in brackets after its base (`本月共办理工单1919件(其中办结1821件,驳回98件),办结率80.60%`) may be an aside: the rate
  // may be of the base itself over a larger count above (1919 / 2381 = 80.60 %).
  if (rel.kind === 'rate' && /^\s*[(（][^)）]*$/.test(ctx.text.slice(total.end, part.numberStart))) {
    for (let i = firstNumberAtOrAfter(ctx.figures, floor); i < ctx.figures.length && ctx.figures[i]!.start < total.start; i++) {
      const f = ctx.figures[i]!;
      if (f.start < floor || !isAdditive(f) || !sameFamily(f, total) || f.value <= total.value) continue;
      if (judge(ctx.text, { ...rel, operands: [f, total] })?.verdict !== 'consistent') continue;
      return {
        verdict: 'unknown',
        confidence: 0.3,
        message_zh: `${rel.word}与${part.text} ÷ ${total.text}不符，却与${total.text} ÷ ${f.text}相符：无法确定所指。`,
        message_en: `Does not match ${part.text} / ${total.text} but matches ${total.text} / ${f.text}: which counts are meant cannot be told.`,
      };
    }
  }
  // A count written without its unit is no figure, yet may be the total meant (`其中涉黑涉惡線索10205(含…1028條),查結8582條,
  // 查結率84.1%`: 8582 / 10205).
  for (const bare of bareNumbers(ctx.text, ctx.figures, part.sentence.start, part.numberStart)) {
    if (bare.value < part.value || judge(ctx.text, { ...rel, operands: [{ ...part, ...bare }, part] })?.verdict !== 'consistent') continue;
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `${rel.word}与${total.text}不符，却与文中未写单位的${bare.text}相符：无法确定所指总数。`,
      message_en: `Does not match ${total.text} but matches ${bare.text}, written without a unit: which total is meant cannot be told.`,
    };
  }
  return null;
}

// Digits that are no figure's and no date's.
const BARE_NUMBER = /(?<![0-9.．])[0-9]{2,}(?:\.[0-9]+)?(?![0-9.．%％年月日号時时])/g;

/** Numbers between `from` and `to` that no figure holds, as the parts of a figure they would be. */
function bareNumbers(text: string, figures: readonly Figure[], from: number, to: number): Pick<Figure, 'text' | 'value' | 'valueMax' | 'qualifier' | 'label' | 'start' | 'end' | 'numberStart' | 'numberEnd'>[] {
  const out = [];
  for (const m of text.slice(from, to).matchAll(BARE_NUMBER)) {
    const at = from + m.index;
    if (figures.some((f) => f.start <= at && at < f.end)) continue;
    out.push({ text: m[0], value: Number(m[0]), valueMax: undefined, qualifier: null, label: null, start: at, end: at + m[0].length, numberStart: at, numberEnd: at + m[0].length });
  }
  return out;
}

// `已办结2555件、阶段办结74件，办结率99.5%`: inspection reports count what was closed in stages among the closed.
const IN_STAGES = /^[，,、\s]*(?:阶段|階段)性?[\u4e00-\u9fff]{1,3}$/;

/** A rate that misses its numerator alone but fits it with the count closed in stages right after it: consistent. */
function withStagesDone(ctx: CheckContext, rel: Relation): Judgement | null {
  if (rel.kind !== 'rate' || rel.complement || rel.summed || rel.plan) return null;
  const [den, num] = rel.operands as [Figure, Figure];
  const next = ctx.figures[indexOf(ctx.figures, num) + 1];
  if (!next || next.start > rel.target.start || next.sentence.start !== num.sentence.start || !sameFamily(next, num)) return null;
  if (!IN_STAGES.test(ctx.text.slice(num.end, next.numberStart))) return null;
  // Over the base it was paired with, or a larger count of the kind just above (`累计1427件中,属实440件,部分属实779件,…。已辦結492件,
  // 階段性辦結291件,…,辦結率54.9%`: (492 + 291) / 1427, where 779 is a finding).
  const floor = linesBack(ctx.text, lineStart(ctx.text, num.start), LINES_BACK);
  const above = ctx.figures.filter((f) => f.start >= floor && f.end <= num.start && f !== den && isAdditive(f) && sameFamily(f, num) && f.value >= num.value + next.value);
  for (const base of [den, ...above.reverse()]) {
    const withStages = judge(ctx.text, { ...rel, operands: [base, num, next], summed: true });
    if (withStages?.verdict === 'consistent') return withStages;
  }
  return null;
}

/**
 * Parts that miss the total paired with them but make exactly another count of their kind stated
 * between it and them (`共提交提案材料578件，经审查立案470件…470件提案中…委员提案371件…集体提案99件`) are
 * more likely that count's parts: undecided, not a flag.
 */
function sumStatedBefore(ctx: CheckContext, rel: Relation): Judgement | null {
  if (rel.kind !== 'parts') return null;
  const first = rel.operands[0]!;
  const sum = rel.operands.reduce((n, p) => n + p.value, 0);
  const floor = linesBack(ctx.text, lineStart(ctx.text, first.start), LINES_BACK);
  for (let i = firstNumberAtOrAfter(ctx.figures, floor); i < ctx.figures.length; i++) {
    const f = ctx.figures[i]!;
    if (f.start >= first.start) break;
    // Only a count between the total and the parts: a total stated again after it is still the total. Unless a part
    // outgrows the total it was paired with: then a count of the same sentence before it that the parts make is theirs
    // (`共受理…7901件，其中…专席接收7448件，已办结7664件，正在办理中237件`).
    const outgrown = f.sentence.start === rel.target.sentence.start && rel.operands.some((p) => p.value > rel.target.value);
    if ((f.start <= rel.target.end && !outgrown) || f.start < floor || rel.operands.includes(f) || !isAdditive(f) || !sameFamily(f, first)) continue;
    if (Math.abs(f.value - sum) > 1e-9 * Math.max(1, sum)) continue;
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `所列各部分之和${formatValue(sum)}与${rel.target.text}不符，却等于前文的${f.text}：无法确定所分的总数。`,
      message_en: `The parts add up to ${formatValue(sum)}, not ${rel.target.text}, but exactly to ${f.text} stated before them: which total they divide cannot be told.`,
    };
  }
  return null;
}

// Words that give a count's state (`已办结`, `正在办理`), not its kind or channel.
const STATE_WORDS = /已|正在|办结|辦結|完成/;

// The words after a count, to the end of its item (`16件已办结完成`).
const ITEM_END = /[、，,。；;]/;
const ITEM_AFTER = 12;

/**
 * Parts whose first few already make the total exactly, followed by counts of a state the first do not name
 * (`共受理…7901件，其中市生态环境局接收453件、专席接收7448件，已办结7664件，正在办理中237件`: by channel, then
 * by state; `其中扬尘…13件、特殊人员…4件,目前16件已办结完成,1件正在处理中`), or by counts in a sentence of their own
 * (`市级…49.5亿元,…县(市、区)…234.6亿元。中心城区(市级、袁州区)…78.9亿元`: by level, then by area), divide it
 * twice: undecided, not a flag. Without a change of words an extra item is an error.
 */
function twoDivisions(text: string, rel: Relation): Judgement | null {
  if (rel.kind !== 'parts') return null;
  const parts = rel.operands;
  const ownWords = (f: Figure) => {
    const after = text.slice(f.end, f.end + ITEM_AFTER);
    const end = after.search(ITEM_END);
    return text.slice(clauseStart(text, f.sentence.start, f.numberStart), f.numberStart) + (end < 0 ? after : after.slice(0, end));
  };
  for (let k = 2; k < parts.length; k++) {
    const some = parts.slice(0, k);
    if (!sumsExactlyTo(some, rel.target.value)) continue;
    // Two halves that each make the total exactly are two divisions, whatever their words (a table of GDP by industry, then
    // by sector).
    const rest = parts.slice(k);
    const bothMake = rest.length >= 2 && sumsExactlyTo(rest, rel.target.value);
    // (A sentence of its own in the same paragraph: a table's cells, a line each, are one division.)
    const newSentence = parts[k]!.sentence.start !== parts[k - 1]!.sentence.start && lineStart(text, parts[k]!.start) === lineStart(text, parts[k - 1]!.start);
    if (!bothMake && !newSentence && (!STATE_WORDS.test(ownWords(parts[k]!)) || some.some((p) => STATE_WORDS.test(ownWords(p))))) return null;
    if (bothMake) {
      const sum = (fs: readonly Figure[]) => fs.map((p) => p.text).join(' + ');
      return {
        verdict: 'consistent',
        confidence: 0.7,
        message_zh: `两种划分各自等于总数${rel.target.text}：${sum(some)}；${sum(rest)}。`,
        message_en: `Two divisions, each making the total ${formatValue(rel.target.value)}: ${some.map((p) => formatValue(p.value)).join(' + ')}; ${rest.map((p) => formatValue(p.value)).join(' + ')}.`,
      };
    }
    return {
      verdict: 'unknown',
      confidence: 0.3,
      message_zh: `${some.map((p) => p.text).join(' + ')}已等于${rel.target.text}，其余各项应属另一种划分：无法一并相加。`,
      message_en: `${some.map((p) => p.text).join(' + ')} already make ${rel.target.text}; the other items divide it another way and cannot be added to them.`,
    };
  }
  return null;
}

// `纳入省第七期“三个一批”项目及市第四期月开工竞赛项目合计65个`: a count of two programmes together, each named with the same head
// noun on either side of 及 (not `新建和续建项目`, kinds that cannot overlap).
const UNION_OF_TWO = /([\u4e00-\u9fff]{2})[”"]?(?:及|和|与|以及)[\u4e00-\u9fff“”"]{2,24}?\1/;

/** Parts above a total of two programmes together (or an amount its sentence gives for them), whose members may be in both: undecided, not a flag. */
function unionOfTwo(ctx: CheckContext, rel: Relation): Judgement | null {
  if (rel.kind !== 'parts') return null;
  const { text } = ctx;
  const total = rel.target;
  if (rel.operands.reduce((n, p) => n + p.value, 0) <= total.value) return null;
  const ofTwo = (f: Figure) => UNION_OF_TWO.test(text.slice(clauseStart(text, f.sentence.start, f.numberStart), f.numberStart) + (f.label ?? ''));
  // (An amount its sentence gives after such a count is of the two as well: `…合计65个,总投资540.71亿元`.)
  const ofTheirCount = total.kind === 'amount' && ctx.figures.some((f) => f.sentence.start === total.sentence.start && f.end <= total.start && f.kind === 'count' && ofTwo(f));
  if (!ofTwo(total) && !ofTheirCount) return null;
  return {
    verdict: 'unknown',
    confidence: 0.3,
    message_zh: `${total.text}是两类合计，一项可同属两类：分项之和大于总数不算矛盾。`,
    message_en: `${total.text} is of two programmes together, and one item may be in both: parts above the total are no contradiction.`,
  };
}

// A task is rectified, then closed (销号): the closed are among the rectified. (Not a project's stages: drives list
// 开工, 竣工 and 投产 as batches of other projects, `五个一批`: 谋划, 签约, 开工, 竣工, 投产.)
const CLOSED_STAGE = /销号|銷號/;
const RECTIFIED = /整改|完成/;

/**
 * A list that names a stage and the one after it (`整改任务41项，已完成整改25项，销号13项，未完成但达到序时进度16项`):
 * the later count is among the earlier, so the list is no division of the total: undecided, not a flag.
 */
function laterStage(text: string, rel: Relation): Judgement | null {
  if (rel.kind !== 'parts') return null;
  const words = rel.operands.map((f) => text.slice(clauseStart(text, f.sentence.start, f.numberStart), f.numberStart) + (f.label ?? ''));
  const k = words.findIndex((w) => CLOSED_STAGE.test(w));
  const before = words.findIndex((w, j) => j < k && RECTIFIED.test(w) && !CLOSED_STAGE.test(w));
  if (k < 0 || before < 0) return null;
  const [a, b] = [rel.operands[before]!, rel.operands[k]!];
  return {
    verdict: 'unknown',
    confidence: 0.3,
    message_zh: `${b.text}是${a.text}之后的阶段，已计入其中：所列各项不是总数${rel.target.text}的划分。`,
    message_en: `${b.text} is a later stage of ${a.text} and counted within it: the items do not divide ${rel.target.text}.`,
  };
}

// Shares of one total that miss it, each by the same factor, say the text divides by another.
const MIN_SERIES = 3;

/**
 * Whether a series of shares names every part: one is the rest (其他), or, read in order, they fall into runs that each
 * make 100 % at their written precision (a total divided twice: `委员提案…占76.63%；集体提案…占23.37%`, then five fields).
 */
function completeSeries(text: string, series: readonly Relation[]): boolean {
  if (series.some((r) => RESIDUAL_LEAD.test(text.slice(clauseStart(text, r.operands[1]!.sentence.start, r.operands[1]!.numberStart), r.operands[1]!.numberStart)))) return true;
  let [sum, slack] = [0, 0];
  for (const r of [...series].sort((a, b) => a.target.start - b.target.start)) {
    sum += r.target.value;
    slack += halfLastDigit(text, r.target);
    if (Math.abs(sum - 100) <= slack + 1e-9) [sum, slack] = [0, 0];
  }
  return sum === 0;
}

/** The totals a share's part over the share allows as written (statedInterval), or null if it is bounded one way only. */
function allowedTotals(text: string, r: Relation): { lo: number; hi: number } | null {
  const stated = statedInterval(text, r.target);
  if (stated.lo <= 0 || !Number.isFinite(stated.hi)) return null;
  return { lo: (r.operands[1]!.value * 100) / stated.hi, hi: (r.operands[1]!.value * 100) / stated.lo };
}

/** Whether a series of shares is one list: on one line, or on lines that follow each other (two lists may point two ways). */
function oneList(text: string, series: readonly Relation[]): boolean {
  const shares = series.map((r) => r.target).sort((a, b) => a.start - b.start);
  return shares.every((f, k) => k === 0 || (text.slice(shares[k - 1]!.end, f.start).match(/\n/g)?.length ?? 0) <= 1);
}

/**
 * The total a series of shares points to: the totals every share allows, or, in one list longer than
 * the least, those every share but one allows (`约占5.08%`, `4.31%`, `3.49%` of about 5.09万, then
 * `129件，约占0.26%`: one share misworked does not make the others' pairing right).
 */
function pointedTotal(text: string, series: readonly Relation[]): { lo: number; hi: number; misses?: Relation } | null {
  const bounds = series.map((r) => allowedTotals(text, r));
  if (bounds.some((b) => b === null)) return null;
  const meet = (skip: number) => {
    let [lo, hi] = [0, Infinity];
    bounds.forEach((b, k) => {
      if (k !== skip) [lo, hi] = [Math.max(lo, b!.lo), Math.min(hi, b!.hi)];
    });
    return lo <= hi ? { lo, hi } : null;
  };
  const all = meet(-1);
  if (all || series.length <= MIN_SERIES || !oneList(text, series)) return all;
  const butOne = series.flatMap((r, k) => {
    const m = meet(k);
    return m ? [{ ...m, misses: r }] : [];
  });
  return butOne.length === 1 ? butOne[0]! : null;
}

/**
 * The one share of a series that misses the total the others point to: flagged against that total
 * (a share changed by a slip), unless it allows it as written (`约占0.26%` for 0.253 %).
 */
function missesPointedTotal(text: string, rel: Relation, found: Judgement, pointed: { lo: number; hi: number }, written: number | undefined): Judgement {
  const part = rel.operands[1]!;
  const { lo, hi } = written === undefined ? pointed : { lo: written, hi: written };
  const isWritten = written !== undefined;
  // A total the text does not write is known only as far as the other shares' rounding: a miss by half a unit of the last digit is no flag.
  const stated = statedInterval(text, rel.target);
  const slack = isWritten ? 0 : 0.5 * 10 ** -decimalsOf(text.slice(rel.target.numberStart, rel.target.numberEnd).replace(/%$/, ''));
  const allows = stated.lo - slack <= (part.value * 100) / lo && (part.value * 100) / hi <= stated.hi + slack;
  const about = (lo + hi) / 2;
  const share = `${formatValue(Number(((part.value * 100) / about).toPrecision(4)))}%`;
  return {
    ...found,
    ...(allows ? { verdict: 'unknown' as const, confidence: 0.3 } : {}),
    message_zh: `${found.message_zh}其余各项占比都指向${isWritten ? `文中的${formatValue(about)}` : `约${formatZh(Math.round(about))}的总数，文中未写出`}；按此${part.text}占${share}，${allows ? `与${rel.target.text}只差末位半个单位，所指总数仍无法确定` : `与${rel.target.text}也不符`}。`,
    message_en: `${found.message_en} Every other share points to ${isWritten ? `${formatValue(about)}, which the text writes` : `a total of about ${formatValue(Math.round(about))}, which the text does not write`}; of it ${part.text} is ${share}, ${allows ? `within half a unit of the last digit of ${rel.target.text}, though which total is meant cannot be told` : `which does not fit ${rel.target.text} either`}.`,
  };
}

/**
 * `共接收…交办件35236共承办30636件` then `12262件，占总数的34.8%`, `9790件，占总数的27.78%`…: when three or
 * more shares paired with one total miss it, yet each part over its share points to one and the
 * same other total (not their own sum), the pairing is wrong (or that total is not written as a
 * figure), not every share: undecided, and said which total they point to. A list of those parts is
 * undecided too. Where the text writes no such total, the shares contradict the one it does when
 * they are its own (listed under it, or a complete list): the flag stays, and says which total the
 * shares point to; else they may be of a total the text leaves out: undecided, and said so. In one
 * list, all but one may point there (pointedTotal): the one that misses is judged against that total.
 */
function sharesPointElsewhere(ctx: CheckContext, rel: Relation, found: Judgement): Judgement | null {
  const total = rel.kind === 'share' && !rel.summed && !rel.wholeSum ? rel.operands[0]! : rel.kind === 'parts' ? rel.target : null;
  if (!total) return null;
  // Those of the total's shares that miss it (another list of its shares may fit it).
  const series = ctx.relations().filter((r) => r.kind === 'share' && !r.summed && !r.wholeSum && r.operands[0] === total && judge(ctx.text, r)?.verdict === 'inconsistent');
  if (series.length < MIN_SERIES) return null;
  if (rel.kind === 'share' ? !series.includes(rel) : !rel.operands.every((p) => series.some((r) => r.operands[1] === p))) return null;
  const pointed = pointedTotal(ctx.text, series);
  if (!pointed) return null;
  const { lo, hi, misses } = pointed;
  // Only a number the text writes (read as a figure or not: `交办件35236共承办`) can be the other total.
  // What was done is no whole of kinds the parts do not say were done (`已办结291件`).
  const doneOnly = (at: number) => {
    const f = ctx.figures.find((g) => g.numberStart === at);
    return f !== undefined && series.some((r) => doneNotWholeOf(ctx.text, f, r.operands[1]!));
  };
  const match = [...ctx.text.matchAll(/[0-9]+(?:\.[0-9]+)?/g)].find((m) => lo <= Number(m[0]) && Number(m[0]) <= hi && !doneOnly(m.index));
  const written = match ? Number(match[0]) : undefined;
  if (misses === rel) return missesPointedTotal(ctx.text, rel, found, pointed, written);
  // Shares taken of their own parts' sum (a closed list whose sum the stated total is not) are the
  // text contradicting itself: that stays a flag. The list is the series, or the one list of the
  // total's parts that this relation is or belongs to (a total with two breakdowns has shares in both).
  const sum = series.reduce((n, r) => n + r.operands[1]!.value, 0);
  const own = rel.kind === 'parts' ? rel : ctx.relations().find((r) => r.kind === 'parts' && r.target === total && r.operands.includes(rel.operands[1]!));
  const ownSum = own?.operands.every((p) => series.some((r) => r.operands[1] === p)) ? own.operands.reduce((n, p) => n + p.value, 0) : NaN;
  if (lo <= ownSum && ownSum <= hi && ownSum !== sum) return null;
  if (lo <= sum && sum <= hi) {
    // …unless an aside in brackets after the total says what it holds besides them (`共提出建议692件(…有4件作为参阅件…
    // 不需答复)`, then shares of 688).
    const aside = /^\s*[(（]([^()（）]*)[)）]/.exec(ctx.text.slice(total.end))?.[1] ?? '';
    const apart = [...aside.matchAll(/[0-9]+/g)].map((m) => Number(m[0])).find((n) => total.value - n === sum);
    if (apart === undefined) return null;
    return {
      verdict: 'consistent',
      confidence: 0.6,
      message_zh: `各项占比都是所列各项之和${formatValue(sum)}的占比：${total.text}中另有${apart}件，文中括号内已说明。`,
      message_en: `Every share is of the items listed, ${formatValue(sum)}: the ${apart} others of ${total.text} are set apart in the brackets after it.`,
    };
  }
  if (written === undefined) {
    const about = Math.round((lo + hi) / 2);
    // Parts the text lists under the total (`有效诉求7698件,…其中…住房公积金702件(占9.9%)`), or a complete list (a 其他 bucket, shares
    // that make 100 %), are the total's own: their shares contradict it. Else (`排行前五位的是…`) the shares may be of a total the
    // text leaves out (a hotline's orders beside all channels'): undecided.
    const first = series.map((r) => r.operands[1]!).reduce((a, b) => (b.start < a.start ? b : a));
    const allShares = ctx.relations().filter((r) => r.kind === 'share' && !r.summed && !r.wholeSum && r.operands[0] === total);
    const itsOwn = opensItsParts(ctx.text, ctx.figures, total, first) || completeSeries(ctx.text, allShares);
    return {
      ...found,
      ...(itsOwn ? {} : { verdict: 'unknown' as const, confidence: 0.3 }),
      message_zh: `${found.message_zh}${misses ? (misses === rel ? '其余' : '除一项外') : ''}各项占比都指向约${formatZh(about)}的总数，文中未写出${itsOwn ? '' : '：所指总数无法确定'}。`,
      message_en: `${found.message_en} ${misses ? (misses === rel ? 'Every other share' : 'Every share but one') : 'Every share'} points to a total of about ${formatValue(about)}, which the text does not write${itsOwn ? '' : ': which total is meant cannot be told'}.`,
    };
  }
  const implied = formatValue(written);
  return {
    verdict: 'unknown',
    confidence: 0.3,
    message_zh: `各项占比都与${total.text}不符，却都与文中的${implied}相符：所指总数无法确定。`,
    message_en: `Every share misses ${total.text}, yet all fit ${implied}, which the text also writes: which total is meant cannot be told.`,
  };
}
