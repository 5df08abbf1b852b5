// Small readings of the text around figures that every relation finder needs.
import { unitFamily } from '../dataset/metric';
import { decimalsOf } from '../compare/quantity';
import { CHAR_CLASS, LIST_MARK, SEMICOLON, SEMICOLON_CHARS, SENTENCE_BREAK, SENTENCE_BREAK_CHARS } from '../extract/text-classes';
import { figuresWithNumberIn, firstNumberAtOrAfter } from '../compare/sentences';
import type { Figure } from '../types';
import { parseNumber } from '../numbers/numeral';

/** The extractor's sentence ends (。！？ and line breaks); a semicolon also ends a clause list. */
export const SENTENCE_END = new RegExp(`[${SENTENCE_BREAK_CHARS}]`);
const RESIDUAL_WORD = '(?:其他|其它|其余)';
/** The words before a residual item of a list (`其他问题16件`, `其余137个`): the rest, which closes the list. */
export const RESIDUAL_LEAD = new RegExp(`${RESIDUAL_WORD}[\\u4e00-\\u9fff]{0,8}$`);
/** A name that says it is the rest (`其他收入`, `其它`). */
export const RESIDUAL_NAME = new RegExp(`^${RESIDUAL_WORD}`);
export const CLAUSE_END = new RegExp(`[${SENTENCE_BREAK_CHARS}${SEMICOLON_CHARS}]`);
/** Where the next item of a list written inline begins (`…；七是…`, `。（三）…`): items are separate topics. */
export const NEXT_INLINE_ITEM = new RegExp(`[${SENTENCE_BREAK_CHARS}${SEMICOLON_CHARS}]\\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十]{1,3}[)）])`);
const INLINE_ITEM = /(?:^|[。！？!?；;\n])\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十]{1,3}[)）])/;
/** Whether `f` stands in an item of a list written inline (`二是…`) that ends before `at`: a topic of its own. */
export const inEarlierItem = (text: string, f: Figure, at: number): boolean => NEXT_INLINE_ITEM.test(text.slice(f.end, at)) && INLINE_ITEM.test(text.slice(lineStart(text, f.start), f.start));
// The verbs that say how things were gathered or taken on (受理, 收到, 排查, 承担), so a later sentence can name the total by them.
const GATHERED = /受理|收到|接到|征集|收集|提出|反馈|交办|转办|转派|派发|排查|摸排|梳理|查摆|检视|查找|发现|承担/;
/** Cases carried over from before (旧存, 结转, `上年未结`): closed with the new ones, and counted in the cases taken on. */
export const CARRIED_OVER = /旧存|旧案|结转|积存|上年未结/;
/** The part of what came in that was taken on, after the count of what came in (`共提出提案4790件,经审查立案4299件`, `收到…126544件,
 * 接通121386件`): what a 其中 after them divides. */
const ACCEPTED_LEAD = /(?:经审查|經審查|审查)?(?:立案|接通)$/;
export const isTakenOn = (text: string, f: Figure): boolean => ACCEPTED_LEAD.test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0].replace(/[\s,，]+$/, ''));
/** Words that call a count a sum (`共收到…291件`). */
// (`公共` is no 共: `专业公共卫生机构44个`, `公共服务`.)
export const SUM_WORDS = /(?<!公)共|累计|总计|合计|总数|总量/;
/** Words that present a count as a total: a sum, or the verbs of what came in (GATHERED). */
export const TOTAL_LEAD = new RegExp(`${SUM_WORDS.source}|${GATHERED.source}`);
/** Words that call a count a plan or a task (`计划投资8.37亿元`, `目标任务`), in either script. */
// What was done: the base of a rate, never of a share of kinds the part's own words do not say
// were done (`城乡建设类，有1505条，占43.4%` is no share of `共办结回复2240条`).
export const DONE_WORDS = /办结|回复|办复|答复|解决|完成|结案/;

/** What was done (`已办结291件`) is no whole of a part whose own words do not say it was done. */
export function doneNotWholeOf(text: string, whole: Figure, part: Figure): boolean {
  const done = DONE_WORDS.exec(text.slice(Math.max(whole.sentence.start, whole.numberStart - 8), whole.numberStart))?.[0];
  // (Any word of what was done will do: what was solved or adopted, `已解决或采纳1064件`, is of what was closed, `已办结1220件`.)
  return done !== undefined && !DONE_WORDS.test(text.slice(Math.max(part.sentence.start, part.numberStart - 16), part.end));
}

export const PLAN_WORDS = /计划|計劃|目标|目標|任务|任務/;

/** The names a household size goes by (`平均每个家庭户的人口`, `户均人口`, a table's `平均每户人数`), in prose and as a row label. */
export const HOUSEHOLD_SIZE_NAME = '(?:平均每个家庭户的人口|平均每户(?:家庭)?(?:人口|人数)|户均(?:人口|人数)|平均家庭户规模)';
/** The people of a census's family households, as the lead of their count (`家庭户人口数为974194人`). */
export const FAMILY_HOUSEHOLD_PEOPLE = /家庭户人口(?:数)?(?:为|是|达)?$/;
// How far above a sentence a total it names by its verb may stand.
const NAMED_TOTAL_LINES_BACK = 6;

/**
 * `目前共摸排镇村事项127项。` … `截至目前，宋店镇前期摸排的事项已完成108项`: the total that `words`
 * (what a later sentence says it reports on) names by the verb that gathered it, the nearest
 * count above `at` of the family of `like` whose own words carry that verb.
 */
export function totalNamedBy(text: string, figures: readonly Figure[], at: number, words: string, like: Figure): Figure | null {
  const verb = GATHERED.exec(words)?.[0];
  if (!verb) return null;
  const floor = linesBack(text, lineStart(text, at), NAMED_TOTAL_LINES_BACK);
  for (let i = firstNumberAtOrAfter(figures, at) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (!isAdditive(f) || !sameFamily(f, like) || f.value < like.value) continue;
    if ((text.slice(Math.max(f.sentence.start, f.numberStart - 12), f.numberStart) + (f.label ?? '')).includes(verb)) return f;
  }
  return null;
}

/** The words of a lead since its last clause break. */
export const OWN_CLAUSE = /[^，,；;。]*$/;

/**
 * The one count with its number in [from, to) that the text calls a plan (PLAN_WORDS before it) of
 * what `done` counts (their names share two characters), or null when there is none or several.
 */
export function planOf(text: string, figures: readonly Figure[], from: number, to: number, done: Figure): Figure | null {
  const plans = figuresWithNumberIn(figures, from, to).filter(
    // Its own clause's words (`…均已完成全年任务,累计完成投资3.5亿元`: the task is another clause's, 3.5亿元 is done).
    (f) => f !== done && isQuantity(f) && sameFamily(f, done) && PLAN_WORDS.test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]) && commonRun(f.label ?? '', done.label ?? '') >= 2,
  );
  return plans.length === 1 ? plans[0]! : null;
}

// An item's name shared this far (`重点工程建设项目` is eight) names the same projects, not a word of the genre.
const ITEM_NAME_RUN = 6;

// A clause that calls its count a plan: not the whole of a share (`占全省固定资产投资计划6441亿元的`, a plan of more than the
// item), nor a count of what was done whose item is named a plan (`217个省级计划新开工项目已开工184个`).
const namedAPlan = (ownClause: string) => PLAN_WORDS.test(ownClause) && !ownClause.includes('占') && !/已|完成/.test(ownClause);

/**
 * The plan anywhere above `done` whose clause names the item `done`'s sentence names (`市级重点工程建设项目850项,年度投资计划
 * 1400.3亿元` … `11个市市级重点工程建设项目完成投资969.5亿元`): of the plans sharing a run of ITEM_NAME_RUN characters or more
 * with those words, the one that shares the longest, when no other shares as much.
 */
export function planNamedAlike(text: string, figures: readonly Figure[], done: Figure): Figure | null {
  // The words of a figure's own item: its sentence up to it, from the last semicolon on.
  const itemOf = (f: Figure) => text.slice(f.sentence.start, f.numberStart).split(/[；;]/).at(-1)!;
  const item = itemOf(done);
  const scored = figures
    .filter((f) => f.end <= done.sentence.start && isQuantity(f) && sameFamily(f, done) && namedAPlan(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]))
    .map((f) => ({ f, run: commonRun(itemOf(f), item) }))
    .filter((x) => x.run >= ITEM_NAME_RUN);
  const best = Math.max(...scored.map((x) => x.run));
  const top = scored.filter((x) => x.run === best);
  return top.length === 1 ? top[0]!.f : null;
}

/** A paragraph or sentence that opens by naming a whole it divides (`立案提案中,`, `全县常住人口〔2〕中,`), perhaps past a numbered
 * heading that runs into it (`四、性别构成全市常住人口中,`): the name in group 1 (after a heading) or 2. */
/** The words after a count that make it the frame of what follows (`6709条留言中,`, `在查处的这219件违反八项规定精神问题中,`). */
export const FRAME_END = /^[\u4e00-\u9fff]{0,12}?(?<!其)中[，,]/;
/** How far after a count's number its frame's end is looked for. */
export const FRAME_END_REACH = 16;
export const WHOLE_FRAME = /^[\s“"]*(?:[一二三四五六七八九十]{1,3}、([\u4e00-\u9fff]{2,14}?)|([\u4e00-\u9fff]{2,8}?))(?:〔[0-9]{1,2}〕|\[[0-9]{1,2}\])?(?<!其)中[，,]/;

/** Between a part and its share, nothing that names a whole (`1158条，占64.0%`). */
export const BARE_SHARE = /^[，,]\s*(?:占比?|所占比例)(?:为|达)?$/;

/** A sentence that opens on a topic or a whole of its own: `机场方面,`, `在教育方面,`, `在全市人口中,`,
 * `在办理妨害新冠肺炎疫情防控犯罪案件方面,` (其中 opens parts of what came before). */
export const TOPIC_OPENING = /^[\s“"]*(?!其中)(?:在[\u4e00-\u9fff、]{1,24}(?:方面|中)|[\u4e00-\u9fff]{1,8}方面|[\u4e00-\u9fff]{1,10}中)[，,：:]/;

/** Words that open a sentence to say where its figures come from (`据了解,其中,…`): they leave the sentence's
 * first word (其中) first. */
export const SOURCE_OPENING = String.raw`(?:据(?:了解|悉|统计|介绍|初步统计)|(?:记者)?(?:从[\u4e00-\u9fff]{2,16})?(?:了解到|获悉))[，,]?`;

/** A sentence that opens a breakdown of what is above it, item by item: `分产业情况看，`, `从…来看，`, `按项目类别统计:`, `按提案主体分,`,
 * `据了解,我市100个重点推进项目中,按照行业划分,` (after a bullet, or a clause or two that frame it). */
export const DIMENSION_OPENING = /^[\s“"■●◆▲★•]*(?:[^，,。；;]{0,20}[，,]){0,2}?(?:从|分|按照?)[\u4e00-\u9fff]{1,8}?(?:情况)?(?:来看|看|统计|分类|划分|分)[，,：:]/;

/** What a total's name starts with that its parts' names do not (`全市履约项目` over `农业履约项目`). */
export const TOTAL_PREFIX = /^(?:全市|全省|全县|全区|全州|全国|全年|共|累计|实际|总)+/;

export function numberText(text: string, f: Figure): string {
  return text.slice(f.numberStart, f.numberEnd);
}

/** How far a written value may be from what it rounds: half a unit of its last digit. */
export const halfLastDigit = (text: string, f: Figure): number => 10 ** -decimalsOf(numberText(text, f)) / 2;

// The finders compare families many times per figure; unitFamily normalizes the unit each time.
const families = new WeakMap<Figure, string>();
function familyOf(f: Figure): string {
  let family = families.get(f);
  if (family === undefined) families.set(f, (family = unitFamily(f)));
  return family;
}

/**
 * Whether two figures count or measure the same kind of thing. Counts of things share one unit family
 * for comparing reports, but within an article two different measure words name different things
 * (`办结7件…责令整改3家`, `65家单位` against `54件`); 个 goes with any, and INTERCHANGED are one, except
 * that places and bodies in 个 are never the things counted in them.
 */
export function sameFamily(a: Figure, b: Figure): boolean {
  return familyOf(a) === familyOf(b) && (familyOf(a) !== 'items' || (sameThings(a.unit!, b.unit!) && !placesAgainstThings(a, b) && !placesAgainstThings(b, a)));
}

// `涉及7个地州市，分别为：乌鲁木齐市12件…`: a count of places or bodies says where the cases are, and
// bodies are counted in 个, 家 or 所 alike (`打掉…涉黑组织1128个` are no share of `涉黑案件1481起`).
const PLACES_OR_BODIES = /(?:省|市|县|区|州|盟|旗|镇|乡|街道|村|社区|单位|部门|组织|团伙|集团|企业|公司|机构)$/;
const BODY_UNITS = new Set(['个', '家', '所']);
// …nor are problems, leads or requests a body counts in 个 too (`11個縣直部門` is no total of `發現突出問題322個`).
const THINGS = /(?:问题|线索|建议|意见|事项|诉求|工单)$/;
const placesAgainstThings = (places: Figure, other: Figure) =>
  places.unit === GENERAL_CLASSIFIER && !!places.label && PLACES_OR_BODIES.test(places.label) && (!BODY_UNITS.has(other.unit ?? '') || THINGS.test(other.label ?? ''));

const GENERAL_CLASSIFIER = '个';
/** Measure words texts use for one another: a case, request or message (案件, 诉求, 留言) is 件, 起, 宗 or 条; a
 * machine is a 套, 台, 辆, 部, 架 or 艘 (`除雪设备481套，其中雪铲158台、…载体158辆`). */
const INTERCHANGED = [new Set(['件', '起', '宗', '条']), new Set(['套', '台', '辆', '部', '架', '艘'])];

/** Whether two counts are written in one measure word, or in words texts use for one another (个 is no wildcard here). */
export function sameMeasureWord(a: Figure, b: Figure): boolean {
  return interchanged(a.unit ?? '', b.unit ?? '');
}

const interchanged = (a: string, b: string) => a === b || INTERCHANGED.some((set) => set.has(a) && set.has(b));
const sameThings = (a: string, b: string) => a === GENERAL_CLASSIFIER || b === GENERAL_CLASSIFIER || interchanged(a, b);

export function isQuantity(f: Figure): boolean {
  return f.kind === 'count' || f.kind === 'amount' || f.kind === 'measure';
}

// Counts of kinds, not of things: `五个方面`, `三类问题`, `5种方式` never total or divide the things.
const KIND_UNITS = /^(?:类|种|大类|方面|个方面|领域|层面|维度|环节)$/;
const KIND_LABELS = /^(?:方面|领域|层面|维度|环节|方式|渠道|类别|类型)$/;
// `三个方面诉求量较大`: 个 and a kind word right after it count kinds, whatever the label runs on to (`方面问题199条` counts problems).
const KIND_AFTER_GE = /^(?:方面|领域|层面|维度|环节)/;

/** A count of kinds (`五个方面`, `三类问题`): it says how a list is split, never how much is in it. */
export function isKindCount(f: Pick<Figure, 'kind' | 'unit' | 'label'>): boolean {
  return f.kind === 'count' && (KIND_UNITS.test(f.unit ?? '') || KIND_LABELS.test(f.label ?? '') || (f.unit === '个' && KIND_AFTER_GE.test(f.label ?? '')));
}

// An age (`60岁及以上`) is a threshold or a mean, never a sum of ages; nor is a depth of rain (`降水量497.7~874.7毫米`), an
// average over an area, a sum of places' depths.
const AGE_UNITS = /^(?:岁|周岁|週歲|歲)$/;
const DEPTH_UNITS = /^(?:毫米|mm)$/;

/** A quantity that adds up: not an average or a per-unit value (`均价55284元/㎡`, `人均…元`), not an age or a depth of rain, not a count of kinds. */
export function isAdditive(f: Figure): boolean {
  let additive = additives.get(f);
  if (additive === undefined) additives.set(f, (additive = isQuantity(f) && !(f.unit ?? '').includes('/') && !AGE_UNITS.test(f.unit ?? '') && !DEPTH_UNITS.test(f.unit ?? '') && !/均|每/.test(f.label ?? '') && !isKindCount(f)));
  return additive;
}
// Asked of each figure many times by every finder.
const additives = new WeakMap<Figure, boolean>();

/** The words that introduce a figure: from the previous figure (or its sentence, or `floor`) to its number. */
export function leadIn(text: string, figures: readonly Figure[], index: number, floor: number): string {
  const f = figures[index]!;
  const prev = figures[index - 1];
  const from = Math.max(floor, f.sentence.start, prev ? prev.end : 0, f.numberStart - 24);
  return text.slice(from, f.numberStart);
}

/** Start of the sentence that holds `offset` (after the previous 。！？ or line break). */
export function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (CHAR_CLASS[text.charCodeAt(i)]! & SENTENCE_BREAK) return i + 1;
  return 0;
}

/** Start of the line (paragraph) that holds `offset`. */
export function lineStart(text: string, offset: number): number {
  // Asked many times per figure: a binary search over the text's line starts, kept for the last text. (An equal text that
  // is another string, a page's reading made anew, is kept in its place: else it is compared whole at every call.)
  if (text !== lines.text) lines = { text, starts: lineStartsOf(text) };
  else lines.text = text;
  const starts = lines.starts;
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}
let lines: { text: string; starts: number[] } = { text: '', starts: [0] };

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Start of the clause that holds `offset`: after the last clause punctuation before it, and the spaces after that. */
export function clauseStart(text: string, from: number, offset: number): number {
  let k = offset;
  while (k > from && !(CHAR_CLASS[text.charCodeAt(k - 1)]! & LIST_MARK)) k--;
  if (k === from) return from;
  while (k < offset && /\s/.test(text[k]!)) k++;
  return k;
}

/** The words right before a figure's number, within its sentence. */
export function wordsBefore(text: string, f: Figure, span = 16): string {
  return text.slice(Math.max(f.sentence.start, f.numberStart - span), f.numberStart);
}

/** What cases are counted as: petitions, reports, complaints, cases handed over. */
export const CASES = /信访|举报|投诉|案件|立案|交办|转办|转交|移交/;

/** Between a year-end population and the year's change after it (`，比上年末增加1377人`). */
export const YEAR_CHANGE = /^[，,]?比上年末?(增加|减少)了?$/;

/** A figure's index, by binary search over the figures' offsets. */
export function indexOf(figures: readonly Figure[], f: Figure): number {
  return firstNumberAtOrAfter(figures, f.numberStart);
}

/** The start of the line `n` lines above the one starting at `from`. */
export function linesBack(text: string, from: number, n: number): number {
  let at = from;
  for (let k = 0; k < n && at > 0; k++) at = lineStart(text, at - 1);
  return at;
}

/** The end of the line `n` lines below the one holding `from` (the text's end if there are fewer). */
export function linesAhead(text: string, from: number, n: number): number {
  let at = from;
  for (let k = 0; k <= n; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at - 1;
}

/** The longest run of characters two strings share (`整改问题总数` and `471个问题`: 2, 问题). */
export const commonRun = (a: string, b: string): number => longestSharedRun(a, b)[1];

/** Where in `a` the longest run it shares with `b` starts, and its length. */
function longestSharedRun(a: string, b: string): [number, number] {
  let at = 0;
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let n = best + 1; i + n <= a.length && b.includes(a.slice(i, i + n)); n++) [at, best] = [i, n];
  }
  return [at, best];
}

const HAN_RUN = /[\u4e00-\u9fff]{2,}/g;
const LIST_MARKS = /[、“”"‘’\s]/g;

/** The longest ending two strings share. */
export function sharedEnding(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/** Whether parts add up to a value exactly (at the precision of floating point, not of the text). */
export function sumsExactlyTo(parts: readonly Figure[], value: number): boolean {
  return Math.abs(parts.reduce((n, p) => n + p.value, 0) - value) <= 1e-9 * Math.abs(value);
}

/**
 * Whether the name a share or rate gives its whole carries words of two or more characters, outside what it shares with a
 * count's words, that none of those words echo (`占全部民事一审案件的7.21%` against `买卖合同一审案件613件`: 民事;
 * `占全院正式在编人员15.03%` against `现有工作人员56人`: 正式在编): that names a set the count is not.
 */
export function lacksQualifier(name: string, written: string): boolean {
  const words = written.replace(LIST_MARKS, '');
  const [at, run] = longestSharedRun(name, words);
  const rest = name.slice(0, at) + ' ' + name.slice(at + run);
  return (rest.match(HAN_RUN) ?? []).some((piece) => ![...piece].slice(1).some((_, k) => words.includes(piece.slice(k, k + 2))));
}

// `受理量与去年同期777733件相比，下降8.32%`: a value of an earlier period, against which a change is measured.
const EARLIER_PERIOD_BEFORE = /(?:与|较|比|同)(?:去年|上年|上月|上期|前年|上季度|上周)(?:同期)?的?$/;
/** Words right after a value that set it against another (`与2010年…的38313991人相比`): the value is the earlier one. */
export const COMPARED_WITH = /^\s*(?:相比|相较|比较)/;

/** A value of an earlier period: no whole of this period's parts, shares or rates. */
export function ofAnEarlierPeriod(text: string, f: Figure | null): boolean {
  if (!f) return false;
  return EARLIER_PERIOD_BEFORE.test(text.slice(Math.max(f.sentence.start, f.numberStart - 8), f.numberStart)) || COMPARED_WITH.test(text.slice(f.end, f.end + 4));
}

/** Start of the clause list (after the last semicolon, within the sentence) that holds `f`. */
export function clauseListStart(text: string, f: Figure): number {
  let k = f.start;
  while (k > f.sentence.start && !(CHAR_CLASS[text.charCodeAt(k - 1)]! & SEMICOLON)) k--;
  return k;
}

// What people report (`占总投诉量的30.7%` of `群众举报案件共664件`), and what is handled: a suggestion 承办 by a unit
// is one 交由…办理 (`交由县人民政府办理168件` … `占承办总数的57.7%`).
const COMPLAINT = /投诉|举报|信访|来信来访/g;
const HANDLED = /承办|交办|办理/g;
/** What statistics bulletins call output, in words or by its letters (`地区生产总值`, `GDP`). */
export const OUTPUT = /(?:地区)?生产总值|GDP/;
// (`占GDP比重46.1%` is of `生产总值120.18亿元`.)
const OUTPUT_ALL = new RegExp(OUTPUT.source, 'g');
/** The genre's words for one thing made one word, for matching a share's named whole with the count that names it otherwise. */
export const foldSynonyms = (words: string) => words.replace(COMPLAINT, '投诉').replace(HANDLED, '办理').replace(OUTPUT_ALL, '生产总值');

// A report that was looked into is found true, basically or partly true, or untrue (属实, 基本属实, 部分属实, 不属实):
// an outcome of the reports, never what came in.
export const FINDING = /属实|失实/;

/** A label's head noun, the last two characters, for counts of things (`市级重大项目` → `项目`). */
export const headOf = (label: string): string => label.slice(-2);

/** `text.lastIndexOf(search, at)` looked for back to `floor` only (-1 when it is not there): the words of one
 * sentence are not looked for over the whole page. */
export function lastIndexWithin(text: string, search: string, at: number, floor: number): number {
  const k = text.slice(floor, at + search.length).lastIndexOf(search);
  return k < 0 ? -1 : floor + k;
}

/** Whether a bracket opened between `from` and `at` is still open at `at`. */
export function inBrackets(text: string, from: number, at: number): boolean {
  const between = text.slice(from, at);
  return (between.match(/[(（]/g)?.length ?? 0) > (between.match(/[)）]/g)?.length ?? 0);
}

// `興隆臺區3件(與盤山縣交叉1件、市住建局交叉1件)`, `(與盤山縣交叉案件1件…)`: a case a part shares with another,
// counted under both.
const CROSSING = /交叉(?:共办)?(?:案件)?([0-9]{1,3}|[一二两三四五六七八九十]{1,2})件/g;

/** How many cases the brackets of a list say are counted under two of its parts. */
export function crossings(text: string, from: number, to: number): number {
  let n = 0;
  for (const m of text.slice(from, to).matchAll(CROSSING)) if (inBrackets(text, from, from + m.index)) n += parseNumber(m[1]!)?.value ?? 0;
  return n;
}
