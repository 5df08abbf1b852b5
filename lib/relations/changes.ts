// Changes stated with both values: `从2191件上升至6055件，增长约1.76倍`, `从1月的920人增加到6月份的
// 2127人，增加了131.2%`, `由a%提高到b%，提高N个百分点`, and gaps to a named comparison
// (`收入19017元 … 比全市低2568元（全市为21585元）`). A change whose earlier value the text does not give
// is no relation.
import type { Figure } from '../types';
import { readWords } from '../reading';
import { findOrdinalItemChanges } from './ordinal-items';
import type { Relation } from './relation';
import { findTableRowChanges } from './table-rows';
import { CLAUSE_END, clauseListStart, commonRun, COMPARED_WITH, isQuantity, sameFamily, wordsBefore } from './text';

const FROM = /(?:从|由)[^，,。；;！？\n]{0,8}$/;
// Between the earlier value's number and the later one's: its unit, the verb, 到/至, a few words.
const TO = /^[^0-9０-９，,。；;！？\n]{0,3}?(?:上升|增加|增长|提高|提升|下降|减少|降低|回落|扩大|缩小|增|减|升|降)?(?:至|到|为)[^，,。；;！？\n]{0,8}$/;
/** The verb of a stated change just before its figure (`下跌29.81%`, `增长约1.76倍`); not an average
 * change per year or per period (`年均增长10.1%`, `两年平均增长3.7%`), which no two values give alone. */
export const CHANGE = /(?<!均)(增长|增加|上升|上涨|提高|提升|下降|下跌|减少|降低|回落|下滑)了?(?:约|近|超过)?$/;
/** A figure written as a change (`增加1377人`, `同比增长8.86%`): no stock, so no part or total. */
export const writtenAsChange = (text: string, f: Figure): boolean => CHANGE.test(wordsBefore(text, f, 6));
/** A change verb that says the value fell. */
export const FALL = /下降|下跌|减少|降低|回落|下滑|减|降|少/;
// `比全市低2568元（全市为21585元）`: a gap to a comparison given in brackets right after it.
const GAP = /比([^，,。；;！？\n]{1,6}?)(低|高|少|多)了?$/;
const GAP_VALUE = /^[(（][^)）0-9]{0,6}(?:为|是)$/;

function changeKind(change: Figure, a: Figure): Relation['kind'] | null {
  if (change.kind === 'percentage_points') return a.kind === 'percent' ? 'points' : null;
  if (change.kind === 'percent' && isQuantity(a)) return 'growth';
  if (change.kind === 'ratio' && change.unit === '倍' && isQuantity(a)) return 'growth';
  return null;
}

/** The pair `从A…至B` in one sentence, if the text writes one. */
function fromTo(text: string, figures: readonly Figure[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.sentence.start !== b.sentence.start || a.kind !== b.kind || !sameFamily(a, b)) continue;
    if (!FROM.test(text.slice(Math.max(a.sentence.start, a.numberStart - 10), a.numberStart))) continue;
    if (!TO.test(text.slice(a.numberEnd, b.numberStart))) continue;
    pairs.push([i, i + 1]);
  }
  return pairs;
}

export function findChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const [i, j] of fromTo(text, figures)) {
    const a = figures[i]!;
    const b = figures[j]!;
    // The change is the figure right after the pair or right before it, in the same sentence.
    for (const k of [j + 1, i - 1]) {
      const c = figures[k];
      if (!c || c.sentence.start !== a.sentence.start) continue;
      const lead = text.slice(Math.max(c.sentence.start, c.numberStart - 12), c.numberStart);
      const verb = CHANGE.exec(lead);
      const kind = verb && changeKind(c, a);
      if (!verb || !kind) continue;
      const between = k > j ? text.slice(b.end, c.start) : text.slice(c.end, a.start);
      if (CLAUSE_END.test(between)) continue;
      out.push({ kind, target: c, operands: [a, b], word: verb[1]!, falling: FALL.test(verb[1]!) });
      break;
    }
  }
  const earlier = againstEarlier(text, figures);
  out.push(...gaps(text, figures), ...earlier, ...countGaps(text, figures), ...findOrdinalItemChanges(text, figures), ...findTableRowChanges(text, figures));
  const done = new Set(earlier.map((r) => r.target));
  out.push(...restatedChanges(text, figures).filter((r) => !done.has(r.target)));
  for (const r of namedValueChanges(text, figures)) if (!done.has(r.target) && !out.some((o) => o.target === r.target)) out.push(r);
  for (const r of againstNamedEarlier(text, figures)) if (!out.some((o) => o.target === r.target)) out.push(r);
  // A value the text compares with (`与2010年…的38313991人相比,减少6463903人,下降16.87%`) is the earlier one: no value after a change.
  return out.filter((r) => !(r.byChange && COMPARED_WITH.test(text.slice(r.operands[1]!.end, r.operands[1]!.end + 4))));
}

// `受理12345件，较去年同期的10000件增长23.5%`: the earlier value in a 较/比 phrase, the change after it.
const EARLIER = /^[，,\s]*(?:较|比)(?:上年|去年|上月|上周|上季度|前年|上年末|去年末)?(?:同期)?的$/;
// The earlier period a change is against: `同比`, `环比`, `较上期相比`, `比去年同期`.
// An earlier period a value is compared with (`上年`, `去年同期`, `上月` …).
const EARLIER_PERIOD = String.raw`(?:上年末?|去年末?|上月|上期|上季度?|上周|前年)(?:同期)?`;
const AGAINST = String.raw`(?:同比|环比|(?:比|较|与)${EARLIER_PERIOD}(?:相比)?[，,]?)`;
// A count changed by so many (`增加12398人`, `少297件`; bulletins write it as growth too: `比上年增长35523吨`).
const COUNT_CHANGE = '(增加|减少|增长|下降|多|少)';
// `户籍人口10049.7万人，增加102.8万人，增长1.03%`: the change, then its rate.
const CHANGE_BY = new RegExp(String.raw`^[，,\s]*${AGAINST}?${COUNT_CHANGE}了?$`);
const RATE_AFTER = new RegExp(String.raw`^[，,\s]*${AGAINST}?(增长|下降|增加|减少|上升|增幅|减幅|降幅|涨幅)(?:为|达)?了?$`);

/** The growth a rate right after a value states (`21675人,下降0.6%`): its word, or null. */
export function rateAfter(text: string, value: Figure, rate: Figure): string | null {
  return rate.kind === 'percent' ? (RATE_AFTER.exec(text.slice(value.end, rate.numberStart))?.[1] ?? null) : null;
}

// A change named by what changed: `汉族人口增加121957人` (its label, less the verb).
const NAMED_CHANGE = new RegExp(String.raw`^([\u4e00-\u9fff]{2,12}?)${COUNT_CHANGE}了?$`);

/**
 * `汉族人口为607412人,占58.07%;…。与2010年第六次全国人口普查相比,汉族人口增加121957人,增长25.12%`: a change and its rate
 * after it, the change naming what changed, are of the value the text gave under that very name in the sentences
 * before (the later value: 121957 / (607412 − 121957) = 25.12 %). One such value, or none.
 */
function namedValueChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i + 1 < figures.length; i++) {
    const [change, rate] = [figures[i]!, figures[i + 1]!];
    if (!isQuantity(change) || rate.sentence.start !== change.sentence.start) continue;
    const said = rateAfter(text, change, rate);
    const named = NAMED_CHANGE.exec(change.label ?? '');
    if (!said || !named || FALL.test(named[2]!) !== FALL.test(said)) continue;
    const values = figures.filter((f) => f.end <= change.sentence.start && change.start - f.start <= RESTATED_REACH && f.label === named[1] && f.unit === change.unit && isQuantity(f) && sameFamily(f, change));
    // A rise leaves more than it added; so does a fall of less than half (`应结案数减少154件,减少7.85%` is of no `应结案数22件`, an
    // item's own count a paragraph above): a value no larger than the change is another thing of the same name.
    const leavesMore = !FALL.test(said) || rate.value < 50;
    if (new Set(values.map((f) => f.value)).size !== 1 || (leavesMore && values[0]!.value <= change.value)) continue;
    out.push({ kind: 'growth', target: rate, operands: [change, values.at(-1)!], word: said, falling: FALL.test(said), byChange: true });
  }
  return out;
}

// `资金83.8亿元,占预算的 101.36%,较2021年37.2亿元、2022年51.84亿元分别增长225.26%、161.65%`: earlier values, each
// after its period, in a 较/比 phrase, and as many changes after them, in the same order (one without 分别).
const EARLIER_WHEN = String.raw`(?:(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:同期)?|${EARLIER_PERIOD})?的?`;
const AGAINST_FIRST = new RegExp(String.raw`(?:较|比|与)${EARLIER_WHEN}$`);
const AGAINST_NEXT = new RegExp(String.raw`^[、和及与]${EARLIER_WHEN}$`);
const CHANGES_AFTER = /^(?:相比)?[，,]?(分别)?(增长|下降|增加|减少|上升|提高|降低)了?$/;
/** Between two values of one run (`7.5万亩、8.5万亩`). */
export const NEXT_CHANGE = /^[、和及]$/;

function againstNamedEarlier(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i < figures.length; i++) {
    const first = figures[i]!;
    const lead = AGAINST_FIRST.exec(text.slice(Math.max(first.sentence.start, first.numberStart - 12), first.numberStart));
    if (!lead || !isQuantity(first)) continue;
    const earlier = [first];
    let k = i + 1;
    for (; k < figures.length; k++) {
      const next = figures[k]!;
      if (next.sentence.start !== first.sentence.start || !AGAINST_NEXT.test(text.slice(earlier.at(-1)!.end, next.numberStart))) break;
      if (!isQuantity(next) || next.unit !== first.unit || !sameFamily(next, first)) break;
      earlier.push(next);
    }
    const rates = figures.slice(k, k + earlier.length);
    const verb = rates[0] && CHANGES_AFTER.exec(text.slice(earlier.at(-1)!.end, rates[0].numberStart));
    if (!verb || rates.length !== earlier.length || (earlier.length > 1) !== (verb[1] !== undefined)) continue;
    if (rates.some((r, n) => r.kind !== 'percent' || r.sentence.start !== first.sentence.start || (n > 0 && !NEXT_CHANGE.test(text.slice(rates[n - 1]!.end, r.numberStart))))) continue;
    // The value compared: the last quantity before 较 in the sentence, of the same unit (past shares and rates).
    const before = figures.slice(0, i).filter((f) => f.sentence.start === first.sentence.start && f.numberEnd <= first.numberStart - lead[0].length && f.kind !== 'percent' && f.kind !== 'percentage_points');
    const value = before.at(-1);
    if (!value || !isQuantity(value) || value.unit !== first.unit || !sameFamily(value, first)) continue;
    // Only its own shares and rates between (`83.8亿元,占预算的 101.36%,较…`), and 较 opens its clause: a clause of other
    // words names what is compared (`716535件,排除新冠疫情相关诉求后,受理量与去年同期777733件相比`).
    const clauses = text.slice(value.end, first.numberStart - lead[0].length).split(/[，,]/);
    if (clauses[0]!.trim() !== '' || clauses.at(-1)!.trim() !== '' || !clauses.slice(1, -1).every((c) => /[0-9０-９]\s*[%％]/.test(c))) continue;
    rates.forEach((rate, n) => out.push({ kind: 'growth', target: rate, operands: [earlier[n]!, value], word: verb[2]!, falling: FALL.test(verb[2]!) }));
    i = k + rates.length - 1;
  }
  return out;
}

// `共受理各类案件50101件，同比增长34.11%，比全省平均高出19.81%，增加12077件`: the rate first, then, in a later clause
// of the sentence, the change it is of (the next count of the value's kind, the rates between read past), written as
// CHANGE_BY writes it.
function changeLater(text: string, figures: readonly Figure[], i: number): Relation | null {
  const [value, rate] = [figures[i]!, figures[i + 1]!];
  const said = rateAfter(text, value, rate);
  if (!said) return null;
  let k = i + 2;
  while (figures[k] && figures[k]!.sentence.start === value.sentence.start && (figures[k]!.kind === 'percent' || figures[k]!.kind === 'percentage_points')) k++;
  const change = figures[k];
  if (!change || change.sentence.start !== value.sentence.start || !isQuantity(change) || !sameFamily(change, value) || change.unit !== value.unit) return null;
  const verb = CHANGE_BY.exec(text.slice(Math.max(figures[k - 1]!.end, change.numberStart - 8), change.numberStart))?.[1];
  if (!verb || FALL.test(verb) !== FALL.test(said) || CLAUSE_END.test(text.slice(value.end, change.start))) return null;
  return { kind: 'growth', target: rate, operands: [change, value], word: said, falling: FALL.test(said), byChange: true };
}

// What may stand between a value and its change besides the period: the rest of a unit per something (`386.1公斤/亩,比上年
// 增加0.5公斤`), and what changed named again before a period compared with (`461件,受理量与去年同期相比增加245件`).
const UNIT_PER = /^\/[\u4e00-\u9fff]{1,2}/;
const CHANGE_WORDS_REACH = 30;
const RENAMED = new RegExp(String.raw`^([，,]\s*)[\u4e00-\u9fff]{1,4}?(?=(?:比|较|与)${EARLIER_PERIOD}相比)`);

/** The words between a value and its change, as CHANGE_BY reads them. */
function changeWords(between: string): string {
  return readWords(between).replace(UNIT_PER, '').replace(RENAMED, '$1');
}

function againstEarlier(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const later = changeLater(text, figures, i);
    if (later) out.push(later);
  }
  for (let i = 1; i + 1 < figures.length; i++) {
    const [a, b, c] = [figures[i - 1]!, figures[i]!, figures[i + 1]!];
    if (c.kind !== 'percent' || !isQuantity(a) || !isQuantity(b) || !sameFamily(a, b)) continue;
    const rate = RATE_AFTER.exec(text.slice(b.end, c.numberStart));
    if (!rate) continue;
    const between = text.slice(a.end, b.numberStart);
    if (EARLIER.test(between)) {
      out.push({ kind: 'growth', target: c, operands: [b, a], word: rate[1]!, falling: FALL.test(rate[1]!) });
      continue;
    }
    // (Read again only past what may stand between, which most pairs lack: a short stretch of words.)
    const change = CHANGE_BY.exec(between) ?? (between.length <= CHANGE_WORDS_REACH ? CHANGE_BY.exec(changeWords(between)) : null);
    // The change and its rate must go the same way (增加 … 增长, 减少 … 下降).
    if (!change || FALL.test(change[1]!) !== FALL.test(rate[1]!)) continue;
    out.push({ kind: 'growth', target: c, operands: [b, a], word: rate[1]!, falling: FALL.test(rate[1]!), byChange: true });
  }
  return out;
}

/**
 * `人均可支配收入比全市低2568元（全市为21585元）`: the page's own value is the nearest earlier
 * figure of its kind (within two sentences) that the subject before 比 names.
 */
function gaps(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((gap, g) => {
    const m = GAP.exec(text.slice(Math.max(gap.sentence.start, gap.numberStart - 10), gap.numberStart));
    const other = figures[g + 1];
    if (!m || !other || !GAP_VALUE.test(text.slice(gap.end, other.numberStart))) return;
    const points = gap.kind === 'percentage_points' && other.kind === 'percent';
    if (!points && !(isQuantity(gap) && sameFamily(gap, other))) return;
    // The topic is what stands before the clause's first 比 (`人均可支配收入比全市低…，比全省低…`).
    const clause = clauseListStart(text, gap);
    const topicEnd = text.indexOf('比', clause);
    const subject = text.slice(clause, topicEnd).slice(-12);
    let previousSentences = 0;
    for (let i = g - 1; i >= 0 && previousSentences <= 2; i--) {
      const own = figures[i]!;
      if (own.sentence.start !== figures[i + 1]!.sentence.start) previousSentences++;
      if (own.kind !== other.kind || (!points && !sameFamily(own, other))) continue;
      // Not a compared value in brackets, nor another gap.
      if (/[(（][^)）]*$/.test(text.slice(own.sentence.start, own.start))) continue;
      if (GAP.test(text.slice(Math.max(own.sentence.start, own.numberStart - 10), own.numberStart))) continue;
      // What the gap speaks of must be what the figure counts: `人均可支配收入`, or a growth rate.
      const words = text.slice(Math.max(own.sentence.start, own.numberStart - 16), own.numberStart) + (own.label ?? '');
      const same = points ? /增幅|增速/.test(subject) && /增长|增幅|增速/.test(words) : commonRun(subject, words) >= 3;
      if (!same) continue;
      out.push({ kind: points ? 'points' : 'difference', target: gap, operands: [own, other], word: `比${m[1]}${m[2]}`, falling: /低|少/.test(m[2]!) });
      return;
    }
  });
  return out;
}

// `共接受信访举报550件(含上级转办246件),比上年同期847件少297件`: a count, last year's written after 比, and the
// difference between them (550 = 847 − 297).
const LAST_YEAR_LEAD = new RegExp(`(?:比|较)${EARLIER_PERIOD}的?$`);
const COUNT_GAP = new RegExp(`^了?${COUNT_CHANGE}了?$`);
const OWN_BEFORE = /^\s*(?:[(（][^()（）]*[)）])?\s*[，,]?\s*$/;

function countGaps(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i + 1 < figures.length; i++) {
    const [earlier, gap] = [figures[i]!, figures[i + 1]!];
    const lead = LAST_YEAR_LEAD.exec(text.slice(Math.max(earlier.sentence.start, earlier.numberStart - 8), earlier.numberStart));
    // The verb may have been read into the earlier count's words (`847件少`): it is read after the unit.
    const after = text.slice(earlier.numberEnd, gap.numberStart);
    const verb = COUNT_GAP.exec(earlier.unit && after.startsWith(earlier.unit) ? after.slice(earlier.unit.length) : after);
    if (!lead || !verb || !isQuantity(earlier) || !isQuantity(gap) || !sameFamily(earlier, gap) || gap.sentence.start !== earlier.sentence.start) continue;
    // The count compared is the one just before 比, past an aside in brackets.
    const leadStart = earlier.numberStart - lead[0].length;
    let k = i - 1;
    while (k >= 0 && figures[k]!.numberEnd > leadStart) k--;
    while (k >= 0 && /[(（][^)）]*$/.test(text.slice(figures[k]!.sentence.start, figures[k]!.numberStart)) && figures[k]!.sentence.start === earlier.sentence.start) k--;
    const own = figures[k];
    if (!own || own.sentence.start !== earlier.sentence.start || !isQuantity(own) || !sameFamily(own, earlier) || !OWN_BEFORE.test(text.slice(own.numberEnd + (own.unit?.length ?? 0), leadStart))) continue;
    out.push({ kind: 'difference', target: gap, operands: [own, earlier], word: verb[1]!, falling: FALL.test(verb[1]!) });
  }
  return out;
}

// `道路交通事故死亡20人，同比下降28.6%。…死亡20人，均系道路交通事故，与去年相比减少了8人`: a rate stated
// after a value whose change the text gives where it states the value again, a sentence or two away.
const RESTATED_CHANGE = /(?:与(?:去年|上年)(?:同期)?相比|同比|比(?:去年|上年)(?:同期)?|较(?:去年|上年)(?:同期)?)[，,]?(增加|减少|多|少)了?$/;
// How far the restatement may stand from the rate: the next sentences of its paragraph or the next.
const RESTATED_REACH = 400;

function restatedChanges(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i < figures.length; i++) {
    const [value, rate] = [figures[i - 1]!, figures[i]!];
    if (rate.kind !== 'percent' || !isQuantity(value) || value.sentence.start !== rate.sentence.start) continue;
    const said = RATE_AFTER.exec(text.slice(value.end, rate.numberStart));
    if (!said || !/同比|比上年|较上年/.test(text.slice(value.end, rate.numberStart))) continue;
    const found: Array<[Figure, Figure, string]> = [];
    let k = i - 1;
    while (k > 0 && value.start - figures[k - 1]!.start <= RESTATED_REACH) k--;
    for (; k < figures.length && figures[k]!.start - value.start <= RESTATED_REACH; k++) {
      const again = figures[k]!;
      if (k === i - 1 || again.sentence.start === value.sentence.start) continue;
      if (again.value !== value.value || again.unit !== value.unit || again.kind !== value.kind) continue;
      // The same thing counted: `道路交通事故死亡` and `死亡`.
      if (commonRun(value.label ?? '', again.label ?? '') < 2) continue;
      // Its change: the next figure of its family in its sentence, after a 与去年相比 … 减少.
      let next: Figure | undefined;
      for (let j = k + 1; j < figures.length && figures[j]!.sentence.start === again.sentence.start; j++) {
        if (sameFamily(figures[j]!, value)) {
          next = figures[j];
          break;
        }
      }
      const change = next && RESTATED_CHANGE.exec(text.slice(Math.max(again.end, next.numberStart - 12), next.numberStart));
      if (!next || !change) continue;
      found.push([next, again, change[1]!]);
    }
    if (found.length !== 1) continue;
    const [change, , verb] = found[0]!;
    if (FALL.test(verb) !== FALL.test(said[1]!)) continue;
    out.push({ kind: 'growth', target: rate, operands: [change, value], word: said[1]!, falling: FALL.test(said[1]!), byChange: true });
  }
  return out;
}
