// What was done against what was received or planned, in one clause list:
// `分包信访案件659起、化解614起` → resolved ≤ received. (A stated 完成率 against its counts is
// rate-vs-counts.)
import type { CheckResult, Figure } from '../../types';
import type { Check, CheckContext } from '../context';
import { pageEvidence } from '../evidence';
import { formatValue, valueInterval } from '../quantity';
import { CARRIED_OVER, FINDING, PLAN_WORDS, commonRun, isKindCount, sameFamily } from '../../relations/text';
import { writtenAsChange } from '../../relations/changes';
import { readWords } from '../../reading';

// Verbs that report the done part of a planned or received amount.
// 了结 and 审结 close cases opened (立案40件,了结39件).
// `各地上报办结2513件`: the places that report it may stand before the verb, and the period it was done in (`本周化解45件`).
const DONE = /^(?:现|目前|现在|本周|本月|当月|本期)?(?:各地|各[县市区]|各部门|各单位)?(?:上报)?(?:已经?|均|共|累计|并)?(化解|办结|完成|解决|处置|办理回复|办复|回复|销号|结案|了结|审结|已办|办理|整改|完工|竣工|建成|开复工|开工)/;
// Between the two figures: list punctuation, then the done verb and at most a short object. (After a semicolon
// comes another division of the whole: `经查属实93件，不属实16件；已办结55件，正在办理54件`.)
const JOINER = /^[，,、]\s*/;
// What came in over a period (`全年受理…`, `立案298件`, a court's `新收案件18538件` or `收案110.1万件`): what was closed
// in it may include what came in before (`结案308件`, `办结146件(部分为12月19日之前受理)`), so more closed than came
// in is no contradiction.
const INTAKE = /(?:受理|立案|收到|接到|接收|登记|新收|收案)[^，,、；;。]{0,12}$/;
// Between two items of a list: a separator and the next item's name, no verb of doing.
const LIST_ITEM = /^[，,、]\s*[^，,。；;！？\n0-9０-９已]{1,12}$/;
const BARE_VERB = /^[，,、]\s*(?:已经?|共)?[\u4e00-\u9fff]{1,3}$/;
// A count its own words say is already done (`已完成建设工程1处`).
const ALREADY_DONE = /已经?(?:完成|建成|办结|竣工|完工|开工|解决|整改)/;
// A state not reached yet: awaiting, under way, not (yet) done.
const PENDING_STATE = /^\s*(?:待|正在|未|尚未|暂未|仍在)/;
// The batches of a project drive besides 开工 (三个一批: 签约一批, 开工一批, 投产一批).
const BATCH = /签约|投产/;
// `57件信访案件中56件已办结`: the total's things, 中, then the done count with its verb after it.
const AMONG = /^[“”"\u4e00-\u9fff]{0,14}中[，,]?$/;
const DONE_AFTER = /^(?:已经?|均已|已全部)(化解|办结|完成|解决|处置|办复|回复|销号|结案|整改|完工|竣工|建成|开工)/;
const PLAN_AFTER = /^(?:年度?|全年)?(?:计划|目标|任务)/;
const FILLER = /^(?:了|的|共|累计|达|均|问题|事项)+/;
const DONE_AFTER_CLAUSE = /^([\u4e00-\u9fff]{0,6}?)(?:已经?|均已|已全部|已基本|基本|全部)(完工|完成|建成|竣工|办结)/;

/** What a figure counts when it names it after its unit (`10个社区老年日间照料中心`), else ''. */
function thingsAfter(ctx: CheckContext, f: Figure): string {
  const after = ctx.text.slice(f.numberEnd, f.end).trimStart();
  return f.unit && after.startsWith(f.unit) ? after.slice(f.unit.length).replace(/中$/, '') : '';
}

/** Whether the object's head, all but a modifier of two characters at most, ends the total's words
 * (`具体意见建议` after `群众意见建议`; not `企业诉求` after `群众诉求`). */
function sameEnding(lead: string, object: string): boolean {
  const head = object.slice(Math.min(2, object.length - 3));
  return head.length >= 3 && lead.endsWith(head);
}

function leadIn(ctx: CheckContext, f: Figure, previous: Figure | undefined): string {
  const from = Math.max(f.sentence.start, previous ? previous.end : 0, f.numberStart - 30);
  return readWords(ctx.text.slice(from, f.numberStart));
}

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  ctx.figures.forEach((_, at) => {
    const before = results.length;
    pairAt(ctx, at, results);
    const named = results.length === before ? totalNamingItsThings(ctx, at) : null;
    if (named) results.push(named);
  });
  return results;
}

function pairAt(ctx: CheckContext, at: number, results: CheckResult[]): void {
  const done = ctx.figures[at]!;
  // A count of kinds between (`587件，涵盖…五个方面，已完成548件`) says how the total splits.
  // So does a threshold that says which of the things are counted (`240个…5000万元以上项目中`).
  let i = at;
  const threshold = (f: Figure) => f.qualifier === 'more_than' && f.text.endsWith('以上');
  while (i > 0 && (isKindCount(ctx.figures[i - 1]!) || threshold(ctx.figures[i - 1]!))) i--;
  const planned = ctx.figures[i - 1];
  // Counts, and measures (`计划新建1万亩…，现已建成9120亩`); not amounts.
  if (!planned || (done.kind !== 'count' && done.kind !== 'measure')) return;
  // `完成4600人年计划的61.78%`: a count that names a plan after its unit is that plan, whatever verb stands before it.
  if (PLAN_AFTER.test(readWords(ctx.text.slice(done.numberEnd + (done.unit?.length ?? 0), done.numberEnd + 12)))) return;
  if (planned.sentence.start !== done.sentence.start) {
    const earlier = plannedBefore(ctx, at);
    if (earlier) results.push(result(ctx, earlier.planned, done, earlier.verb));
    // A plan may be exceeded (`安置就业困难人员6100人` … `累计完成…6415人`): over-fulfilled, not wrong.
    const item = earlier ? null : itemOfProgressLine(ctx, at);
    const found = item && result(ctx, item.planned, done, item.verb);
    if (found?.verdict === 'consistent') results.push(found);
    return;
  }
  if (planned.kind !== done.kind || !sameFamily(planned, done)) return;
  // The last item of a list of its kind, then a bare verb (`…,网站受理155件,海南省平台转办件95件,办结43475件`): what is done is
  // of the list's whole, not of that item (unlike `…1.2万条,收集群众意见建议1.5万条,已整改具体意见建议1.3万条`, which names its things).
  const before = ctx.figures[i - 2];
  const bareVerb = BARE_VERB.test(readWords(ctx.text.slice(planned.end, done.numberStart)));
  if (bareVerb && before && before.sentence.start === planned.sentence.start && sameFamily(before, planned) && LIST_ITEM.test(readWords(ctx.text.slice(before.end, planned.numberStart)))) return;
  // Words before a figure's number may be part of its text (`化解614起`): read up to the number.
  const gap = readWords(ctx.text.slice(ctx.figures[at - 1]!.end, done.numberStart));
  // `开展25个老旧小区改造…项目,6个小区基本完工`: the done count in the next clause, its verb after it, counting
  // things the total's words name.
  const verbAfter = /^[\u4e00-\u9fff“”"]{0,12}[，,]\s*$/.test(gap) ? DONE_AFTER_CLAUSE.exec(readWords(ctx.text.slice(done.numberEnd + (done.unit?.length ?? 0), done.end + 8))) : null;
  if (verbAfter && verbAfter[1]!.length >= 2) {
    if (leadIn(ctx, planned, ctx.figures[i - 2]).concat(thingsAfter(ctx, planned)).includes(verbAfter[1]!)) results.push(result(ctx, planned, done, verbAfter[2]!));
    return;
  }
  // Both name what they count, and not the same things (`…、10个社区老年日间照料中心，完成224个社区老年活动场所
  // 条件改善`): the done count is of something else.
  const [plannedThings, doneThings] = [thingsAfter(ctx, planned), thingsAfter(ctx, done)];
  if (plannedThings.length >= 2 && doneThings.length >= 2 && plannedThings.slice(-2) !== doneThings.slice(-2)) return;
  const among = AMONG.test(readWords(ctx.text.slice(planned.numberEnd, done.numberStart)));
  const doneAfter = among ? DONE_AFTER.exec(readWords(ctx.text.slice(done.end, done.end + 8))) : null;
  if (doneAfter) {
    results.push(result(ctx, planned, done, doneAfter[1]!));
    return;
  }
  const joiner = JOINER.exec(gap);
  // `20个建制村农村环境综合整治项目已完工15个`: what the total counts may stand before 已, and frame
  // it (`…项目中，已开复工228个`).
  // So may the close of the total's aside and a 其中 (`(含19个子项目),其中,已完成子项目7个`).
  const opened = gap.replace(/^[)）][，,]?其中[，,]?/, '');
  if (!joiner && !/^[\u4e00-\u9fff“”"]{0,12}(?:中[，,])?已/.test(opened)) return;
  const afterJoiner = (opened === gap ? gap.slice(joiner?.[0].length ?? 0) : opened).replace(/^[“”"\u4e00-\u9fff]{0,12}?(?:中[，,])?(?=已)/, '');
  const verb = DONE.exec(afterJoiner);
  if (!verb) return;
  // The done part must speak of the same things: no new object, or one named before the total.
  const written = afterJoiner.slice(verb[0].length);
  const object = written.replace(FILLER, '');
  // …and in another measure word, not even a word of filler (`转办建议8931条，解决问题12066个`: problems, not suggestions).
  if (object === '' && written !== '' && planned.unit !== done.unit && !leadIn(ctx, planned, ctx.figures[i - 2]).includes(written)) return;
  // A verb its clause ends after is the count's before it (`1件已办结,2件正在办理`).
  if (/[，,、；;]/.test(object)) return;
  // …or the same things by their last words (`群众意见建议1.5万条，已整改具体意见建议1.3万条`), or those the
  // total names after its unit (`19个子项目…已完成子项目7个`).
  const plannedLead = leadIn(ctx, planned, ctx.figures[i - 2]);
  if (object && !plannedLead.includes(object) && !sameEnding(plannedLead, object) && !thingsAfter(ctx, planned).endsWith(object)) return;
  // A planned figure that is itself a done figure (化解…、化解…, `已完成建设工程1处，开工建设3处`) is a list of results,
  // not a pair.
  // So is a batch of a drive (`签约重大项目54个,投产重大项目154个,开工重大项目245个`: 三个一批, other projects each), and
  // a finding (`交办…2536件信访件,其中属实2190件,不属实328件,已办结2518件`).
  if (DONE.test(plannedLead.replace(/^[，,、；;]\s*/, '')) || ALREADY_DONE.test(plannedLead) || BATCH.test(plannedLead) || FINDING.test(plannedLead)) return;
  // So is a count in a state still to come (`553个全部开工、待验收117个、完工419个`): a sibling of the done count; a
  // change (`受理…7710件,比上年减少949件,结案7320件`), which is no count of things; and what was carried over
  // (`受理各类案件12821件…,旧存3191件,办结12892件`), which adds to what came in.
  if (PENDING_STATE.test(plannedLead.split(/[，,、；;]/).at(-1)!) || writtenAsChange(ctx.text, planned) || CARRIED_OVER.test(plannedLead)) return;
  // Values side by side (`分别受理案件15202件、10421件，结案11494件、9640件`) pair by position: the k-th done of the k-th.
  const plannedRun = sideBySide(ctx, i - 1, -1);
  if (plannedRun.length > 1) {
    const doneRun = sideBySide(ctx, at, 1);
    if (doneRun.length === plannedRun.length) plannedRun.reverse().forEach((p, k) => results.push(result(ctx, p, doneRun[k]!, verb[1]!)));
    return;
  }
  const found = result(ctx, planned, done, verb[1]!);
  // A length or an area built may exceed its plan (`300公里…安保工程，现已完成344公里`): over-fulfilled, not wrong; so may a
  // count its clause calls a plan (`计划今年开辟8条校车线,到目前已完成开辟12条`).
  if (found.verdict !== 'inconsistent' || (done.kind === 'count' && !PLAN_WORDS.test(plannedLead))) results.push(found);
}

// `由各区负责推进的市重点项目172个,前三季度投入资金319.6亿元,占年度计划的83.9%,目前已开(复)工项目152个`: a clause of a stage
// of building reached to date by things it names (项目) reports on the one count of its paragraph before it that names them,
// though other figures stand between.
const DONE_CLAUSE = /(?:^|[，,；;])[\s“"]*(?:目前|截至[^，,。；;]{0,12}|至今|现)[，,]?(?:已经?|实际|累计|共)*(开复工|开\(复\)工|开（复）工|开工|竣工|完工|建成|投产)(?:建设)?([\u4e00-\u9fff]{2,8})$/;
const BUILDING_STAGE = /[开開]|竣工|完工|建成|投产|投產/;

function totalNamingItsThings(ctx: CheckContext, at: number): CheckResult | null {
  const done = ctx.figures[at]!;
  if (done.kind !== 'count') return null;
  const from = Math.max(done.sentence.start, done.numberStart - 40);
  // (Most counts have no stage of building before them: those cost one look.)
  if (!BUILDING_STAGE.test(ctx.text.slice(from, done.numberStart))) return null;
  const clause = DONE_CLAUSE.exec(readWords(ctx.text.slice(from, done.numberStart)));
  if (!clause) return null;
  const clauseStart = from + clause.index;
  const [, verb, things] = clause;
  const paragraphStart = ctx.text.lastIndexOf('\n', done.numberStart - 1) + 1;
  const lead = (f: Figure) => readWords(ctx.text.slice(Math.max(f.sentence.start, f.numberStart - 30), f.numberStart));
  const naming = ctx.figures.filter((f) => f.start >= paragraphStart && f.end <= clauseStart && f.kind === 'count' && sameFamily(f, done) && f.unit === done.unit && (lead(f).endsWith(things!) || thingsAfter(ctx, f).endsWith(things!)));
  // (Two such counts, a total and its part or two totals, leave it unsure which one the clause reports on.)
  if (naming.length !== 1) return null;
  const planned = naming[0]!;
  const plannedLead = lead(planned);
  const lastClause = plannedLead.split(/[，,、；;]/).at(-1)!;
  if (DONE.test(lastClause) || ALREADY_DONE.test(plannedLead) || BATCH.test(plannedLead) || FINDING.test(plannedLead) || PENDING_STATE.test(lastClause)) return null;
  const found = result(ctx, planned, done, verb!);
  // A plan may be exceeded: more done than planned is no error then.
  return found.verdict !== 'inconsistent' || !PLAN_WORDS.test(plannedLead) ? found : null;
}

/** The figures joined by 、 to figure `at`, going `step` (−1 back, 1 on) from it, itself first. */
function sideBySide(ctx: CheckContext, at: number, step: -1 | 1): Figure[] {
  const run = [ctx.figures[at]!];
  for (let k = at + step; k >= 0 && k < ctx.figures.length; k += step) {
    const [a, b] = step < 0 ? [ctx.figures[k]!, run.at(-1)!] : [run.at(-1)!, ctx.figures[k]!];
    if (!sameFamily(a, b) || a.unit !== b.unit || !/^\s*、\s*$/.test(ctx.text.slice(a.end, b.numberStart))) break;
    run.push(ctx.figures[k]!);
  }
  return run;
}

function result(ctx: CheckContext, planned: Figure, done: Figure, verb: string): CheckResult {
  const nt = (f: Figure) => ctx.text.slice(f.numberStart, f.numberEnd);
  const exceeds = valueInterval(done, nt(done)).lo > valueInterval(planned, nt(planned)).hi;
  const evidence = [pageEvidence(ctx.text, ctx.meta, planned), pageEvidence(ctx.text, ctx.meta, done)];
  // `全年开工建设…青年人才公寓2.5万套，其中已开工建设25600套，…超额完成年度目标`: a plan the sentence says was exceeded.
  if (exceeds && /超额完成|超額完成/.test(ctx.text.slice(done.sentence.start, done.sentence.end))) {
    return {
      check: 'done-vs-planned',
      figureId: done.id,
      verdict: 'consistent',
      confidence: 0.8,
      evidence,
      message_zh: `${done.text}多于${planned.text}：文中说明超额完成。`,
      message_en: `More done than planned (${formatValue(done.value)} > ${formatValue(planned.value)}): the text says the plan was exceeded.`,
    };
  }
  if (exceeds && INTAKE.test(readWords(ctx.text.slice(Math.max(planned.sentence.start, planned.numberStart - 16), planned.numberStart)))) {
    return {
      check: 'done-vs-planned',
      figureId: done.id,
      verdict: 'unknown',
      confidence: 0.5,
      evidence,
      message_zh: `${done.text}（${verb}）多于${planned.text}：同期${verb}的可能包含此前受理的，不能断定有误。`,
      message_en: `More closed than came in (${formatValue(done.value)} > ${formatValue(planned.value)}): what was closed in the period may include what came in before, so this is no sure error.`,
    };
  }
  return {
    check: 'done-vs-planned',
    figureId: done.id,
    verdict: exceeds ? 'inconsistent' : 'consistent',
    confidence: exceeds ? 0.7 : 0.85,
    evidence,
    message_zh: exceeds ? `完成数超过总数：${done.text}（${verb}）多于${planned.text}。` : `完成数未超过总数：${done.text}（${verb}）≤ ${planned.text}。`,
    message_en: exceeds
      ? `More done than received or planned: ${formatValue(done.value)} > ${formatValue(planned.value)}.`
      : `Done does not exceed received or planned: ${formatValue(done.value)} ≤ ${formatValue(planned.value)}.`,
  };
}

// `年初安排8项，计划完成投资23.7亿元。目前已开复工7项，完成投资17.6亿元`: a sentence that opens with what is
// done reports on the one count of its kind that the sentence before planned (安排, 计划 …).
const DONE_OPENING = /^[\s“"]*(?:目前|截至[^，,。]{0,12}[，,]?|至今|现)?[，,]?已(?:经)?(化解|办结|完成|解决|开复工|开工|竣工|建成|整改|销号)$/;
const PLANNED = /(?:安排|计划|任务|目标|部署|确定|梳理|排查|受理|收到)[\u4e00-\u9fff]{0,6}$/;

function plannedBefore(ctx: CheckContext, at: number): { planned: Figure; verb: string } | null {
  const done = ctx.figures[at]!;
  const previous = ctx.figures[at - 1]!;
  const verb = DONE_OPENING.exec(readWords(ctx.text.slice(done.sentence.start, done.numberStart)))?.[1];
  if (!verb || ctx.text.slice(previous.sentence.end, done.sentence.start).includes('\n')) return null;
  const same = ctx.figures.filter((f) => f.sentence.start === previous.sentence.start && f.kind === 'count' && sameFamily(f, done));
  if (same.length !== 1) return null;
  const planned = same[0]!;
  return PLANNED.test(readWords(ctx.text.slice(Math.max(planned.sentence.start, planned.numberStart - 10), planned.numberStart))) ? { planned, verb } : null;
}

// `5.实施普通公路危桥改造40座。(责任单位:…)` then the line `推进情况:目前已完成普通公路危桥改造15座`: a progress line
// reports on the one count of its kind that the item line before it plans.
const PROGRESS_LINE = /^[\s“"]*(?:推进|进展|完成|实施)(?:情况|进度)[：:]\s*(?:目前|截至[^，,。]{0,12}[，,]?|至今|现)?[，,]?(?:已(?:经)?|累计|共)*(化解|办结|完成|解决|开复工|开工|竣工|建成|整改|销号|安置|改造)([^，,。；;：:0-9０-９]{0,24})$/;
const ITEM_LINE = /^\s*(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])/;

function itemOfProgressLine(ctx: CheckContext, at: number): { planned: Figure; verb: string } | null {
  const done = ctx.figures[at]!;
  const lineStart = ctx.text.lastIndexOf('\n', done.numberStart - 1) + 1;
  const progress = PROGRESS_LINE.exec(readWords(ctx.text.slice(lineStart, done.numberStart)));
  if (!progress || lineStart === 0) return null;
  const itemStart = ctx.text.lastIndexOf('\n', lineStart - 2) + 1;
  const item = readWords(ctx.text.slice(itemStart, lineStart));
  // What the progress names before its number, the item names too (`普通公路危桥改造`).
  const object = progress[2]!.replace(FILLER, '');
  if (!ITEM_LINE.test(item) || (object !== '' && !item.includes(object.slice(-4)))) return null;
  const same = ctx.figures.filter((f) => f.numberStart >= itemStart && f.numberEnd < lineStart && f.kind === done.kind && sameFamily(f, done));
  return same.length === 1 ? { planned: same[0]!, verb: progress[1]! } : null;
}

// `涉疫訴求30.68萬件…涉及來疆離疆7.33萬件,政策諮詢6.85萬件,…` then `共解決羣眾涉疫訴求25.81萬件,其中,來疆離疆訴求4.11萬件;政策諮詢
// 訴求6.07萬件;…`: a later breakdown of what was done, category by category, of an earlier complete breakdown of what came in
// (closed by 其他, or otherwise said to be whole: a category an open list leaves out may hide where a done one belongs). Each done
// category pairs with the one earlier category whose name it shares the longest run with (of two characters at least, and no
// tie); most of its categories must pair, else the two lists classify differently.
const DONE_TOTAL = /(?:已经?|共|累计)?(化解|办结|完成|解决|处置|办复|整改|销号)[^，,、；;。0-9]{0,12}$/;
const MIN_PAIRED_SHARE = 0.6;

function parallelBreakdowns(ctx: CheckContext): CheckResult[] {
  const lists = ctx.relations().filter((r) => r.kind === 'parts' && r.operands.length >= 2);
  const lead = (f: Figure) => readWords(ctx.text.slice(Math.max(f.sentence.start, f.numberStart - 16), f.numberStart));
  const results: CheckResult[] = [];
  for (const done of lists) {
    const verb = DONE_TOTAL.exec(lead(done.target))?.[1];
    if (!verb) continue;
    for (const came of lists) {
      if (!came.closed || came.target.end > done.target.start || came.target.unit !== done.target.unit || !sameFamily(came.target, done.target) || DONE_TOTAL.test(lead(came.target))) continue;
      const pairs: [Figure, Figure][] = [];
      for (const q of done.operands) {
        const runs = came.operands.map((p) => commonRun(p.label ?? '', q.label ?? ''));
        const best = Math.max(...runs);
        if (best >= 2 && runs.filter((n) => n === best).length === 1) pairs.push([came.operands[runs.indexOf(best)]!, q]);
      }
      if (pairs.length < Math.max(2, MIN_PAIRED_SHARE * done.operands.length)) continue;
      results.push(result(ctx, came.target, done.target, verb), ...pairs.map(([p, q]) => result(ctx, p, q, verb)));
      break;
    }
  }
  return results;
}

export const doneVsPlanned: Check = {
  id: 'done-vs-planned',
  description: 'What was resolved or completed must not exceed what was received or planned.',
  run: (ctx) => [...run(ctx), ...parallelBreakdowns(ctx)],
};
