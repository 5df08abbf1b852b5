// A stated rate and the counts it is computed from, paired by meaning: the numerator is the count
// whose words carry the rate's verb (`办结10759件` for `办结率`), the denominator the nearest
// larger count of the same kind before it. When the text gives only what was *not* done
// (`共N件 … 未办结1件 … 办结率99%`) the numerator is N − 1, never the undone count.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { SAVED_RATE } from './savings';
import { ofOtherProjects } from './projects';
import { writtenAsChange } from './changes';
import { readWords } from '../reading';
import { figuresWithNumberIn } from '../compare/sentences';
import { CARRIED_OVER, CLAUSE_END, clauseListStart, commonRun, FRAME_END, FRAME_END_REACH, indexOf, isQuantity, lacksQualifier, leadIn, lineStart, linesBack, NEXT_INLINE_ITEM, OWN_CLAUSE, PLAN_WORDS, planNamedAlike, planOf, sameFamily, sentenceStart, sharedEnding, totalNamedBy, wordsBefore } from './text';

// A rate is named as one (`办结率`), or, for funds, as the proportion or progress of what was paid out or spent (`拨付进度`,
// `支出比例`: of the budget); `完成进度`, `完成投资比例` may be over a plan of their own, which the text seldom gives.
const RATE_WORD = /([\u4e00-\u9fff]{1,8}率|[\u4e00-\u9fff]{0,6}(?:拨付|下达|支出|到位)(?:比例|进度))(?:达到|达|为|是|高达|约|均为|均达|均|占)?$/;
const RATE_END = /(?:率|比例|进度)$/;
// A rate's name right after a count, nothing else between (`核拨资金15.99亿元、核拨率91.72%`): the count is that rate's own.
const RATE_RIGHT_AFTER = new RegExp(`^[、，,]?\\s*${RATE_WORD.source}`);
// Rates over a base the text does not state as a count (growth, shares, coverage of an outside
// population, satisfaction polls) are other relations or none.
// (A procuratorate's 批捕率 and 起诉率 are over the cases decided, 批捕 and 不捕, not over those received.)
// (An urbanisation rate is a share of the population, read by ./urban-rates.ts.)
const NOT_A_COUNT_RATE = /(增长|增速|增幅|下降|降幅|同比|环比|占比|比重|普及|覆盖|利用|达标|优良|满意|知晓|好评|出生|死亡|失业|森林|绿化|入学|巩固|批捕|起诉|不捕|不诉|城镇化)/;
// A rate of what was not done (`未办结29件，未办结率1.4%`) is over all, not over the done: its verb
// names the done, so it is left to a reader rather than read as the done rate.
const UNDONE_RATE = /^(?:未|尚未|没有|不)/;
// How often something turns up among what was looked at (`发现…问题216处，问题率为6%`, over streets and points
// checked together): a rate of incidence, over a base the text rarely writes as one count.
const INCIDENCE_RATE = /(?:问题|差错|事故|发案)率$/;
const COURT_CLOSED = /(?:结案|审结|执结)$/;
// The verbs that report a rate's numerator, by the rate's stem. A stem not listed here matches
// a numerator that repeats its last two characters (`签约率` ↔ `签约`).
const NUMERATOR_VERBS: ReadonlyArray<[RegExp, RegExp]> = [
  [/办结$/, /办结|办理完毕|结案|完成|解决/],
  [/(办复|回复|答复)$/, /办复|回复|答复|办理|办结/],
  [/(完成|整改|销号)$/, /完成|整改|销号|到位|办结/],
  [/(参学|参与|参加|参训|参会)$/, /参学|参与|参加|参训|参会/],
  [/开工$/, /开工|动工|开建|动建|启动实施|启动建设/],
  // A court's cases closed: tried (审结), enforced (执结), or both (`已结`, `审执结`).
  [COURT_CLOSED, /结案|审结|执结|审执结|已结/],
];
// New cases (新收, 收案) are no base of a closing rate (办结, 审结, 执结, 结案), which is over the cases taken on: the new and
// those carried over (`新收各类案件3964件,旧存194件,…已结2580件,综合结案率62.05%`: 2580 / 4158).
const CLOSING = /结$|结案$/;
const NEW_CASES = /新收|收案/;
const NOT_DONE = /(?:(?:未|尚未|没有|仍未|正在|剩余|暂未|不予)[\u4e00-\u9fff]{0,2}|(?:无法|需要?)[\u4e00-\u9fff]{0,3}|不)$/;
// An average per person or per unit (`人均结案120件`) is no count of what was done.
const AVERAGE_OF = /(?:人均|户均|平均|日均|月均|年均|每人|每户)$/;
const MONEY_RATE = /投资|投資|资金|資金|金额|金額/;
const SIBLING_STATE = /^[，,、]\s*(?:已|尚未|未|正在)[^，,、；;。]*$/;
// `基本完成…问题4个`, `阶段性完成`: part way, neither done nor undone.
const PART_WAY = /(?:基本|部分|阶段性?|階段性?)$/;
// A rate of what was done in time counts only what was done in time, and a plain rate never does:
// `按时结案597件` is no numerator of `结案率`, `办结工单750件` none of `按时办结率`.
const IN_TIME_WORDS = '按时|按期|及时|限时|超时|逾期|审限内';
const IN_TIME = new RegExp(IN_TIME_WORDS);
const IN_TIME_BEFORE_VERB = new RegExp(`(${IN_TIME_WORDS})$`);
const SEMICOLON = /[；;]/;
const SHARE_AFTER = /^[，,]?\s*占/;
// `任务目标是棚改开工8264套，棚改安置房建成6985套，…基本建成率100%`: the counts of a clause list that opens by
// saying it gives the targets are what is to be done, never what was done.
const TARGETS_OPENING = /(?:任务|目标|计划)(?:任务|目标)?(?:是|为|[：:])/;
const TARGET_AFTER = /^(?:以上|以下)?的?(?:目标|要求)/;
// Two sentences back at most: `共受理N件。已办结M件，办结率X%`.
const SENTENCES_BACK = 2;

// …until a clause says what has been done since (`，目前已完成150个`).
const SINCE = /[，,]\s*(?:目前|现在|现已|截至|截止|已经?)/;

function isTarget(text: string, f: Figure): boolean {
  const words = text.slice(clauseListStart(text, f), f.numberStart);
  const opening = TARGETS_OPENING.exec(words);
  return opening !== null && !SINCE.test(words.slice(opening.index));
}

function verbsFor(stem: string): RegExp {
  for (const [stemPattern, verbs] of NUMERATOR_VERBS) if (stemPattern.test(stem)) return verbs;
  return new RegExp(stem.slice(-2));
}

function rateWord(text: string, rate: Figure): string | null {
  const word = rate.label && /率$/.test(rate.label) ? (RATE_WORD.exec(rate.label)?.[1] ?? rate.label) : (RATE_WORD.exec(text.slice(Math.max(0, rate.numberStart - 12), rate.numberStart))?.[1] ?? null);
  // Not the measure word of a number right before it (`审结38件284人结案率为79.17%`: the rate is 结案率).
  const at = word ? text.lastIndexOf(word, rate.numberStart) : -1;
  return word && at > 0 && /[0-9０-９]/.test(text[at - 1]!) ? word.slice(1) : word;
}

function windowStart(text: string, rate: Figure): number {
  let from = rate.numberStart;
  for (let i = 0; i < SENTENCES_BACK; i++) from = sentenceStart(text, Math.max(0, from - 1));
  return Math.max(from, lineStart(text, rate.numberStart));
}

// `结案率、按期处置率和按期结案率分别为95.95%、92.36%和92.55%`: rates named together, then their values in the same order.
const NAMED_RATES = /((?:[\u4e00-\u9fff]{1,8}率[、和及]){1,5}[\u4e00-\u9fff]{1,8}率)分别(?:为|是|达到|达)$/;
const RATE_JOIN = /^[、和及]$/;

/** Each rate of a list of values whose names the text gives together before it, with its name. */
function respectiveRateWords(text: string, figures: readonly Figure[]): Map<Figure, string> {
  const words = new Map<Figure, string>();
  for (let i = 0; i < figures.length; i++) {
    const m = figures[i]!.kind === 'percent' ? NAMED_RATES.exec(text.slice(Math.max(figures[i]!.sentence.start, figures[i]!.numberStart - 60), figures[i]!.numberStart)) : null;
    if (!m) continue;
    const names = m[1]!.split(/[、和及]/);
    const run = figures.slice(i, i + names.length);
    if (run.length !== names.length || !run.every((f, k) => f.kind === 'percent' && (k === 0 || RATE_JOIN.test(text.slice(run[k - 1]!.end, f.numberStart))))) continue;
    run.forEach((f, k) => words.set(f, names[k]!));
    i += names.length - 1;
  }
  return words;
}

export function findRates(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const respective = respectiveRateWords(text, figures);
  figures.forEach((rate, r) => {
    if (rate.kind !== 'percent') return;
    const word = respective.get(rate) ?? rateWord(text, rate);
    // A rate the text sets as a target (`超额完成上半年开工率达到80%的目标任务`) is no rate achieved.
    if (TARGET_AFTER.test(text.slice(rate.end, rate.end + 6))) return;
    if (!word || NOT_A_COUNT_RATE.test(word) || INCIDENCE_RATE.test(word) || UNDONE_RATE.test(word) || SAVED_RATE.test(word)) return;
    const inTime = IN_TIME.exec(word)?.[0] ?? null;
    const stem = word.replace(RATE_END, '').replace(/^(总体|综合|整体|平均|总)/, '').replace(IN_TIME, '');
    if (stem.length < 2) return;
    // A rate over 100 % is done over a plan smaller than it: only a count its own clause calls a plan is one
    // (`当年计划投资19亿元。…完成投资28.78亿元,投资完成率151.47%`).
    const overPlan = rate.value > 100;
    const sameNameBetween = (from: number, to: number) => figures.slice(from + 1, to).some((f) => f.kind === 'percent' && rateWord(text, f) === word);
    const verbs = verbsFor(stem);
    // What the rate is of, when its word names it before the verb (`问题解决率`, `建议回复率`; not `完成序时进度率`): the
    // base must name it (the numerator may leave it unsaid: `…298个问题，已解决288个`), and so must both counts of a
    // pair found without a verb.
    const verbAt = stem.search(verbs);
    const things = verbAt >= 2 && !NUMERATOR_VERBS.some(([, v]) => v.test(stem.slice(0, verbAt))) ? stem.slice(0, verbAt).slice(-2) : null;
    // (…all it names: `审判案件结案率` is over trial cases, not `受理各类案件`.)
    const named = stem.slice(0, verbAt);
    const names = (f: Figure) => {
      if (things === null) return true;
      const words = leadIn(text, figures, indexOf(figures, f), f.sentence.start) + (f.label ?? '');
      return words.includes(things) && !lacksQualifier(named, words);
    };
    // `交办到17个单位`: after the verb and 到, a count of where things went, not of the things.
    const destination = new RegExp(`(?:${verbs.source})(?:到|至|给)$`);
    const floor = windowStart(text, rate);
    const candidates: number[] = [];
    for (let i = r - 1; i >= 0 && figures[i]!.numberStart >= floor; i--) if (isQuantity(figures[i]!)) candidates.push(i);
    let numerator: number | null = null;
    let undone: number | null = null;
    let ownAfter = false;
    for (const i of candidates) {
      // An item of a list between semicolons has its own counts: `…完成2个，完成率200%；…2539名，完成率100.27%`.
      if (SEMICOLON.test(text.slice(figures[i]!.end, rate.numberStart))) break;
      const words = runOnLabel(figures, i) + leadIn(text, figures, i, floor);
      // (A label that is a rate's name was read past the count: `284人结案率为79.17%`.)
      const lead = words + (/率$/.test(figures[i]!.label ?? '') ? '' : (figures[i]!.label ?? ''));
      // The verb is the count's own, in its clause, before it or after it (`推动解决了大量…问题,全年交办2247件,办结率98%`:
      // 2247 were handed on; `…抓开工…,全市18个项目均已开工,开工率82%`).
      const after = text.slice(figures[i]!.end, figures[i]!.end + 8).split(/[，,；;。]/)[0]!;
      if (!verbs.test(OWN_CLAUSE.exec(words)![0] + (figures[i]!.label ?? '') + after)) continue;
      // A count whose verb comes after it (`留言有1871件得到回复,回复率达到78%`) is the rate's own, over a base the text does not
      // give: a count further back is no numerator of it.
      if (!verbs.test(lead) && verbs.test(after) && figures[i]!.sentence.start === rate.sentence.start && !CLAUSE_END.test(text.slice(figures[i]!.end, rate.numberStart))) {
        // (Unless its sentence opens by framing the whole: `60项计划新开工项目中,…等50个项目开工建设,开工率达到83.3%`.)
        const framing = candidates.find((k) => k < i && figures[k]!.sentence.start === rate.sentence.start && sameFamily(figures[k]!, figures[i]!) && figures[k]!.value >= figures[i]!.value && FRAME_END.test(text.slice(figures[k]!.numberEnd, figures[k]!.numberEnd + FRAME_END_REACH)));
        if (framing !== undefined && /^[\s“"]*$/.test(text.slice(rate.sentence.start, figures[framing]!.numberStart))) {
          out.push({ kind: 'rate', target: rate, operands: [figures[framing]!, figures[i]!], word });
          return;
        }
        ownAfter = true;
        continue;
      }
      // Nor a change (`十年增加1100余万人`).
      if (!verbs.test(lead) || destination.test(words) || writtenAsChange(text, figures[i]!)) continue;
      if (isTarget(text, figures[i]!)) continue;
      const before = beforeVerb(lead, verbs);
      // The count's own qualifier stands right before its verb (`按时结案`), not anywhere in its lead.
      if ((IN_TIME_BEFORE_VERB.exec(before)?.[1] ?? null) !== inTime) continue;
      if (PART_WAY.test(before) || AVERAGE_OF.test(before)) continue;
      // A rate of another name between that its verb names took the count (`办结31件,…,办结率81.6%,答复率100%`: all 38 were answered).
      if (figures.slice(i + 1, r).some((f) => f.kind === 'percent' && otherRateOf(text, f, word, lead))) continue;
      if (NOT_DONE.test(before)) undone ??= i;
      else if (ownAfter) return;
      else {
        numerator = i;
        break;
      }
    }
    const part = numerator ?? undone;
    if (part === null) {
      if (overPlan) return;
      // Without its own count, a rate of what was done in time has no numerator the text states.
      if (inTime) return;
      // `全市15642个项目均已办结，办结率100%`: all of a count done is its own numerator.
      const all = candidates.length > 0 ? figures[candidates[0]!]! : null;
      if (all && allDone(text, all, verbs, rate)) {
        out.push({ kind: 'rate', target: rate, operands: [all, all], word });
        return;
      }
      const pair = adjacentPair(text, figures, candidates, rate);
      // A rate of money (`计划投资完成率`) is no ratio of counts of projects.
      if (pair && MONEY_RATE.test(word) && pair.some((f) => f.kind !== 'amount')) return;
      if (pair && !isTarget(text, pair[1]) && pair.every(names)) out.push({ kind: 'rate', target: rate, operands: pair, word });
      return;
    }
    const p = figures[part]!;
    // A rate of the same name between the count and this one took it already (`办结7884件,办结率为91%。…批示率达100%,
    // 办结率达98%`): this one is of something else.
    if (sameNameBetween(part, r)) return;
    // Nor a count from a sentence before when the rate's own sentence counts what it is of (`市本级政务平台受理办件153234件,…办结量
    // 136027件。12345…平台…共受理办件量为1554512件,…办结率为99.85%`): the rate is of that count, its numerator unsaid; or what was
    // done of another kind (`…上半年已完成投资5172万元…。…已增设193个班,完成率为75.1%`): that count's rate.
    const ownCount = (f: Figure) => f.sentence.start === rate.sentence.start && isQuantity(f) && (sameFamily(f, p) || /已/.test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]));
    if (p.sentence.start < rate.sentence.start && figures.slice(part + 1, r).some(ownCount)) return;
    if (overPlan) {
      if (numerator === null) return;
      // In the numerator's own item: no colon or semicolon between (`超额完成任务的已有10项:…完成2个,完成率200%`).
      const plan = candidates.find((i) => i < part && sameFamily(figures[i]!, p) && !/[：:；;]/.test(text.slice(figures[i]!.end, p.numberStart)) && PLAN_WORDS.test(OWN_CLAUSE.exec(leadIn(text, figures, i, floor))![0]));
      // Or the paragraph before names it (`当年计划投资63.27亿元。\n…完成投资77.57亿元，投资完成率122.6%`).
      // Or, further up, a plan the text names by the same item (`市级重点工程建设项目…年度投资计划1400.3亿元`).
      const planned = plan !== undefined ? figures[plan]! : itemPlan(text, figures, planOf(text, figures, linesBack(text, lineStart(text, p.start), 1), p.start, p) ?? planNamedAlike(text, figures, p), p, verbs);
      if (planned && !oneYearOfSpan(text, planned, p) && !(planned.sentence.start !== p.sentence.start && ofOtherProjects(text, figures, planned, p))) out.push({ kind: 'rate', target: rate, operands: [planned, p], word, plan: true });
      return;
    }
    // Not from another item of an inline list (`三是…安置就业8.92万人；…七是…毕业生就业2.2万人，就业率达86%`), and
    // not a count of other things (calls, 个) past a count of the numerator's own (tickets, 件) that it does
    // not fit (`去电47176个。…转办工单11806件，在线处理办结29034件，在线办结率71.09%`).
    // What was due by the rate's verb (`应结案972件,结案911件,…按期结案737件,按期结案率75.82%`) is the base of its rates, the
    // in-time one too.
    const dueBy = new RegExp(`应(?:${verbs.source})[\\u4e00-\\u9fff]{0,2}$`);
    const due = candidates.find((i) => i < part && sameFamily(figures[i]!, p) && figures[i]!.value >= p.value && dueBy.test(OWN_CLAUSE.exec(leadIn(text, figures, i, floor))![0] + (figures[i]!.label ?? '')));
    // A count with a rate of another name right after it is that rate's numerator, and the two rates' base is unsure
    // (`出栏各类牲畜4.7万头只匹,出栏率为24.57 %,其中:出售商品畜4.13万头只,商品率为21.59 %`: both over the herd, which the text
    // does not give), unless a count right before it in its clause list can be the base of both (`…到位资金17.87亿元,核拨资金
    // 15.99亿元、核拨率91.72%,实际支付资金15.82亿元,资金支付率90.77%`: over the 17.87; `年初预算安排数为29.04亿元,1-9月执行预算
    // 32.54亿元,预算下达比例为112.06%,已拨付资金26.58亿元,拨付进度为91.54%`: over the 29.04).
    const ratedByOther = (i: number) => {
      const next = figures[i + 1];
      const other = next && next !== rate && next.kind === 'percent' && RATE_RIGHT_AFTER.test(text.slice(figures[i]!.end, next.numberStart)) ? rateWord(text, next) : null;
      return other !== null && RATE_END.test(other) && !word.endsWith(other) && !NOT_A_COUNT_RATE.test(other);
    };
    const nearest = due ?? candidates.find((i) => i < part && sameFamily(figures[i]!, p) && figures[i]!.value >= p.value);
    // `…项目243个,已启动实施项目190个,完工项目38个,…完工率为15.64%`: a count of another state in the same list is a
    // sibling of the numerator, not its base; the base is the larger count the list follows.
    const larger = (k: number, sameSentence: boolean) => candidates.find((i) => i < k && sameFamily(figures[i]!, p) && figures[i]!.value >= figures[k]!.value && (!sameSentence || figures[i]!.sentence.start === figures[k]!.sentence.start));
    // A count the text says reached another stage (`1739个子项已开工1457个、…,完工子项1248个、完工率71.8%`) is no
    // base either: the larger count before it is, and without one the rate is over a plan the text does not count
    // (`计划完工项目中，42个项目已完工，完工率23.1%` after `有158个已开工`).
    const staged = nearest !== undefined && otherStage(text, figures[nearest]!, verbs)
      ? larger(nearest, false)
      : nearest !== undefined && SIBLING_STATE.test(text.slice(figures[nearest - 1]?.end ?? 0, figures[nearest]!.numberStart))
        ? (larger(nearest, true) ?? nearest)
        : nearest;
    const sharedBase = (k: number) => {
      const before = figures[k - 1];
      return before && candidates.includes(k - 1) && sameFamily(before, p) && before.value >= p.value && !CLAUSE_END.test(text.slice(before.end, figures[k]!.numberStart)) ? k - 1 : undefined;
    };
    // (The item started may itself be past its plan, `已动工21410户,动工率达102%` of 20985: its own rate's base, not a larger count.)
    const listBase = nearest !== undefined ? listBaseOfStartedItem(text, figures, out, nearest, word) : null;
    if (listBase) {
      if (listBase.value >= p.value) out.push({ kind: 'rate', target: rate, operands: [listBase, p], word });
      return;
    }
    const den = staged !== undefined && ratedByOther(staged) ? sharedBase(staged) : staged;
    if (nearest !== undefined && den === undefined) return;
    // Nor what the item before did, between semicolons, with a rate of its own (`停车泊位建设完成8.4万个,省目标完成率105%;
    // 物业管理全覆盖完成31837个,完成率96.54%`): each item is over its own target. (A plan the item before counts is this one's
    // too: `计划实施项目20个,已开工18个,开工率90%;已竣工15个,竣工率75%`.)
    // (Nor what it counted by another verb: `井盖安全添保障排查33.36万个,整治率95%;…公租房申请进社区完成3731个,完成率99.8%`.)
    if (den !== undefined && rateOfItsOwnItem(text, figures, den, part) && !PLAN_WORDS.test(OWN_CLAUSE.exec(leadIn(text, figures, den, floor))![0] + (figures[den]!.label ?? ''))) return;
    // What is left undone is over all of it, never over another count left undone (`需跨年度办理6件,无法办理1件`).
    if (numerator === null && den !== undefined && NOT_DONE.test(beforeVerb(leadIn(text, figures, den, floor), verbs))) return;
    // Nor a count already done by the rate's own verb (`已完成综合整治1317家,…其中关停取缔类完成1103家、完成率62.0%`): that is
    // the whole of what was done, the numerator one of its parts, and the rate is over a plan the text does not give.
    // (What was done in time is a rate over what was done: `办结900件,其中按时办结850件,按时办结率94.4%`.)
    if (den !== undefined && !inTime && alreadyDone(text, figures[den]!, verbs)) return;
    // Nor a count whose own rate of this name stands between it and the numerator (`…延伸工程完工719.729公里,完工率100%;
    // …大中修完工277.76公里,完工率100%`): each item has its own base.
    if (den !== undefined && sameNameBetween(den, part)) return;
    if (den !== undefined && NEXT_INLINE_ITEM.test(text.slice(figures[den]!.end, p.start))) return;
    // Nor what another item did in the same words (`产业发展项目完成年度投资196亿元，…；民生公共服务项目完成年度投资95亿元，
    // 年度投资完成率55%`): the two leads end alike, in a phrase that holds the rate's verb.
    if (den !== undefined) {
      const ownWords = (f: Figure) => OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0];
      const denWords = ownWords(figures[den]!);
      const alike = sharedEnding(denWords, ownWords(p));
      // (Unless the base is what was due by that verb: `应结案数为956件,结案数为902件,结案率为94.35%`.)
      const wasDue = denWords.slice(0, denWords.length - alike.length).endsWith('应');
      if (alike.length >= 4 && verbs.test(alike) && !PLAN_WORDS.test(alike) && !wasDue) return;
    }
    if (den !== undefined && figures[den]!.unit !== p.unit && candidates.some((i) => i > den && i < part && figures[i]!.unit === p.unit)) return;
    // Nor, from a sentence before, a count the text gives as a share of another (`…的项目有188个，占开工在建项目数的67.6%。
    // 已竣工项目共50个，竣工率为40.7%`): a subset picked by another property is no base of this rate.
    if (den !== undefined && figures[den]!.sentence.start < p.sentence.start && SHARE_AFTER.test(text.slice(figures[den]!.end, figures[den]!.end + 3))) return;
    // `目前共摸排镇村事项127项。` … `前期摸排的事项已完成108项，办结率85%`: a total named by its verb,
    // or a plan of the same things in the paragraph before (`计划实施重点民生项目共46个` … `开工项目45个，开工率98%`).
    const total = den !== undefined ? figures[den]! : (totalNamedBy(text, figures, p.sentence.start, text.slice(p.sentence.start, p.numberStart), p) ?? itemPlan(text, figures, planBefore(text, figures, part) ?? noSmaller(planNamedAlike(text, figures, p), p), p, verbs) ?? planAfter(text, figures, r, p, verbs));
    if (!total || !names(total)) return;
    // A plan from another sentence is no base of what other projects did (`年度计划投资373.5亿元` … `在建项目75个,…完成投资112.85亿元,
    // 投资完成率49.22%`: of their own plan).
    if (total.sentence.start !== p.sentence.start && ofOtherProjects(text, figures, total, p)) return;
    if (CLOSING.test(stem) && (NEW_CASES.test(OWN_CLAUSE.exec(wordsBefore(text, total, 12))![0]) || CARRIED_OVER.test(text.slice(total.sentence.start, rate.start)))) return;
    out.push({ kind: 'rate', target: rate, operands: [total, p], word, complement: numerator === null });
  });
  return out;
}

/**
 * `385個實施類項目開工383個`: a count whose label runs on into the next count (no word between) says what that one is,
 * 383 of the 385 started: the label is the next count's lead too.
 */
function runOnLabel(figures: readonly Figure[], i: number): string {
  const [prev, f] = [figures[i - 1], figures[i]!];
  return prev?.label && prev.end === f.numberStart && prev.text.endsWith(prev.label) && sameFamily(prev, f) ? prev.label : '';
}

/**
 * Whether count `den` is of an item of `part`'s sentence before it: a semicolon stands between them, and a rate between `den`
 * and that semicolon. (A total in a sentence before is every item's: `…项目22个。…18个项目均已开工,开工率82%;已完工项目7个,完工率32%`.)
 */
function rateOfItsOwnItem(text: string, figures: readonly Figure[], den: number, part: number): boolean {
  if (figures[den]!.sentence.start !== figures[part]!.sentence.start) return false;
  const semicolon = text.slice(figures[den]!.end, figures[part]!.start).search(SEMICOLON);
  if (semicolon < 0) return false;
  const end = figures[den]!.end + semicolon;
  // (A rate of another measure in that item is no rate of its count: `簽約項目1093個,簽約金額…,到位資金2794.49億元,到位率45.59%;開工項目
  // 907個,開工率82.98%` is over the 1093 signed.)
  // (The count's own change is no rate of its item: `共收到…留言1927件,相比上月增长2.55%;已回复1907件,回复率98.96%`.)
  return figures.slice(den + 1, part).some((f, k) => f.kind === 'percent' && f.end <= end && !writtenAsChange(text, f) && sameFamily(figures[den + k]!, figures[den]!));
}

/** The words before the first of `verbs` in `lead` (all of it when none is there). */
function beforeVerb(lead: string, verbs: RegExp): string {
  const at = lead.search(verbs);
  return at < 0 ? lead : lead.slice(0, at);
}

/** Whether `f` is a rate not named `word` whose own verb the count's words `lead` carry. */
function otherRateOf(text: string, f: Figure, word: string, lead: string): boolean {
  const other = rateWord(text, f);
  const verb = other?.replace(RATE_END, '').slice(-2);
  // (Not a broader rate that this one narrows: `结案率100%,按时结案率99%`.)
  return other !== null && !word.endsWith(other) && verb !== undefined && verb.length === 2 && lead.includes(verb);
}

// The stages of a project or a case, as progress reports write them after 已 (the finders read the folded script).
const STAGE = /已(?:经)?(开工|动工|完工|竣工|建成|投产|签约)/;

// `簽約項目1093個,…;開工項目907個,開工率82.98%;建成項目401個,建成率36.69%`: a list's projects are rated stage by stage over
// the whole list, so a rate of a later stage of building is over the base of the item's rate of starting (1093), not over the
// count started. (Not 验收, which is of what was finished: `完工项目311个,…;验收项目283个,验收率91%`.)
const STARTED_RATE = /(?:开工|动工|开复工|开\(复\)工|开（复）工)率$/;
// (入住, moving in, is the last stage of building homes: `竣工16030户,竣工率达76.4%;入住14945户,入住率达71.2%`.)
const LATER_STAGE_RATE = /(?:完工|竣工|建成|投产|入住)率$/;

/**
 * The base of the rate of starting (or of an earlier stage, itself so read) that count `den`'s item gives it, when this rate
 * (`word`) is of a later stage.
 */
function listBaseOfStartedItem(text: string, figures: readonly Figure[], found: readonly Relation[], den: number, word: string): Figure | null {
  const own = figures[den + 1];
  const ownWord = own?.kind === 'percent' ? readWords(rateWord(text, own) ?? '') : '';
  if (!LATER_STAGE_RATE.test(readWords(word)) || !(STARTED_RATE.test(ownWord) || LATER_STAGE_RATE.test(ownWord))) return null;
  const started = found.find((r) => r.target === own && r.operands[1] === figures[den]);
  return started && started.operands[0] !== figures[den] ? started.operands[0]! : null;
}

/** Whether the count's own clause or the words right after it say it reached a stage the rate's verbs do not name. */
function otherStage(text: string, f: Figure, verbs: RegExp): boolean {
  const words = OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0] + (f.label ?? '') + text.slice(f.end, f.end + 6).split(/[，,、；;。]/)[0]!;
  const stage = STAGE.exec(words)?.[1];
  return stage !== undefined && !verbs.test(stage);
}

/** Whether the count's own clause says it is already done by one of `verbs` (`已完成综合整治1317家`). */
function alreadyDone(text: string, f: Figure, verbs: RegExp): boolean {
  return new RegExp(`已(?:经)?(?:${verbs.source})`).test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]);
}

// `均已办结`, `已全部完成`, `全部整改到位`: every one of the count before.
const ALL = /^[\u4e00-\u9fff]{0,4}?(?:均已经?|均|已全部|全部|都已|全都|悉数)/;

/**
 * Whether a clause between `f` and its rate says all of it was done (by one of the rate's verbs):
 * the one right after it, or a later one of its sentence (`35件信访件,进行了…集中办理,目前已全部办结,办结率100%`).
 */
function allDone(text: string, f: Figure, verbs: RegExp, rate: Figure): boolean {
  const between = text.slice(f.end, rate.numberStart);
  if (CLAUSE_END.test(between)) return false;
  const done = new RegExp(`^(?:${verbs.source})`);
  let at = f.end;
  return between.split(/[，,]/).some((clause) => {
    const all = ALL.exec(clause);
    // (`152家旅游饭店平均出租率`: the 均 of an average, whatever the figure's words took of it.)
    const average = all !== null && all[0].endsWith('均') && AVERAGE_OF.test(text.slice(Math.max(0, at - 1), at + all[0].length));
    at += clause.length + 1;
    return all !== null && !average && done.test(clause.slice(all[0].length));
  });
}

/** Without a verb to go by: exactly two counts of one kind in the rate's clause, the smaller last. */
function adjacentPair(text: string, figures: readonly Figure[], candidates: number[], rate: Figure): [Figure, Figure] | null {
  const [n, d, more] = candidates.map((i) => figures[i]!);
  // With no verb to pair them by, only counts in one measure word (`17个单位` and `81件建议` are other things).
  if (!n || !d || !sameFamily(n, d) || n.unit !== d.unit || n.value > d.value) return null;
  if (more && sameFamily(more, n) && more.sentence.start === n.sentence.start) return null;
  // Both in the rate's own clause: nothing but list punctuation between them and the rate.
  if (CLAUSE_END.test(text.slice(d.end, rate.start))) return null;
  // Nor a count in an aside on the other (`当月办结3780件(限期内291件工单至下月办结),提前率72.25%`): a part picked by what
  // the aside says, of which the rate says nothing.
  if (/[(（]/.test(text.slice(d.end, n.numberStart))) return null;
  // Not what is left undone (`按时办结回复13件,剩余2件未到办结时限`), nor a pair another rate between took already
  // (`转办工单75914件,已办结74084件,办结率98%,回访率98.9%`).
  if (NOT_DONE.test(wordsBefore(text, n, 6)) || /^[\u4e00-\u9fff]{0,2}(?:未|尚未)/.test(text.slice(n.numberEnd))) return null;
  if (figures.some((f) => f.kind === 'percent' && f.start > n.end && f.end <= rate.start)) return null;
  return [d, n];
}

/**
 * A plan from a sentence before, for a count that names its item before its verb (`廉租住房开工2164套,开工率达116.85%`): where the
 * plan lists its items after 其中 (`目标总任务为14622套,其中廉租住房1852套,公共租赁住房7900套,…`), the item of that name (1852), or
 * the plan itself when its words name the item too, else none; a plan with no items, itself. With no plan found, the item of
 * that name of a plan in the paragraph or the one before.
 */
function itemPlan(text: string, figures: readonly Figure[], plan: Figure | null, done: Figure, verbs: RegExp): Figure | null {
  if (plan?.sentence.start === done.sentence.start) return plan;
  const clause = OWN_CLAUSE.exec(wordsBefore(text, done, 16))![0];
  const verbAt = clause.search(verbs);
  const item = verbAt > 0 ? clause.slice(0, verbAt).replace(/^[\s(（]*(?:其中)?[，,：:]?/, '') : '';
  if (item.length < 2) return plan;
  const namedIn = (items: readonly Figure[]) => items.find((f) => OWN_CLAUSE.exec(wordsBefore(text, f, 16))![0].replace(/^其中/, '').endsWith(item));
  if (!plan) {
    const plans = figuresWithNumberIn(figures, linesBack(text, lineStart(text, done.start), 1), done.sentence.start).filter((f) => sameFamily(f, done) && PLAN_WORDS.test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]));
    return plans.map((f) => namedIn(itemsOf(text, figures, f))).find((f) => f !== undefined) ?? null;
  }
  const items = itemsOf(text, figures, plan);
  if (items.length < 2) return plan;
  // (A count that names what the plan names is of the whole: `我市各类保障性安居工程开工建设16170套`.)
  return namedIn(items) ?? (commonRun(item, text.slice(plan.sentence.start, plan.numberStart)) >= WHOLE_NAME_RUN ? plan : null);
}
const WHOLE_NAME_RUN = 4;

/** The items a count lists after 其中 in its sentence, each of its kind (none when it lists fewer than two). */
function itemsOf(text: string, figures: readonly Figure[], whole: Figure): Figure[] {
  const items = [];
  for (let k = indexOf(figures, whole) + 1; k < figures.length && figures[k]!.sentence.start === whole.sentence.start && sameFamily(figures[k]!, whole); k++) items.push(figures[k]!);
  return items.length >= 2 && text.slice(whole.end, items[0]!.numberStart).includes('其中') ? items : [];
}

// Years spanned (`2010—2011年`, `两年`), or one year (`2011年`).
const YEAR_SPAN = /(?:19|20)[0-9]{2}\s*[—–\-~～至到]\s*(?:(?:19|20)?[0-9]{2})年|[两三四五]年/;
const ONE_YEAR = /(?:19|20)[0-9]{2}年/;

/** Whether `plan` is of one year (`2011年…任务为20985户`) and `done` of years spanned (`综合2010—2011年…,两年开工数为45087户`). */
function oneYearOfSpan(text: string, plan: Figure, done: Figure): boolean {
  const planWords = OWN_CLAUSE.exec(wordsBefore(text, plan, 24))![0];
  return YEAR_SPAN.test(text.slice(done.sentence.start, done.numberStart)) && ONE_YEAR.test(planWords) && !YEAR_SPAN.test(planWords);
}

/** A rate of 100 % at most is over a base no smaller than its numerator. */
const noSmaller = (base: Figure | null, numerator: Figure): Figure | null => (base && base.value >= numerator.value ? base : null);

/**
 * A plan written after the rate, in the next sentence (`…已开工22.2113万套,开工率53.95%。` then `今年全省…开工目标任务为41.1711万套。`): the
 * first count of the numerator's kind there whose own clause calls it a plan of the rate's verb, when it is no smaller.
 */
function planAfter(text: string, figures: readonly Figure[], r: number, done: Figure, verbs: RegExp): Figure | null {
  const rate = figures[r]!;
  let k = r + 1;
  while (k < figures.length && figures[k]!.sentence.start === rate.sentence.start) k++;
  const next = figures[k];
  if (!next || text.slice(rate.end, next.sentence.start).split(/[。！？]/).length > 2) return null;
  while (k < figures.length && figures[k]!.sentence.start === next.sentence.start && !(sameFamily(figures[k]!, done) && figures[k]!.unit === done.unit)) k++;
  const plan = figures[k]?.sentence.start === next.sentence.start ? figures[k]! : undefined;
  const words = plan ? OWN_CLAUSE.exec(wordsBefore(text, plan, 16))![0] : '';
  return plan && PLAN_WORDS.test(words) && verbs.test(words) ? noSmaller(plan, done) : null;
}

/** The plan of what `figures[i]` counts, in its paragraph or the one before, when it is no smaller. */
function planBefore(text: string, figures: readonly Figure[], i: number): Figure | null {
  const done = figures[i]!;
  return noSmaller(planOf(text, figures, linesBack(text, lineStart(text, done.start), 1), done.start, done), done);
}
