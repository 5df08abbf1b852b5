// A share of a total: `…471个问题进行整改，已整改销号问题453个，占整改问题总数的96.18%`, lists of
// shares (`分别占比a%、b%`, `分别占全市的a%和b%`) and done against plan (`完成年度计划的214.8%`). The
// part is the count just before the share; the total is the earlier count the `占…的` phrase names
// or, unnamed, the one the text presents as a total (共, 受理 … or before a 其中), up to a few lines
// above. Shares of a total the text does not give are no relation.
import { markerOf } from '../article-model';
import { charClass, RANGE_SEPARATORS } from '../numbers/chars';
import { figuresWithNumberIn } from '../compare/sentences';
import type { Figure } from '../types';
import { CHANGE, rateAfter, writtenAsChange } from './changes';
import { judge } from './judge';
import { ofOtherProjects } from './projects';
import type { Relation } from './relation';
import { readWords } from '../reading';
import { foldSynonyms, sharedEnding, DIMENSION_OPENING, isTakenOn, inEarlierItem, TOPIC_OPENING, CLAUSE_END, OWN_CLAUSE, clauseStart, commonRun, lacksQualifier, DONE_WORDS, doneNotWholeOf, halfLastDigit, indexOf, isAdditive, ofAnEarlierPeriod, isQuantity, lineStart, linesAhead, linesBack, PLAN_WORDS, planOf, sameFamily, SUM_WORDS, TOTAL_LEAD, TOTAL_PREFIX, wordsBefore, isKindCount, WHOLE_FRAME } from './text';

// What stands before a share's number, within its clause and after any number before it (an aside
// in brackets may follow 比重:
// `占常住人口的比重(常住人口城镇化率)为41.59%`).
const SHARE_LEAD = /(?:占(?!有|地(?!区)|用|领|比)([^，,。；;！？\n0-9０-９%占]{0,20}?)的?(?:比重|比例|份额)?|占比(?:率|例|重)?|所占比重|比重)(?:[(（][^()（）]{0,16}[)）])?(?:为|达到|达|约|是|超过|超|逾|近|接近|不到|不足)?\s*$/;
// A 占…的 phrase with the total's number in it (`占应完工145个项目的75%`).
const INLINE_LEAD = /占(?!有|地(?!区)|用|领)[^，,。；;！？\n%占]{1,20}?的$/;
// `分别占比a%、b%`, `分别占全市的a%和b%` (each part's share of its own total, named).
const RESPECTIVELY_LEAD = /分别占(?:比|([^，,。；;！？\n]{1,12}?)的)?(?:为|达)?$/;
// `完成年度计划的214.8%`, `…513亿元，为年计划的105.9%`, `累计解决了2585个…，占总计划的99.2%`: the done count
// against its plan, which may exceed 100 %. The plan may
// stand in the phrase itself: `完成全年80亿目标任务的125.64%`, `完成…目标任务的(83253万元)的495.69%`.
// …or right after its name: `完成市下达年度任务25亿元的94.48%`.
const PLAN_LEAD = /(?:完成(?:了)?|[，,]为|占)[^，,。；;！？\n]{0,10}?(?:计划|計劃|目标|目標|任务|任務)(?:数|投资|投資)?(?:[0-9][0-9.,]*\s*(?:万亿|亿|万|萬)?[元个项件]?)?的?(?:[(（][^()（）]{1,16}[)）]的?)?$/;
// `年度计划投资104.3亿元,…累计完成投资31.14亿元,累计完成投资比例29.86%`: the amount done against its plan, the
// ratio named by what was done.
const DONE_RATIO = /(?:完成投资|投资完成|完成投資|投資完成)(?:比例|比率)(?:为|為|达|達)?$/;
// `分别完成年度目标(A、B)的a%、b%`: each done count of the sentence against its plan in the brackets.
const RESPECTIVE_PLANS = /分别(?:完成|达到|为)[^，,。；;！？\n(（]{0,12}(?:计划|目标|任务)[(（][^()（）]{1,60}[)）]的$/;
// A count the words after it call a target (`…改造20公里的节点目标`) is no done count.
const NAMED_TARGET = /^的?[\u4e00-\u9fff]{0,4}(?:目标|计划|任务)/;
// `占案件数的22%`, `占案件总数的78%`: the number of cases names no kind of case, only that they are counted.
const TOTAL_WORDS = /案件(?:总)?数|件数|总数|总量|总额|总计|总和|全部|总(?![值产])|的/g;
// A share's total may stand a few lines above it (a heading, then one category per line).
const LINES_BACK = 20;
// How much of a paragraph's opening may name its topic.
const TOPIC_WINDOW = 40;

// A 其中 list has begun in the sentence before a figure.
const AMONG_LIST = /(?:^|[，,；;：:。])[\s“"]*其中/;
const EVERY_AMONG_LIST = new RegExp(AMONG_LIST.source, 'g');
/** 其中 opening a sentence. */
const AMONG_SENTENCE = /[。！？!?\n][\s“"]*其中/;

interface Found {
  part: Figure;
  named: string | null;
}

// `分别占29.46%(4518/15338),2.93%(450/15338)`: a share followed by the fraction it is, in numbers the text does not count as
// figures: its part and whole are those, not counts before it.
const WRITTEN_FRACTION = /^\s*[(（［[]\s*[0-9][0-9.]*\s*\/\s*[0-9][0-9.]*\s*[)）］\]]/;

export function findShares(text: string, all: readonly Figure[]): Relation[] {
  // A count of kinds is neither part nor whole of a share (`…(2601件)三方面,占供热诉求总量的92.2%`): it says how a list splits.
  const figures = all.filter((f) => !isKindCount(f));
  const out: Relation[] = [];
  const orphans: Orphan[] = [];
  const unnamed: Unnamed[] = [];
  const partless: Figure[] = [];
  let lastTotal: { total: Figure; line: number } | null = null;
  for (let s = 0; s < figures.length; s++) {
    const share = figures[s]!;
    if (share.kind !== 'percent' || WRITTEN_FRACTION.test(text.slice(share.end, share.end + 30))) continue;
    const from = Math.max(lineStart(text, share.numberStart), share.numberStart - 30);
    const before = text.slice(from, share.numberStart);
    // `累计完成…锅炉118台、…管网改造23.4公里，…分别完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%、58.5%`.
    const longFrom = Math.max(lineStart(text, share.numberStart), share.numberStart - 80);
    const respectivePlans = RESPECTIVE_PLANS.exec(text.slice(longFrom, share.numberStart));
    if (respectivePlans) {
      const found = doneOfPlans(text, figures, s, longFrom + respectivePlans.index, longFrom + respectivePlans.index + respectivePlans[0].search(/[(（]/));
      out.push(...found);
      if (found.length > 0) s += found.length - 1;
      continue;
    }
    const planLead = PLAN_LEAD.exec(before) ?? DONE_RATIO.exec(before);
    if (planLead) {
      // A share of the plan of a whole place (`年度投資計劃716.9億元,占全省固定資產投資計劃的11.1%`, `任务6.1万亩…,占全区总任务12.2%`,
      // `占省計劃目標任務的63.5%`) is no completion of a plan: it is named as any other share. A part's own plan (`佔年度計劃的27.6%`)
      // stays unread when it is not written.
      const ofWholePlace = /占(?:全[省市县区州国]|[省市县区州](?=计划|目标|任务|下达))/.test(readWords(planLead[0]));
      const operands = ofWholePlace ? null : planAndDone(text, figures, s, from + planLead.index);
      if (operands) out.push({ kind: 'share', target: share, operands, word: '完成计划', plan: true });
      if (!ofWholePlace) continue;
    }
    // `15个农村幸福院建设已完成8个(53%)`: the share in brackets right after a done count, of the
    // task its clause counts.
    const bracketed = /[(（]$/.test(before) ? bracketedDone(text, figures, s) : null;
    if (bracketed) {
      out.push({ kind: 'share', target: share, operands: bracketed, word: '完成比例' });
      continue;
    }
    const lead = SHARE_LEAD.exec(before);
    // `完工109个，占应完工145个项目的75%`: a total written inside the 占…的 phrase, the part before it.
    const inlineLead = INLINE_LEAD.exec(before);
    const inline = inlineLead ? inlineTotal(text, figures, s, from + inlineLead.index) : null;
    if (inline) {
      out.push({ kind: 'share', target: share, operands: inline, word: '占比' });
      continue;
    }
    const respectively = RESPECTIVELY_LEAD.exec(before);
    if (!lead && !respectively) continue;
    const shares = respectively ? percentsAfter(text, figures, s) : [s];
    // A name of one character (`占比` read as 占 + 比) names nothing.
    const written = (respectively ? respectively[1] : lead?.[1])?.replace(TOTAL_WORDS, '') ?? '';
    const named = written.length >= 2 ? written : null;
    const subject = lead && !respectively ? subjectOf(text, figures, s, from + lead.index) : null;
    let parts = respectively
      ? partsBefore(text, figures, share, shares.length)
      : subject
        ? subjectPart(text, figures, s, subject)
        : (partJustBefore(text, figures, s) ?? namedPartBefore(text, figures, s, named));
    if (!parts || parts.length !== shares.length) {
      if (!named && !respectively) partless.push(share);
      continue;
    }
    // `交通能源环保类783件、城乡建设类579件、政法类562件，占工单总量的77%`: the list's share, together.
    let listed = !respectively && !subject && parts[0] === figures[s - 1] ? listEndingAt(text, figures, s - 1) : null;
    // …unless the list is an aside on the count before it (`共收到建议1219件(大会建议1204件、闭会建议15件),占建议总数的95.6%`):
    // then the share is that count's.
    const aside = listed && countBeforeAside(text, figures, listed);
    if (aside) [parts, listed] = [[aside], null];
    const line = lineStart(text, share.start);
    const totals: (Figure | null)[] = [];
    const joinedWholes: (Figure[] | null)[] = [];
    parts.forEach((part, k) => {
      // Parts of one kind share a total; `成交535套/53555.03㎡，分别占全市的…` has one per kind.
      const same = totals.find((t, j) => t && sameFamily(parts[j]!, part));
      if (same) return totals.push(same);
      // Unnamed shares in a row share their total (`…453个，占…的96.18%；…18个，占3.82%`).
      // Until a new total is presented (`承担58项省定项目…占46.5%。承担49项市定项目，…有18项，占36.7%`).
      const chained = !named && lastTotal && lastTotal.line === line && sameFamily(lastTotal.total, part) && !presentedBetween(text, figures, lastTotal.total, part) ? lastTotal.total : null;
      const framed = !respectively ? frameTotal(text, figures, part, named) : null;
      const joined = !named && !respectively ? joinedWhole(text, figures, part) : null;
      joinedWholes.push(joined);
      const total = joined?.[0] ?? framed ?? chained ?? totalFor(text, figures, { part, named }) ?? (named || respectively ? null : statesHead(text, figures, part));
      // A whole no larger than its part is another count, unless the share says all of it
      // (`共6件，占35%` is no share of an earlier `建议6件`).
      // (Unless its sentence says the part is among it: `审结213人,…其中,决定起诉245人,占审结数的96.8%` is the text's own error.)
      totals.push(total && (joined || total.value > part.value || (total.value === part.value && figures[shares[k]!]!.value >= 100) || amongOf(text, total, part)) ? total : null);
    });
    if (totals.some((t) => t === null)) {
      if (!respectively) orphans.push({ share: s, part: parts[0]!, named, line });
      continue;
    }
    const first = totals[0]!;
    if (!isPart(text, figures, indexOf(figures, first))) lastTotal = { total: first, line };
    if (listed) {
      out.push({ kind: 'share', target: share, operands: [first, ...listed], word: '占比', summed: true });
      continue;
    }
    shares.forEach((i, k) => {
      const joined = joinedWholes[k];
      const relation: Relation = joined
        ? { kind: 'share', target: figures[i]!, operands: [joined[0]!, parts[k]!, ...joined.slice(1)], word: '占比', wholeSum: true }
        : { kind: 'share', target: figures[i]!, operands: [totals[k]!, parts[k]!], word: '占比' };
      out.push(relation);
      if (!named && !respectively) unnamed.push({ relation, line });
    });
    s = shares[shares.length - 1]!;
  }
  const unsure = refitSeries(text, figures, unnamed, partless);
  for (const r of splitItemLines(text, unnamed)) unsure.add(r);
  const siblings = orphans.map((o) => namedLikeItsSiblings(figures, o, unnamed));
  return [...out.filter((r) => !unsure.has(r)), ...siblings.filter((r): r is Relation => r !== null), ...seriesShares(text, figures, orphans.filter((_, k) => !siblings[k]))];
}

/**
 * `其中,基层法院收案271 997件,占全省法院收案总数的84.7%;中级法院收案43 891件,占13.7%;…`: the first share of a row names the
 * whole in words no figure carries; the shares after it, of parts of the same name in its sentence, leave it unsaid and were
 * paired with a written whole: the named one is of that whole too.
 */
function namedLikeItsSiblings(figures: readonly Figure[], orphan: Orphan, unnamed: readonly Unnamed[]): Relation | null {
  const { part, named, share } = orphan;
  if (!named || !part.label) return null;
  const next = unnamed.find(({ relation: r, line }) => line === orphan.line && r.operands[1]!.start > part.end && r.operands[1]!.sentence.start === part.sentence.start && r.operands[1]!.label === part.label);
  const whole = next?.relation.operands[0];
  return whole && whole.end <= part.start && whole.value > part.value && sameFamily(whole, part) ? { kind: 'share', target: figures[share]!, operands: [whole, part], word: '占比' } : null;
}

// A line that is one item of a breakdown: it opens with a kind and its count, then the count's share (`政务服务类5235件,占比20.3%。`).
const ITEM_LINE = /^[\s“"]*[\u4e00-\u9fff]{1,10}类[0-9]/;
const MIN_ITEM_LINES = 3;

/**
 * `政务服务类5235件,占比20.3%。…` `城市管理类4524件,占比17.5%。…` `公共服务类2391件,占比9.3%。…`: lines one after another, each one
 * item and its unnamed share, are one breakdown and share one whole. Paired with different totals (the nearest count above
 * each), they are paired wrongly: undecided.
 */
function splitItemLines(text: string, unnamed: readonly Unnamed[]): Relation[] {
  const out: Relation[] = [];
  const byLine = new Map<number, Unnamed[]>();
  for (const u of unnamed) byLine.set(u.line, [...(byLine.get(u.line) ?? []), u]);
  let run: Relation[] = [];
  let previousLine = -1;
  const flush = () => {
    if (run.length >= MIN_ITEM_LINES && new Set(run.map((r) => r.operands[0])).size > 1) out.push(...run);
    run = [];
  };
  for (const [line, shares] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const item = shares.length === 1 && ITEM_LINE.test(text.slice(line, shares[0]!.relation.operands[1]!.numberEnd));
    if (!item || (run.length > 0 && lineStart(text, line - 1) !== previousLine)) flush();
    if (item) run.push(shares[0]!.relation);
    previousLine = line;
  }
  flush();
  return out;
}

/** Whether the part's sentence puts it among `whole`: 其中 stands between them. */
function amongOf(text: string, whole: Figure, part: Figure): boolean {
  return whole.sentence.start === part.sentence.start && whole.end <= part.numberStart && text.slice(whole.end, part.numberStart).includes('其中');
}

/** Whether a count of the part's kind that the text presents as a total stands between `total` and `part`. */
function presentedBetween(text: string, figures: readonly Figure[], total: Figure, part: Figure): boolean {
  for (let i = indexOf(figures, total) + 1; i < figures.length && figures[i] !== part; i++) {
    const f = figures[i]!;
    if (isAdditive(f) && sameFamily(f, part) && f.value >= part.value && TOTAL_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 12), f.numberStart))) return true;
  }
  return false;
}

/**
 * `城镇人口12.4万人，乡村人口15.8万人，城镇人口占常住人口比重为43.97%`: the words before 占 name the
 * part, when they are words and not just the count before them.
 */
function subjectOf(text: string, figures: readonly Figure[], s: number, leadAt: number): string | null {
  const zhan = text.indexOf('占', leadAt);
  const previous = figures[s - 1];
  const from = Math.max(figures[s]!.sentence.start, previous ? previous.end : 0);
  // (A 占 past the share is the next one's.)
  if (zhan < from || zhan > figures[s]!.numberStart) return null;
  // `其次，大武口区办理诉求占比21.30%`: the clause that holds 占; when 占 opens its clause, what the
  // sentence opens with (`市级部门为诉求办理的主要部门，占比46.30%`).
  const raw = text.slice(from, zhan);
  // (Past a colon that introduces it: `从三次产业结构来看:第一产业增加值占生产总值的比重为20.6%`.)
  const clause = raw.replace(/^[^]*[，,：:]/, '').replace(/^[\s、；;]+/, '');
  const words = clause || (from === figures[s]!.sentence.start ? raw.replace(/[，,]\s*$/, '') : '');
  return /^[\u4e00-\u9fff]{2,16}$/.test(words) ? words : null;
}

/** The nearest count before the share, in its sentence, whose words (up to its number) the subject ends. */
function subjectPart(text: string, figures: readonly Figure[], s: number, subject: string): Figure[] | null {
  const share = figures[s]!;
  for (let i = s - 1; i >= 0 && figures[i]!.sentence.start === share.sentence.start; i--) {
    const f = figures[i]!;
    const words = text.slice(Math.max(f.sentence.start, figures[i - 1]?.end ?? 0), f.numberStart);
    if (isAdditive(f) && words.endsWith(subject)) return [f];
    // `202名村党组织书记中，大专及以上学历的占48.2%`: the sentence frames its own whole, and the part is not counted.
    if (WHOLE_BY_ZHONG.test(text.slice(f.numberEnd + (f.unit?.length ?? 0), share.numberStart))) return null;
  }
  return earlierNamed(text, figures, s, subject);
}

const LIST_OPENING = /^[\s“"]*(?:其中|其次|另外|此外)[，,：:]?/;
// How many characters a subject must open with, as an earlier count's words do, to name it.
const NAMED_PREFIX = 3;

/**
 * `大武口区收到网民诉求62件，…。` then `其次，大武口区办理诉求占比21.30%`: the one count in the line
 * above or in the sentences before whose words open as the subject does (a place, a body).
 */
function earlierNamed(text: string, figures: readonly Figure[], s: number, subject: string): Figure[] | null {
  const share = figures[s]!;
  const floor = linesBack(text, lineStart(text, share.start), 1);
  const head = subject.slice(0, NAMED_PREFIX);
  const found = figuresWithNumberIn(figures, floor, share.sentence.start).filter((f, k, list) => {
    // (Past a word that opens a list: `其中第一產業增加值完成125964萬元` for `第一產業增加值占…`.)
    const words = text.slice(Math.max(f.sentence.start, list[k - 1]?.end ?? 0), f.numberStart).replace(/^[^]*[，,、；;：:]/, '').replace(LIST_OPENING, '');
    // (And it names what the subject ends with: `地方一般公共预算收入税收占比` is of tax, not of `地方一般公共预算收入完成21.8亿元`.)
    return isAdditive(f) && subject.length > NAMED_PREFIX && words.startsWith(head) && (words + (f.label ?? '')).includes(subject.slice(-2));
  });
  return found.length === 1 ? found : null;
}

// `立案提案中，委员提案446件，占76.63%`: a paragraph that opens by naming a whole (`…中，`) takes its
// unnamed shares of that whole, the nearest count above whose name the frame begins or ends with. A section's
// numbered heading may run into it (`四、性别构成全市常住人口中,男性人口为568426人,占54.34%`).
function frameTotal(text: string, figures: readonly Figure[], part: Figure, named: string | null): Figure | null {
  const line = lineStart(text, part.start);
  // The frame opens the paragraph or the part's own sentence (`…积极建言献策。在拟立案提案中,委员…提出提案557件,占68.26%`).
  const byLine = WHOLE_FRAME.exec(text.slice(line, part.start));
  const m = byLine ?? WHOLE_FRAME.exec(text.slice(part.sentence.start, part.start));
  // Above the frame: its paragraph's lines above, or, for a frame that opens a sentence, the sentences before it too.
  const above = byLine ? line : part.sentence.start;
  // (`在立案的提案中,`: 在 opens the frame, not the whole's name.)
  const frame = (m?.[1] ?? m?.[2])?.replace(/^在/, '');
  // A share that names its whole takes the frame's when the frame names it too (`全省常住人口中,…人口为3552.8万人,占总人口的55.81%`).
  if (!frame || (named && !frame.includes(named))) return null;
  const floor = linesBack(text, line, LINES_BACK);
  // The nearest count whose name matches the frame, or a farther one that matches it with more of its words (`全省常住人口`
  // names the frame `全省常住人口中` better than the urban population's `人口` just above).
  let best: { f: Figure; length: number } | null = null;
  for (let i = indexOf(figures, part) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    const name = (f.label ?? '').replace(TOTAL_PREFIX, '');
    if (f.start >= above || !isAdditive(f) || !sameFamily(f, part) || f.value < part.value || name.length < 2) continue;
    // (Past a heading, the frame's end names the whole: `性别构成全市常住人口` ends as `人口分布全市常住人口` does.)
    // (A name that adds a kind to the frame's, `城镇常住人口` for `常住人口中`, counts a part of the whole; one that adds its place,
    // `全县常住人口`, the whole.)
    const whole = frame.startsWith(name) || frame.endsWith(name) || (name.endsWith(frame) && WHOLE_PLACE_PREFIX.test(name.slice(0, -frame.length)));
    if ((whole || (m![1] && sharedEnding(frame, name).length >= 4)) && (!best || name.length > best.length)) best = { f, length: name.length };
  }
  return best?.f ?? null;
}

const WHOLE_PLACE_PREFIX = /^(?:年末)?(?:[全本该][国省市县区州盟旗]?)?$/;

/** An unnamed share and the start of its line. */
interface Unnamed {
  relation: Relation;
  line: number;
}

/**
 * Unnamed shares in a row of three or more share their total; when the total the text seemed to
 * present (`各鄉鎮共947件`) fits fewer than all but one of them and exactly one other earlier count
 * (`全市共受理…967件`) fits all or all but one, that count is their total.
 */
function refitSeries(text: string, figures: readonly Figure[], unnamed: readonly Unnamed[], partless: readonly Figure[]): Set<Relation> {
  const unsure = new Set<Relation>();
  const groups = new Map<string, Relation[]>();
  for (const { relation, line } of unnamed) {
    const key = `${line}|${relation.operands[0]!.id}`;
    groups.set(key, [...(groups.get(key) ?? []), relation]);
  }
  for (const series of groups.values()) {
    if (series.length < MIN_SERIES || opensItsParts(text, figures, series[0]!.operands[0]!, series[0]!.operands[1]!)) continue;
    const fits = (total: Figure) => series.filter((r) => judge(text, { ...r, operands: [total, r.operands[1]!] })?.verdict === 'consistent').length;
    if (fits(series[0]!.operands[0]!) >= series.length - 1) continue;
    const parts = series.map((r) => r.operands[1]!);
    const better = fittingTotal(text, figures, parts, fits, series.length - 1);
    if (better) for (const r of series) r.operands[0] = better;
    else if (ofTheirSum(text, series) && !nearlyIts(series[0]!.operands[0]!, parts)) {
      // `县处级8件，占比1.35%；乡科级92件，占比15.57%；乡科级以下491件，占比83.08%` under a total of 708: every
      // share is its part over the parts' sum (591), so the writer's whole is the parts, not the total.
      ofListed(series);
    } else {
      // `违反政治纪律行为6件，占2%；…违反生活纪律行为22件，占6%；涉法行为117件，占30%`: the first six shares make 100 %
      // and are each of their parts' sum; the one after them is of no whole the text gives: unsure.
      const whole = hundredPrefix(text, series);
      if (whole > 0 && whole < series.length && ofTheirSum(text, series.slice(0, whole))) {
        ofListed(series.slice(0, whole));
        for (const r of series.slice(whole)) unsure.add(r);
      } else if ((parts.reduce((n, p) => n + p.value, 0) > series[0]!.operands[0]!.value && series.reduce((n, r) => n + r.target.value, 0) <= 100) || gapIn(series, partless)) {
        // `反映乡科级干部18件，占32%；反映一般干部9件，占16%；…` under `…举报20件`: parts that outgrow a total while
        // their shares stay under 100 % are not of that total: unsure. So is a series with a share between
        // whose part was not read (`反映村级干部20(次)，占35%`): the whole may be the parts' sum, unknown.
        for (const r of series) unsure.add(r);
      }
    }
  }
  return unsure;
}

// `市民工单3656件，…。其中：投诉类2954件，占比率达80.80%；…`: a total whose own sentence or the next opens
// the list of the shares' parts with 其中 is the whole the text gives them; shares that do not fit it
// are wrong, not of some other total.
// Only the total's own change may stand between (`3656件，较上期相比减少41件，环比下降1.11%。其中：`).
export function opensItsParts(text: string, figures: readonly Figure[], total: Figure, first: Figure): boolean {
  const between = text.slice(total.end, first.numberStart);
  const ownChange = (f: Figure) => f.kind === 'percent' || CHANGE.test(text.slice(Math.max(total.end, f.numberStart - 4), f.numberStart));
  return between.length <= 80 && !/\n/.test(between.trim()) && figuresWithNumberIn(figures, total.end, first.start).every(ownChange) && /(?:^|[，,。；;])\s*其中[：:，,]?[^，,。；;！？\n]*$/.test(between);
}

const gapIn = (series: readonly Relation[], partless: readonly Figure[]) => partless.some((f) => f.start > series[0]!.target.start && f.start < series.at(-1)!.target.start);

/** Makes each share of the series one of its part over the series' parts together. */
function ofListed(series: readonly Relation[]): void {
  const parts = series.map((r) => r.operands[1]!);
  for (const r of series) {
    const part = r.operands[1]!;
    r.operands = [part, ...parts.filter((p) => p !== part)];
    r.ofListed = true;
  }
}

/** How many shares from the series' start make 100 % at their written precision (three at least), or 0. */
function hundredPrefix(text: string, series: readonly Relation[]): number {
  let [sum, slack] = [0, 0];
  for (let k = 0; k < series.length; k++) {
    const share = series[k]!.target;
    sum += share.value;
    slack += halfLastDigit(text, share);
    if (k >= MIN_SERIES - 1 && Math.abs(sum - 100) <= slack + 1e-9) return k + 1;
  }
  return 0;
}

// Parts a few items short of the total the text presents (`…提案591件。至今,这591件提案均已办结…` then four outcomes making 588,
// each share of the 588) are that total's, miscounted: a whole of their own would leave out more than a slip of counting.
const NEARLY = 0.02;

function nearlyIts(total: Figure, parts: readonly Figure[]): boolean {
  const gap = total.value - parts.reduce((n, p) => n + p.value, 0);
  return gap > 0 && gap < total.value * NEARLY;
}

/**
 * Whether every share of a series is exactly its part over the parts' sum, and no part is a
 * residual bucket (`其他96件`), which would say the list is the whole of the total the text gives.
 */
function ofTheirSum(text: string, series: readonly Relation[]): boolean {
  const parts = series.map((r) => r.operands[1]!);
  if (new Set(parts).size !== parts.length || parts.some((p) => /其他|其它|其余/.test(p.label ?? '') || /其他|其它|其余/.test(text.slice(Math.max(p.sentence.start, p.numberStart - 6), p.numberStart)))) return false;
  return series.every((r) => judge(text, { ...r, operands: [r.operands[1]!, ...parts.filter((p) => p !== r.operands[1])], ofListed: true })?.verdict === 'consistent');
}

/**
 * The earlier count (of the parts' kind, at least their sum) that `fits` most often, at least
 * `needed` times; two counts of different values that fit as often leave it undecided.
 */
function fittingTotal(text: string, figures: readonly Figure[], parts: readonly Figure[], fits: (total: Figure) => number, needed: number): Figure | null {
  const first = parts[0]!;
  if (!parts.every((p) => sameFamily(p, first))) return null;
  const sum = parts.reduce((n, p) => n + p.value, 0);
  const floor = linesBack(text, lineStart(text, first.start), LINES_BACK);
  let fit: Figure | null = null;
  let best = needed - 1;
  let tie = false;
  for (let i = indexOf(figures, first) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (!isAdditive(f) || !sameFamily(f, first) || f.value < sum || isPart(text, figures, i)) continue;
    if (parts.some((p) => doneNotWholeOf(text, f, p))) continue;
    const n = fits(f);
    if (n > best) [fit, best, tie] = [f, n, false];
    else if (n === best && fit && fit.value !== f.value) tie = true;
  }
  return tie ? null : fit;
}

interface Orphan {
  share: number;
  part: Figure;
  named: string | null;
  line: number;
}

// A series of shares of one total the text does not name as a figure (`农林畜牧水利1590件，占诉求量的
// 14.23%；社会保障1485件，占诉求量的13.29%；…`): the total is the one earlier count that all of them,
// or all but one, fit. With three or more shares, a count that fits by chance is out of reach, and
// the one that does not fit is the error.
const MIN_SERIES = 3;

function seriesShares(text: string, figures: readonly Figure[], orphans: readonly Orphan[]): Relation[] {
  const out: Relation[] = [];
  for (let a = 0; a < orphans.length; ) {
    let b = a + 1;
    while (b < orphans.length && orphans[b]!.line === orphans[a]!.line && orphans[b]!.named === orphans[a]!.named) b++;
    const series = orphans.slice(a, b);
    a = b;
    if (series.length < MIN_SERIES) continue;
    const relations = (total: Figure) => series.map((o): Relation => ({ kind: 'share', target: figures[o.share]!, operands: [total, o.part], word: '占比' }));
    const fits = (total: Figure) => relations(total).filter((r) => judge(text, r)?.verdict === 'consistent').length;
    const fit = fittingTotal(text, figures, series.map((o) => o.part), fits, series.length - 1);
    if (fit) out.push(...relations(fit));
    else out.push(...sharesOfTheirSum(text, figures, series));
  }
  return out;
}

/**
 * `第一种形态处理29人，占85.29%；第二种形态处理4人，占11.76%；第三种形态处理1人，占2.94%`: shares of a whole the
 * text does not write that add up to 100 % (at their written precision) are each part over the parts' sum;
 * so are shares of which all but one are exactly that (then the one that is not is the error).
 */
function sharesOfTheirSum(text: string, figures: readonly Figure[], series: readonly Orphan[]): Relation[] {
  const parts = series.map((o) => o.part);
  const shares = series.map((o) => figures[o.share]!);
  if (new Set(parts).size !== parts.length || !parts.every((p) => isAdditive(p) && sameFamily(p, parts[0]!)) || shares.some((f) => f.qualifier !== null)) return [];
  const relations = series.map((o, k): Relation => ({ kind: 'share', target: shares[k]!, operands: [o.part, ...parts.filter((p) => p !== o.part)], word: '占比', ofListed: true }));
  const sum = shares.reduce((n, f) => n + f.value, 0);
  const slack = shares.reduce((n, f) => n + halfLastDigit(text, f), 0);
  if (Math.abs(sum - 100) <= slack + 1e-9) return relations;
  return relations.filter((r) => judge(text, r)?.verdict === 'consistent').length >= relations.length - 1 ? relations : [];
}

// The change a stock is written with, right after it (`城镇常住人口18.65万人，增加0.37万人，占…的比重为41.59%`).
const OWN_CHANGE = /^[，,\s]*(?:比上年末?|比去年|较上年末?|同比)?(?:增加|减少|新增|净增|增长|下降)了?\s*$/;

// `…中有27项完成进度超过60%，占全部项目的69.2%`: a threshold in per cent qualifies the count before it.
const THRESHOLD_BEFORE = /(?:超过|超|高于|达到|不低于|低于|不足)$/;

// `分解落实的20个民生工程项目已开工18个，开工率90%，完工5个，占25%`: an unnamed share of a count that says its
// state is of the count its sentence's list of states follows.
const STATE = /已|开工|完工|竣工|建成|办结|完成|解决|整改|销号/;
const STATES_FOLLOW = /^[，,]?\s*(?:其中)?[，,]?\s*已/;

function statesHead(text: string, figures: readonly Figure[], part: Figure): Figure | null {
  if (!STATE.test(OWN_CLAUSE.exec(wordsBefore(text, part, 8))![0])) return null;
  const same = figures.filter((f) => f.sentence.start === part.sentence.start && f.start < part.start && isAdditive(f) && sameFamily(f, part));
  const head = same.find((f, k) => same[k + 1] && STATES_FOLLOW.test(text.slice(f.end, same[k + 1]!.numberStart)));
  return head && head.value >= part.value ? head : null;
}

// A share that names what it is of (`占生产总值的比重为`), not a bare `占比`.
const NAMES_ITS_WHOLE = /占[^，,。；;0-9]{2,}的/;

/** The count right before a share, in its clause: `已整改销号问题453个，占…`. */
function partJustBefore(text: string, figures: readonly Figure[], s: number): Figure[] | null {
  const included = inclusionOwner(text, figures, s - 1);
  const previous = asideOwner(text, figures, s - 1) ?? included ?? figures[s - 1];
  const threshold = previous?.kind === 'percent' && THRESHOLD_BEFORE.test(wordsBefore(text, previous, 4));
  const last = threshold && figures[s - 2] && !/[，,；;。]/.test(text.slice(figures[s - 2]!.end, previous.numberStart)) ? figures[s - 2] : previous;
  const stock = figures[s - 2];
  // A share after a stock and its change is the stock's, and so is one after a stock and its growth (`第一产业增加值45902万元,
  // 增长6.0%,占生产总值的比重为16.35%`), unless that stock is itself a change (`比上年增加1.06萬所,增长…`).
  const ownChange = stock && stock.sentence.start === last?.sentence.start && ((sameFamily(stock, last) && OWN_CHANGE.test(text.slice(stock.end, last.numberStart))) || (!threshold && rateAfter(text, stock, last) !== null && !writtenAsChange(text, stock) && NAMES_ITS_WHOLE.test(text.slice(last.end, figures[s]!.numberStart))));
  const part = last && ownChange ? stock : last;
  if (!part || !last || !isAdditive(part)) return null;
  // `121个问题中，…的占70%`: the count is the whole the share is taken of, and the part is unstated.
  if (/中$/.test(part.text) || /^\s*(?:当)?中/.test(text.slice(part.end))) return null;
  const between = text.slice(included ? figures[s - 1]!.end : last.end, figures[s]!.numberStart);
  if (CLAUSE_END.test(between) || (between.match(/[，,]/g)?.length ?? 0) > 1) return null;
  // `34个子项已完成…，包括公办幼儿园在园幼儿占比达到45%`: a clause that names its own subject before
  // 占 shares that subject, not the count before it; so does an aside (`三类1条(四类及以上水体占比56%)`).
  const clause = /(?:[，,]|[(（](?=[^)）]*$))([^，,(（]*?)(?:占(?!有|地(?!区)|用|领)|所占|比重)[^，,]*$/.exec(between)?.[1];
  if (clause !== undefined && /[\u4e00-\u9fff]{2}/.test(clause)) return null;
  return [part];
}

/**
 * `委员个人和联名提案38件(联名提案10件),占84.44%`: a count in brackets that close right before the share is an aside on
 * the count the brackets follow, which the share is of.
 */
function asideOwner(text: string, figures: readonly Figure[], i: number): Figure | null {
  const [owner, aside] = [figures[i - 1], figures[i]];
  if (!owner || !aside || !isAdditive(owner) || !sameFamily(owner, aside) || owner.sentence.start !== aside.sentence.start) return null;
  return /^[(（][^()（）]*$/.test(text.slice(owner.end, aside.numberStart)) && /^[)）]/.test(text.slice(aside.end)) ? owner : null;
}

/**
 * `內資到位1414.1億元包括省外境內1079億元,省內335.1億元,占91.8%`: counts that 包括 opens right after a count, without brackets,
 * are an aside on it as bracketed ones are, and a share right after them is of that count. The owner, or null.
 */
function inclusionOwner(text: string, figures: readonly Figure[], i: number): Figure | null {
  const last = figures[i];
  for (let k = i - 1; last && k >= 0 && k >= i - MAX_INCLUDED; k--) {
    const [f, next] = [figures[k]!, figures[k + 1]!];
    if (f.sentence.start !== last.sentence.start || !isAdditive(f) || !sameFamily(f, last)) return null;
    // (The figure's words may run past 包括: `1414.1億元包括省外境內` is read as one.)
    if (/^[^，,、。；;：:0-9０-９]{0,3}包括/.test(text.slice(f.numberEnd, next.numberStart))) return f;
    const gap = text.slice(f.end, next.numberStart);
    if (!/^[，,、][^，,、。；;：:！？\n0-9０-９]*$/.test(gap)) return null;
  }
  return null;
}
const MAX_INCLUDED = 4;

/**
 * The counts of a list joined by 、 (or 和, 及) that ends with figure `i`, in its clause, when it has
 * two or more: then a share after the list is theirs together.
 */
function listEndingAt(text: string, figures: readonly Figure[], i: number): Figure[] | null {
  const list = [figures[i]!];
  for (let k = i - 1; k >= 0; k--) {
    const f = figures[k]!;
    const next = list[0]!;
    if (f.sentence.start !== next.sentence.start || !isAdditive(f) || !sameFamily(f, next)) break;
    if (!JOINED.test(text.slice(f.end, next.numberStart))) break;
    list.unshift(f);
  }
  return list.length >= 2 ? list : null;
}

// Counts joined into one list: 、, 和 or 及 and the next count's name, nothing else (each count may
// stand in brackets after its name: `供热温度不达标(14186件)、未按时供热(11075件)`).
const JOINED = /^[)）]?[、和及][^，,。；;：:！？\n0-9０-９]*$/;

/**
 * `共承办人大代表建议49件、政协委员提案66件。其中,已解决或正在解决的74件,占64.25%；…8件,占6.95%`: an unnamed
 * share after a 其中 that follows counts joined into one list, whose own list holds more than any of those
 * counts alone, is of them together (74 + 33 + 8 = 115 = 49 + 66). The joined counts, in order; null when
 * the share follows no such list.
 */
function joinedWhole(text: string, figures: readonly Figure[], part: Figure): Figure[] | null {
  const line = lineStart(text, part.start);
  const among = [...text.slice(line, part.numberStart).matchAll(EVERY_AMONG_LIST)].at(-1);
  if (!among) return null;
  const amongAt = line + among.index;
  // The counts joined right before the 其中, nothing between; the 其中 list runs to its sentence's end.
  let k = indexOf(figures, part);
  while (k >= 0 && figures[k]!.end > amongAt) k--;
  const last = figures[k];
  if (!last || !isAdditive(last) || !sameFamily(last, part) || /[0-9]/.test(text.slice(last.end, amongAt))) return null;
  const run = [last];
  for (let i = k - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (f.sentence.start !== last.sentence.start || !isAdditive(f) || !sameFamily(f, last) || !JOINED.test(text.slice(f.end, run[0]!.numberStart))) break;
    run.unshift(f);
  }
  if (run.length < 2) return null;
  const sentenceEnd = text.slice(amongAt + among[0].length).search(/[。\n]/);
  const end = sentenceEnd < 0 ? text.length : amongAt + among[0].length + sentenceEnd;
  const listed = figures.filter((f) => f.start > amongAt && f.start < end && isAdditive(f) && sameFamily(f, part));
  const sum = listed.reduce((n, f) => n + f.value, 0);
  const whole = run.reduce((n, f) => n + f.value, 0);
  return sum > Math.max(...run.map((f) => f.value)) && sum <= whole ? run : null;
}

/** The count of what `gathered` took on, right after it in its sentence (isTakenOn), when a 其中 follows that count. */
function acceptedOf(text: string, gathered: Figure, afterIt: Figure | null): Figure | null {
  if (!afterIt || afterIt.sentence.start !== gathered.sentence.start || afterIt.start <= gathered.end || afterIt.value >= gathered.value) return null;
  return isTakenOn(text, afterIt) ? afterIt : null;
}

/** The count right before a list that stands in brackets after it, in its family (`1219件(大会建议1204件、闭会建议15件)`). */
function countBeforeAside(text: string, figures: readonly Figure[], list: readonly Figure[]): Figure | null {
  const before = figures[indexOf(figures, list[0]!) - 1];
  if (!before || !sameFamily(before, list[0]!) || !/^\s*[(（][^()（）]*$/.test(text.slice(before.end, list[0]!.numberStart))) return null;
  return /^\s*[)）]/.test(text.slice(list.at(-1)!.end)) ? before : null;
}

/**
 * The count a share names past the rates between them, in its clause list: `到位资金为412678万元，
 * 完成…的165.07%，…，占总到位资金的41.06%` is a share of 到位资金, so the part is the 到位资金.
 */
function namedPartBefore(text: string, figures: readonly Figure[], s: number, named: string | null): Figure[] | null {
  if (!named || named.length < 2 || figures[s - 1]?.kind !== 'percent') return null;
  const share = figures[s]!;
  for (let i = s - 1; i >= 0 && figures[i]!.sentence.start === share.sentence.start; i--) {
    const f = figures[i]!;
    if (CLAUSE_END.test(text.slice(f.end, share.numberStart))) return null;
    if (isAdditive(f) && commonRun(named, f.label ?? '') >= 2) return [f];
  }
  return null;
}

/**
 * A completion against a plan: [plan, done]. A plan in the phrase itself (`完成全年80亿目标任务的`)
 * is measured by the nearest count before it in the clause list, whose unit a bare plan shares;
 * otherwise the done count stands just before the phrase and its plan is found above.
 */
function planAndDone(text: string, figures: readonly Figure[], s: number, leadStart: number): [Figure, Figure] | null {
  const inline = figures[s - 1];
  if (inline && inline.start >= leadStart && isQuantity(inline)) {
    for (let i = s - 2; i >= 0 && !CLAUSE_END.test(text.slice(figures[i]!.end, inline.start)); i--) {
      const done = figures[i]!;
      if (done.kind === 'percent') continue;
      const bare = inline.kind === 'count' && inline.unit === null;
      return isAdditive(done) && (sameFamily(done, inline) || bare) ? [inline, done] : null;
    }
    return null;
  }
  const part = partJustBefore(text, figures, s)?.[0] ?? doneBefore(text, figures, s);
  const lead = text.slice(leadStart, figures[s]!.numberStart);
  const plan = part && (planFor(text, figures, part) ?? planNamedBefore(text, figures, part, lead) ?? planNamedAfter(text, figures, part, lead));
  // A plan from another sentence is another item's when the done amount exceeds it, where the text says it falls
  // short, by half again (`160个重点项目…完成投资115.6亿元，占年度计划投资的73.7%` … `16个项目…年度计划投资9.2亿元`: 1256 %),
  // or falls short of it where the text says it exceeds it (`…项目完成投资26.1亿元，完成年度计划261%` against the
  // province's `年度计划投资624亿元` above: 4.2 %); so is one written after the done amount when the share it gives is
  // off by a factor of three or more (`海口完成投资额173亿元，完成投资比例114%`, then `年度计划投资624亿元`: 27.7 %).
  const [computed, stated] = [plan ? (100 * part!.value) / plan.value : 0, figures[s]!.value];
  const overshoots = (computed > 100 && stated <= 100 && computed > 1.5 * stated) || (stated > 100 && computed <= 100 && stated > 1.5 * computed);
  const later = plan !== null && plan.start > part!.end && (computed > 3 * stated || stated > 3 * computed);
  if (plan && plan.sentence.start !== part!.sentence.start && (overshoots || later)) return null;
  if (part && plan && plan.sentence.start !== part.sentence.start && ofOtherProjects(text, figures, plan, part)) return null;
  // A plan whose own sentence says what was done against it (`…年度计划投资470.12亿元,实际完成投资435.98亿元`) is that amount's plan,
  // not the plan of another amount done further on (`百项重点项目完成投资236.41亿元,完成年度计划的85.62%`: their own plan).
  if (part && plan && plan.sentence.start !== part.sentence.start && doneBeside(text, figures, plan, part)) return null;
  // An item of a breakdown is over its own plan, which the text does not give, not the whole's above it (`分階段看,收尾項目完成投資
  // 235.57億元、佔年度計劃的27.6%,續建項目…`).
  if (part && plan && plan.start < part.sentence.start && DIMENSION_OPENING.test(text.slice(part.sentence.start, part.numberStart))) return null;
  // An amount its words call done is no plan (`1月至5月完成投资509億元…1月至5月累計完成投資509億元、占年度計劃的34.6%`: the plan is not written).
  if (plan && DONE_WORDS.test(plan.label ?? '') && !PLAN_WORDS.test(plan.label ?? '')) return null;
  // Items the text says are under way are no count of the task done: the share is how far each got (`其他5项也在全面推进中,完成年度任务
  // 70%以上`).
  if (part?.kind === 'count' && UNDER_WAY.test(text.slice(part.end, figures[s]!.numberStart))) return null;
  // A plan for part of the year (`完成1-4月投资计划的132.1%`) is no plan the text names for the whole year (`全年计划完成投资98.5亿元`).
  if (plan && PART_OF_YEAR.test(lead) && WHOLE_YEAR.test(wordsBefore(text, plan, 10) + (plan.label ?? ''))) return null;
  return part && plan ? [plan, part] : null;
}

const PART_OF_YEAR = new RegExp(`[0-9０-９一二三四五六七八九十]+\\s*${charClass(RANGE_SEPARATORS)}\\s*[0-9０-９一二三四五六七八九十]+月|[一二三四1-4]季度|上半年|前[0-9０-９一二三四五六七八九十]+个?月`);
const WHOLE_YEAR = /全年|年度|年计划/;

const UNDER_WAY = /推进中|正在|在建|实施中|建设中/;

/** An amount done, other than `part`, right after `plan` in its sentence. */
function doneBeside(text: string, figures: readonly Figure[], plan: Figure, part: Figure): boolean {
  const next = figures[indexOf(figures, plan) + 1];
  return !!next && next !== part && next.value !== part.value && next.sentence.start === plan.sentence.start && isQuantity(next) && sameFamily(next, plan) && DONE_WORDS.test(OWN_CLAUSE.exec(wordsBefore(text, next, 12))![0]);
}

// A count of projects (`县重点建设项目43宗`, `124个新建项目`, `安排335项`).

// `累计完成投资25.8亿元，同比增长8.86%，预计完成年度任务的103.2%`: the amount done in the sentence, past
// its own change.
function doneBefore(text: string, figures: readonly Figure[], s: number): Figure | null {
  for (let i = s - 1; i >= 0 && figures[i]!.sentence.start === figures[s]!.sentence.start; i--) {
    const f = figures[i]!;
    // (Past its change, and past its share of another plan: `完成投资21.01亿元,完成1-4月投资计划的132.1%,完成年度投资计划的21.3%`.)
    if (f.kind === 'percent' && (writtenAsChange(text, f) || PLAN_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 30), f.numberStart)))) continue;
    return isAdditive(f) && /完成/.test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]) ? f : null;
  }
  return null;
}

// `完成市下达年度任务25亿元的94.48%。…预计完成年度任务的103.2%`: a plan the lead names without its amount
// is the nearest amount of the paragraph written right after that name.
function planNamedBefore(text: string, figures: readonly Figure[], part: Figure, lead: string): Figure | null {
  const head = lead.match(new RegExp(PLAN_WORDS.source, 'g'))?.pop();
  if (!head) return null;
  const named = new RegExp(`${head}(?:数|投资|投資)?$`);
  const floor = lineStart(text, part.start);
  for (let i = indexOf(figures, part) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (isQuantity(f) && sameFamily(f, part) && named.test(wordsBefore(text, f, 12))) return f.value > 0 ? f : null;
  }
  return null;
}

// `…完成投資1361.42億元,佔年度計劃的18.8%。…` and a paragraph below, `…安排省重大工程項目3357個,年度計劃7262億元`: a plan the
// share names in full (`年度计划`) and the text writes after it, in the only clause a few lines on that ends with that name.
function planNamedAfter(text: string, figures: readonly Figure[], part: Figure, lead: string): Figure | null {
  const name = /占([\u4e00-\u9fff]{2,8}?)的?\s*$/.exec(lead)?.[1];
  if (!name || !PLAN_WORDS.test(name)) return null;
  const named = figuresWithNumberIn(figures, part.end, linesAhead(text, part.end, PLAN_LINES_AHEAD)).filter(
    (f) => isQuantity(f) && sameFamily(f, part) && OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0].replace(/^[\s“"]+/, '') === name,
  );
  return named.length === 1 ? named[0]! : null;
}

/**
 * The shares after `分别完成…目标(plans)的`, one per plan in the brackets, each of the one done count
 * of its plan's kind earlier in the sentence.
 */
function doneOfPlans(text: string, figures: readonly Figure[], s: number, leadStart: number, open: number): Relation[] {
  const plans = figuresWithNumberIn(figures, open, figures[s]!.start).filter(isAdditive);
  const shares = percentsAfter(text, figures, s);
  if (plans.length < 2 || shares.length !== plans.length) return [];
  const earlier = figuresWithNumberIn(figures, figures[s]!.sentence.start, leadStart).filter((f) => isAdditive(f) && !NAMED_TARGET.test(text.slice(f.end, f.end + 8)));
  const dones = plans.map((plan) => {
    const same = earlier.filter((f) => sameFamily(f, plan));
    return same.length === 1 ? same[0]! : null;
  });
  if (dones.some((d) => d === null) || new Set(dones).size !== dones.length) return [];
  return shares.map((i, k) => ({ kind: 'share', target: figures[i]!, operands: [plans[k]!, dones[k]!], word: '完成目标', plan: true }));
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

/** The n quantities listed before 分别 in the same sentence. */
function partsBefore(text: string, figures: readonly Figure[], first: Figure, n: number): Figure[] | null {
  const at = text.lastIndexOf('分别', first.numberStart);
  const parts = figuresWithNumberIn(figures, first.sentence.start, at).filter((f) => isAdditive(f) && f.end <= at);
  const last = parts.slice(-n);
  return last.length === n ? last : null;
}

/** What a count names: its label and the words right after it (`2606个撤` `并村通公路`). */
// A figure's name: its label, or without one the words of its clause before it (`改造221個3萬戶`: the
// households of the same item), and what follows it in its clause.
const namedBy = (text: string, f: Figure) => (f.label ?? text.slice(clauseStart(text, f.sentence.start, f.numberStart), f.numberStart)) + text.slice(f.end, f.end + 8).split(/[，,。；;：:]/)[0]!;

// Between two items of one plan: an aside on the unit (`套(户)`), a comma, the next item's name.
const NEXT_PLANNED = /^(?:[(（][^()（）]{0,6}[)）])?[，,、]\s*[\u4e00-\u9fff]{1,10}$/;

/**
 * `计划开工改造危旧房棚户区1250套(户),发放租赁补贴1095户`: the item right after a planned one, in the next clause, is planned
 * too, unless its words say what was done.
 */
function nextPlanned(text: string, figures: readonly Figure[], i: number): boolean {
  const [planned, f] = [figures[i - 1], figures[i]!];
  if (!planned || planned.sentence.start !== f.sentence.start || !isQuantity(planned) || !PLAN_WORDS.test(OWN_CLAUSE.exec(wordsBefore(text, planned, 16))![0])) return false;
  const between = text.slice(planned.end, f.numberStart);
  return NEXT_PLANNED.test(between) && !DONE_WORDS.test(between) && !/已/.test(between);
}

/**
 * The plan a done count is measured against: the count its own sentence says it is done of, else
 * the nearest earlier count of its kind that the text
 * calls a plan (计划, 目标, 任务), or that heads the section or the paragraph as its task
 * (`二、新建公办幼儿园150所`, `2606个撤并村通公路(2013—2017年)。`).
 */
function planFor(text: string, figures: readonly Figure[], part: Figure): Figure | null {
  const task = sentenceTask(text, figures, part);
  if (task) return task;
  const floor = linesBack(text, lineStart(text, part.start), LINES_BACK);
  // The done count of another item passed on the way up, whose share stands after it.
  let other: Figure | null = null;
  for (let i = indexOf(figures, part) - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    // A rate or share of a count of this kind belongs to another item: so does any plan before it,
    // unless it names this item's things more closely (a task line of two plans, `开工170个、竣工120个`).
    // One of another kind (`资金下达5.4519亿元，完成年度计划的104.44%`) is a side line of this item.
    if (f.kind === 'percent') {
      const of = figures[i - 1];
      if (of && isQuantity(of) && sameFamily(of, part)) {
        if (other) return null;
        other = of;
      }
      continue;
    }
    if (!isQuantity(f) || !sameFamily(f, part)) continue;
    if (other && commonRun(namedBy(text, f), namedBy(text, part)) <= commonRun(namedBy(text, f), namedBy(text, other))) continue;
    // Counted with another measure word, it counts other things (`7条公交线路` is no plan of `停靠站120个`).
    if (f.kind === 'count' && part.kind === 'count' && f.unit !== null && part.unit !== null && f.unit !== part.unit) continue;
    // …and one in another sentence must name the same things (`學位5萬個` over `新增學位10.74萬個`).
    if (f.sentence.start !== part.sentence.start && commonRun(namedBy(text, f), namedBy(text, part)) < 2) continue;
    const line = lineStart(text, f.start);
    const lineEnd = text.indexOf('\n', f.end);
    const lineText = text.slice(line, lineEnd < 0 ? text.length : lineEnd);
    // (Called a plan in its own clause: `完成全年任务的80%,其中有10个项目…` is no plan of 10.)
    if (isTaskHeading(lineText) || opensParagraphAsTask(text, figures, f) || PLAN_WORDS.test(OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0]) || nextPlanned(text, figures, i)) return f;
  }
  return laterPlan(text, figures, part);
}

// A list item's line that names its task, perhaps with an aside in brackets after it
// (`1.城镇公益性岗位安置就业困难人员6100人。(责任单位:州人力资源社会保障局)`).
const TASK_LINE = /^([^。！？]*)(?:[。！？]\s*(?:[(（][^()（）]*[)）])?\s*)?$/;
const TASK_MAX = 40;

// What a line that reports progress says; a task's own line says none of it.
const REPORTED = /已|截至|截止|累计|共|目前/;

/** A short line that names a task: a list item's, or a line that reports nothing done (a table's task cell). */
function isTaskHeading(line: string): boolean {
  const task = TASK_LINE.exec(line)?.[1];
  if (task === undefined || task.length > TASK_MAX) return false;
  return markerOf(line) !== null || !REPORTED.test(task);
}

// A paragraph that opens with its task as a short sentence of its own (`2606个撤并村通公路(2013—2017年)。
// 上半年…`, `解决人畜饮水最困难地区500万人饮水安全(2013—2017年)。`), as lists of 民生实事 write each item:
// its one figure, and no word of progress before it.
const TITLE_MAX = 40;

function opensParagraphAsTask(text: string, figures: readonly Figure[], f: Figure): boolean {
  const line = lineStart(text, f.start);
  if (f.sentence.start !== line || REPORTED.test(text.slice(line, f.numberStart)) || f.sentence.end - f.sentence.start > TITLE_MAX) return false;
  if (figures[indexOf(figures, f) - 1]?.sentence.start === f.sentence.start) return false;
  return figures[indexOf(figures, f) + 1]?.sentence.start !== f.sentence.start;
}

// How far below a completion its plan may be written (`…累计完成投资513亿元，为年计划的105.9%。` …
// `共安排93项，总投资2921亿元，计划完成投资484亿元`).
const PLAN_LINES_AHEAD = 6;

/** The one plan written after the done count, that the text calls a plan of what the done count counts. */
function laterPlan(text: string, figures: readonly Figure[], part: Figure): Figure | null {
  // The one plan of the next line first (`…完成投资212.5亿元,为年度计划投资的20%。` then `…年度计划完成投资1063.2亿元。`): the
  // plans of parts further on (`年度计划投资797.3亿元`) do not make it ambiguous.
  return planOf(text, figures, part.end, linesAhead(text, part.end, 1), part) ?? planOf(text, figures, part.end, linesAhead(text, part.end, PLAN_LINES_AHEAD), part);
}

/** [total, part] of a share whose total stands inside its own 占…的 phrase (`占年度总投资35亿元的95%`). */
function inlineTotal(text: string, figures: readonly Figure[], s: number, leadStart: number): [Figure, Figure] | null {
  const total = figures[s - 1];
  if (!total || total.numberStart < leadStart || !isAdditive(total) || text.indexOf('占', leadStart) > total.numberStart) return null;
  const part = figures[s - 2];
  if (!part || !isAdditive(part) || !sameFamily(part, total) || part.value > total.value || part.end > leadStart) return null;
  const between = text.slice(part.end, leadStart);
  return !CLAUSE_END.test(between) && (between.match(/[，,]/g)?.length ?? 0) <= 1 ? [total, part] : null;
}

/** The [task, done] of a share in brackets after its done count (`263场送戏进万村已送230场(87%)`). */
function bracketedDone(text: string, figures: readonly Figure[], s: number): [Figure, Figure] | null {
  const done = figures[s - 1];
  const task = figures[s - 2];
  if (!done || !task || !isAdditive(done) || !/^[(（]$/.test(text.slice(done.end, figures[s]!.numberStart))) return null;
  const between = text.slice(task.end, done.numberStart);
  if (task.sentence.start !== done.sentence.start || !isAdditive(task) || !sameFamily(task, done) || task.value < done.value) return null;
  // The done count in the task's clause, or opening the next (`有91个…任务,已完成50个(55%)`).
  return !CLAUSE_END.test(between) && /^(?:[^，,]*|[，,])已(?:经)?[\u4e00-\u9fff]{1,3}$/.test(between) ? [task, done] : null;
}

// `20个建制村农村环境综合整治项目已完工15个，完成全年目标任务的75%`: the task is what its sentence
// says the done count is part of.
const DONE_OF = /已(?:经)?(?:全部)?(?:完成|完工|竣工|建成|开工|办结|整改|解决|落实)[^，,。；;]{0,4}$/;

function sentenceTask(text: string, figures: readonly Figure[], part: Figure): Figure | null {
  const i = indexOf(figures, part);
  const task = figures[i - 1];
  if (!task || task.sentence.start !== part.sentence.start || !isAdditive(task) || !sameFamily(task, part) || task.value < part.value) return null;
  const between = text.slice(task.end, part.numberStart);
  return !CLAUSE_END.test(between) && DONE_OF.test(between) ? task : null;
}

/**
 * A figure followed by its own share (`1590件，占诉求量的14.23%`), maybe past its other rates in the
 * clause list (`到位资金176031万元，完成目标任务的70.41%，…，占总到位资金的17.51%`), is a part, not a total.
 */
export function isPart(text: string, figures: readonly Figure[], i: number): boolean {
  for (let j = i + 1; j < figures.length; j++) {
    const f = figures[j]!;
    const between = text.slice(figures[j - 1]!.end, f.start + 2);
    if (CLAUSE_END.test(between)) return false;
    // (Past an aside on the count's own unit, `20件(次)，占总数的21%`, or the bracket the count stands in, `公安局(11件)占7.86%`.)
    if (f.kind === 'percent' && /^[)）]?(?:[(（][^()（）]{1,6}[)）])?[，,、\s(（]*(?:占|所占|比重)/.test(between)) return true;
    // A rate, or a figure in brackets (`完成…任务的(83253万元)的495.69%`), is said of the same item.
    if (f.kind !== 'percent' && !/[(（]/.test(text[f.start - 1] ?? '')) return false;
  }
  return false;
}

// A share right after a count: of what it names, the count is a part.
const OWN_SHARE = /^[，,、\s]*(?:约|約)?(?:占|佔)/;
const OWN_SHARE_REACH = 16;

// An aside in brackets inside a count's name (`39项为民办实事项目(其中…)中有27项`).
const ASIDE_IN_NAME = /^([\u4e00-\u9fff]{0,10}?)[(（][^()（）]*[)）]/;
// `15项中有9项`, `50个区级重点建设项目中有41个`: 中 after a count (and its noun) frames it as the whole.
const WHOLE_BY_ZHONG = /^[\u4e00-\u9fff]{0,10}?(?<![其集空])(?:当)?中(?:有|的|共|[，,])/;

/**
 * `共收到网民诉求291件，市级部门收到网民诉求135件，…平罗县收到网民诉求71件`: a count listed after a
 * larger one its sentence calls a total is one of that total's parts.
 */
function listedUnderSum(text: string, figures: readonly Figure[], i: number): boolean {
  const f = figures[i]!;
  for (let j = i - 1; j >= 0 && figures[j]!.sentence.start === f.sentence.start; j--) {
    const g = figures[j]!;
    if (isAdditive(g) && sameFamily(g, f) && g.value > f.value && SUM_WORDS.test(text.slice(Math.max(g.sentence.start, g.numberStart - 12), g.numberStart))) return true;
  }
  return false;
}

// A long name's last two characters, before a word for its count, say what it counts (`…条件的非公有制企业数` counts
// 企业, `诉至法院纠纷量` 纠纷, `全国夏粮增产总量` 增产): a count of other things shares words with it, not its head.
const COUNT_WORD = /(?:数|量|额|总数|总量|总额)$/;
const LONG_NAME = 4;

function headNoun(named: string): string {
  const name = foldSynonyms(named.replace(COUNT_WORD, ''));
  return name.length >= LONG_NAME ? name.slice(-2) : '';
}

// A count's name that is a 、-list (`水、电、气问题8736件`), whose label holds only its last item.
const LISTED_NAME = /(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]*$/;

/**
 * The total a part is a share of, looking back up to a few lines: the nearest count of its kind
 * that the `占…的` phrase names or, for an unnamed share, the nearest that the text presents as a
 * total (共, 累计, 受理 …), else the count a `其中` follows in the same line.
 */
// Words that say a count is of what is not of a named whole (`不立案`, `未办结`, `非公有制`).
const NEGATIONS = ['不', '未', '非'];

// 其中 right after a count, opening a list that runs on to the part (no sentence or item between; unlike opensItsParts, no
// share of the count between: `60岁及以上人口为22559人,占14.18%,其中…` makes that count a part itself).
const LIST_RIGHT_AFTER = /^[，,]?\s*其中[，,：:][^。；;！？\n]*$/;

// The three investments a projects report gives: the projects' total, the year's plan, what was done.
const INVESTMENT_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['total', /[总總]投[资資]$/],
  ['plan', /(?:[计計][划劃]投[资資]|投[资資][计計][划劃])$/],
  ['done', /(?:完成|完成年度)投[资資]$/],
];

function investmentKind(label: string | null): string | null {
  return (label && INVESTMENT_KINDS.find(([, words]) => words.test(label))?.[0]) ?? null;
}

function totalFor(text: string, figures: readonly Figure[], found: Found): Figure | null {
  const { part, named } = found;
  const partWords = text.slice(Math.max(part.sentence.start, part.numberStart - 16), part.numberStart) + (part.label ?? '');
  const line = lineStart(text, part.start);
  // A paragraph that opens on a topic of its own (`在办理妨害…案件方面,…逮捕207人,占审结人数的92%`) divides its own wholes:
  // the one a paragraph above names is another topic's.
  const floor = TOPIC_OPENING.test(text.slice(line, line + TOPIC_WINDOW)) ? line : linesBack(text, line, LINES_BACK);
  const index = indexOf(figures, part);
  let beforeAmong: Figure | null = null;
  // A named total is matched on what the count counts, not on the words around it: the closest
  // match wins, then a count that is not itself a part (`到位资金` names the total and each
  // sector's share of it), and two equally good ones leave it undecided.
  let best: { f: Figure; run: number; part: boolean; presented: boolean; tie: boolean } | null = null;
  const [foldedName, head] = named ? [foldSynonyms(named), headNoun(named)] : ['', ''];
  // A count of the sentence that the share names exactly, by its label and a total word (`…有792件代表建议内容公开,…;有434件…,占
  // 代表建议内容公开总数的54.8%`), is the whole, before the one a 中 frames (`在838件代表建议中`).
  // (The name then the total word, `…内容公开总数`: `占总到位资金的` is of the grand total, whose name a part's label shares.)
  const namedThenTotal = named !== null && named.length >= 4 && text.slice(part.end, part.end + 40).includes(`${named}总`);
  const namedExactly = namedThenTotal ? figures.slice(0, index).filter((f) => f.sentence.start === part.sentence.start && isAdditive(f) && sameFamily(f, part) && f.value >= part.value && f.label === named).at(-1) : undefined;
  if (namedExactly) return namedExactly;
  for (let i = index - 1; i >= 0 && figures[i]!.start >= floor; i--) {
    const f = figures[i]!;
    if (!isAdditive(f) || !sameFamily(f, part) || (f.value < part.value && !(named && amongOf(text, f, part))) || ofAnEarlierPeriod(text, f)) continue;
    // An earlier item of a list written inline is a topic of its own (`一是满意程度高。收到办理回执1163件…三是…已解决或采纳1064件、占比87.2%`).
    if (inEarlierItem(text, f, part.start)) continue;
    // `省实事11件15项中有9项…，占比60%`, `全市39项…项目(其中…)中有27项…，占全部项目的69.2%`: a count framed by 中 is the
    // whole its sentence divides, whatever the share names.
    if (f.sentence.start === part.sentence.start && WHOLE_BY_ZHONG.test(text.slice(f.numberEnd + (f.unit?.length ?? 0), f.numberEnd + 60).replace(ASIDE_IN_NAME, '$1'))) return f;
    if (named && named.length >= 2) {
      // A count the text gives as a share of the named whole is a part of it (`60岁及以上老年人口22200万人,占总人口16.1%。
      // 其中65岁及以上人口14386万人,占总人口10.5%`: the whole is not written).
      const after = text.slice(f.end, f.end + OWN_SHARE_REACH);
      if (OWN_SHARE.test(after) && after.includes(named)) continue;
      // `共成交930套/76458.66㎡`: the second figure of a slashed pair shares the first's words.
      const pair = figures[i - 1] && text.slice(figures[i - 1]!.end, f.numberStart) === '/' ? (figures[i - 1]!.label ?? '') : '';
      // `交办32批群众举报案件共664件`: the words a count of batches took name the total 共 introduces.
      const sinceBatch = figures[i - 1] && f.sentence.start === figures[i - 1]!.sentence.start ? text.slice(figures[i - 1]!.numberEnd, f.numberStart) : '';
      const batchWords = sinceBatch.endsWith('共') ? sinceBatch : '';
      // A count the text calls a total by the name the share gives matches best of all
      // (`占不满意工单总数的21.6%`: `不满意工单总数为125件`, not `结果不满意工单总数为80件`).
      const core = (f.label ?? '').replace(TOTAL_WORDS, '');
      const exact = core === named && core !== f.label;
      // A label cut short by an aside (`地區生產總值(GDP)完成529757萬元`: 完成) is read with the words of its clause.
      const clause = OWN_CLAUSE.exec(wordsBefore(text, f, 20))![0];
      const cut = (f.label ?? '').length <= 2 && /[)）]/.test(clause) ? clause.replace(/[(（][^()（）]*[)）]/g, '') : '';
      // What an attribute before the number says of the things counted (`立案的757件提案`).
      const attribute = /([\u4e00-\u9fff]{2,6})的$/.exec(OWN_CLAUSE.exec(wordsBefore(text, f, 8))![0])?.[1] ?? '';
      const words = foldSynonyms(attribute + (f.label ?? '') + pair + batchWords + text.slice(f.numberEnd, f.end) + cut);
      // What is not of the named whole is no whole of it (`占立案总数的9.1%`: not `不立案94件`).
      if (!exact && NEGATIONS.some((n) => words.includes(n + foldedName)) && !NEGATIONS.includes(foldedName[0]!)) continue;
      const run = exact ? Infinity : commonRun(foldedName, words);
      // (An item of a 其中 list in an earlier sentence is a part too: `其中续建项目497项` under `项目509项`.)
      const asPart = isPart(text, figures, i) || (f.sentence.start !== part.sentence.start && AMONG_LIST.test(text.slice(f.sentence.start, f.numberStart)));
      if (run < 2 || (!exact && (!words.includes(head) || lacksQualifier(foldedName, words + (LISTED_NAME.exec(text.slice(Math.max(f.sentence.start, f.numberStart - 16), f.numberStart))?.[0] ?? ''))))) continue;
      // Then one the text presents as a total (`共接到有效訴求46653件(電話訴求41424件…)`).
      const presented = TOTAL_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 12), f.numberStart));
      const better = !best || run > best.run || (run === best.run && ((best.part && !asPart) || (best.part === asPart && presented && !best.presented)));
      if (better) best = { f, run, part: asPart, presented, tie: false };
      else if (run === best!.run && asPart === best!.part && presented === best!.presented && f.value !== best!.f.value) best!.tie = true;
      continue;
    }
    // A count that a 其中 right after it opens the part's list of, in the part's sentence, is its whole, done or not (`365件代表建议已
    // 办结363件,其中:代表对办理结果表示满意的330件,占90.9%`: 330 / 363).
    if (f.sentence.start === part.sentence.start && LIST_RIGHT_AFTER.test(text.slice(f.end, part.start))) return f;
    // The total its line's 其中 sentence divides, though itself a share of another (`…立案数为140件,占当月立案总数的3.07%。其中,
    // 城乡建设局(68件)…,公安局(11件)占7.86%`): no total of an earlier paragraph is the part's whole then. (A 其中 inside the
    // sentence, `60岁及以上人口为22559人,占14.18%,其中65岁及以上人口为16536人,占8.25%`, picks a part of the sentence's own whole.)
    if (f.start >= line && AMONG_SENTENCE.test(text.slice(f.end, part.start))) beforeAmong ??= f;
    if (beforeAmong && f.start < line && AMONG_SENTENCE.test(text.slice(beforeAmong.end, part.start))) break;
    if (isPart(text, figures, i)) continue;
    // An item of a 其中 list in an earlier sentence (`其中…本級20件、各鄉鎮共947件。從反映方式來看，來訪607件，
    // 占62.8%`) is a part of the total before it, not the whole later sentences divide.
    // (…or a later item of it, past commas: `其中,自收28件、同比增长211.11%,上级转交办7件`.)
    if (f.sentence.start !== part.sentence.start && AMONG_LIST.test(text.slice(f.sentence.start, f.numberStart))) continue;
    // The words before its number in its sentence, back to the previous count that could be the
    // total too: past small figures between (`提出五个方面52项`), not past `43739件，办结43365件`.
    let rival: Figure | undefined;
    for (let j = i - 1; j >= 0 && figures[j]!.sentence.start === f.sentence.start && !rival; j--) {
      const g = figures[j]!;
      if (isQuantity(g) && sameFamily(g, f) && g.value >= part.value) rival = g;
    }
    const from = Math.max(f.sentence.start, rival ? rival.end : 0, f.numberStart - 40);
    const words = text.slice(from, f.numberStart) + (f.label ?? '') + text.slice(f.numberEnd, f.end);
    // A verb the part's own words repeat (`市级部门收到…135件`, `平罗县收到…71件`) makes a sibling,
    // not a total; 共 and its kin still make one.
    const verb = TOTAL_LEAD.exec(words)?.[0];
    // What was done (`共办结回复2240条`) is the base of a rate, not of a share of kinds the part's
    // own words do not say were done (`城乡建设类，有1505条，占43.4%`).
    const done = DONE_WORDS.exec(words)?.[0];
    if (done && !partWords.includes(done)) continue;
    // A year's planned investment is no share of the projects' total investment (`总投资3530.4亿元,年度计划投资327.6亿元…共有43个,
    // 年度投资计划242亿元,占74%`: of the 327.6), nor is what was done one of either: the two labels name the same kind.
    const [ownKind, itsKind] = [investmentKind(part.label), investmentKind(f.label)];
    if (ownKind && itsKind && ownKind !== itsKind) continue;
    if (verb && (SUM_WORDS.test(words) || (!partWords.includes(verb) && !listedUnderSum(text, figures, i)))) return acceptedOf(text, f, beforeAmong) ?? f;
    if (f.start >= line && /其中/.test(text.slice(f.end, part.start))) beforeAmong ??= f;
  }
  return named && named.length >= 2 ? (best && !best.tie ? best.f : null) : beforeAmong;
}

