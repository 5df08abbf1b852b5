// An average stated beside its total and what it is divided by: `成交206套/12151.88㎡，均价45659元/㎡，
// 总金额55.48亿元，套均总价269.34万元` → 55.48亿 ÷ 12151.88㎡ and 55.48亿 ÷ 206套. The divisor is told by
// the average's own unit (元/㎡) or word (套均, 户均, 人均); both sides must stand in its sentence.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { readWords } from '../reading';
import { CLAUSE_END, FAMILY_HOUSEHOLD_PEOPLE, HOUSEHOLD_SIZE_NAME, isAdditive, lineStart, OUTPUT, SUM_WORDS, wordsBefore as leadOf, YEAR_CHANGE } from './text';

// 套均总价 → per 套; 户均 → per 户; 人均 → per person (名 and 人 both count persons).
const PER_WORD: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/套均/, ['套']],
  [/户均/, ['户']],
  [/人均/, ['人', '名']],
  [/件均/, ['件']],
];
const TOTAL_WORD = /总金额|金额|总额|总价|总收入|总值|总计|合计/;

function divisorUnits(f: Figure): readonly string[] | null {
  const per = /^元\/(.+)$/.exec(f.unit ?? '');
  if (per) return [per[1]!, ...(per[1] === '㎡' ? ['平方米'] : per[1] === '平方米' ? ['㎡'] : [])];
  if (f.unit !== '元') return null;
  for (const [word, units] of PER_WORD) if (word.test(f.label ?? '')) return units;
  return null;
}

/**
 * The nearest figure that passes `ok` in the average's clause list (up to a semicolon: `本周…；上周…`
 * are two), on either side; none when two are equally near.
 */
function nearest(text: string, figures: readonly Figure[], i: number, ok: (f: Figure) => boolean): Figure | null {
  const at = figures[i]!;
  const inList = (f: Figure | undefined): f is Figure =>
    f !== undefined && !CLAUSE_END.test(text.slice(Math.min(f.end, at.end), Math.max(f.start, at.start)));
  for (let d = 1; d < figures.length; d++) {
    const before = figures[i - d];
    const after = figures[i + d];
    if (!inList(before) && !inList(after)) return null;
    const b = inList(before) && ok(before) ? before : null;
    const a = inList(after) && ok(after) ? after : null;
    if (b && a) return null;
    if (b || a) return b ?? a;
  }
  return null;
}

export function findAverages(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((avg, i) => {
    const units = divisorUnits(avg);
    if (!units) return;
    const total = nearest(text, figures, i, (f) => isAdditive(f) && f.unit === '元' && TOTAL_WORD.test(f.label ?? ''));
    const divisor = nearest(text, figures, i, (f) => isAdditive(f) && units.includes(f.unit ?? ''));
    if (total && divisor) out.push({ kind: 'average', target: avg, operands: [total, divisor], word: avg.label ?? '均值' });
  });
  out.push(...findSpanMeans(text, figures), ...findPerHeadOutput(text, figures), ...findPerPersonCounts(text, figures), ...findYields(text, figures), ...findHouseholdSizes(text, figures));
  return out;
}

// `33名省级领导,每人对接20家企业,合计对接660家`: what each person did, beside the number of persons and the total of it.
// Not per person and per period (`每人每月`), whose total the periods multiply.
const PER_PERSON = /(?:每人|每名[\u4e00-\u9fff]{0,4}?|平均每人|人均)(?!每)[\u4e00-\u9fff]{0,4}$/;
const PERSONS = new Set(['名', '人', '位']);
const SUM_LEAD = new RegExp(`(?:${SUM_WORDS.source})[\\u4e00-\\u9fff]{0,4}$`);

/** A count per person with its persons and its total in one sentence: the total over the persons. */
function findPerPersonCounts(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const avg of figures) {
    if (avg.kind !== 'count' || !avg.unit || PERSONS.has(avg.unit) || !PER_PERSON.test(leadOf(text, avg, 10))) continue;
    const inSentence = figures.filter((f) => f !== avg && f.sentence.start === avg.sentence.start && isAdditive(f));
    const persons = inSentence.filter((f) => PERSONS.has(f.unit ?? ''));
    const totals = inSentence.filter((f) => f.unit === avg.unit && SUM_LEAD.test(leadOf(text, f, 10)));
    if (persons.length === 1 && totals.length === 1) out.push({ kind: 'average', target: avg, operands: [totals[0]!, persons[0]!], word: '每人平均' });
  }
  return out;
}

// `春季(3月~5月)…全市平均气温为1.9℃，较历年同期低1.2℃。3月全市月平均气温为-10.7℃，较历年同期低3.3℃；
// 4月…2.0℃…；5月…14.4℃…`: a temperature over a span of months is the mean of its months' (per month or
// by days), and so is its departure from normal. Only temperatures: amounts over a span add up
// (`平均降水量97.5毫米` is the months' sum), which `parts` reads.
const SPAN = /[(（]?(\d{1,2})月?\s*[~～至到\-—－]\s*(\d{1,2})月[)）]?/g;
const MEAN_WORD = /(平均[^\s，,。；;：:为是0-9\-]{1,4})(?:为|是|达)?$/;
const DEPARTURE = /^[，,]?较(?:历年|常年)(?:同期)?(?:偏)?(低|高)了?$/;
const DAYS = [31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// How far the months' values may stand after the span's: the bulletin's paragraph.
const MONTHS_REACH = 400;

/** Start of the line that holds `offset`, looked for no further back than `reach`. */
function lineStartWithin(text: string, offset: number, reach: number): number {
  let k = offset;
  while (k > 0 && text[k - 1] !== '\n' && offset - k < reach) k--;
  return k;
}

function monthsOf(m1: number, m2: number): number[] | null {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || m1 === m2) return null;
  const out: number[] = [];
  for (let m = m1; ; m = (m % 12) + 1) {
    out.push(m);
    if (m === m2) return out.length <= 6 ? out : null;
  }
}

/** The figure right after `f` in its clause that states its departure from normal (`较历年同期低1.2℃`). */
function departure(text: string, figures: readonly Figure[], i: number): { f: Figure; sign: number } | null {
  const f = figures[i]!;
  const d = figures[i + 1];
  if (!d || d.unit !== f.unit) return null;
  const m = DEPARTURE.exec(text.slice(f.end, d.numberStart).replace(/^[^，,]*?(?=较)/, ''));
  return m && !/[。；;！？\n]/.test(text.slice(f.end, d.numberStart)) ? { f: d, sign: m[1] === '低' ? -1 : 1 } : null;
}

export function findSpanMeans(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((mean, i) => {
    if (mean.unit !== '℃') return;
    const word = MEAN_WORD.exec(text.slice(Math.max(mean.sentence.start, mean.numberStart - 12), mean.numberStart).replace(/[-−－]$/, ''));
    if (!word) return;
    // The span: the last one written on the mean's line before it.
    const line = lineStartWithin(text, mean.start, MONTHS_REACH);
    let span: RegExpExecArray | null = null;
    // The span stands in the paragraph's opening words (`春季(3月~5月)…`), a sentence or two back.
    const head = text.slice(Math.max(line, mean.numberStart - 120), mean.numberStart);
    for (const m of head.matchAll(SPAN)) span = m;
    const months = span && monthsOf(Number(span[1]), Number(span[2]));
    if (!months) return;
    // One value per month, in order, each in a clause that opens with its month and names the same mean.
    const parts: number[] = [];
    let k = i + 1;
    for (const month of months) {
      for (; k < figures.length && figures[k]!.start - mean.end <= MONTHS_REACH; k++) {
        const f = figures[k]!;
        if (f.unit !== mean.unit) continue;
        let from = f.numberStart;
        while (from > line && !/[。；;！？]/.test(text[from - 1]!)) from--;
        const clause = text.slice(from, f.numberStart);
        if (!clause.includes(word[1]!) || /较(?:历年|常年)(?:同期)?偏?[低高]了?$/.test(clause)) continue;
        if (!new RegExp(`^\\s*${month}月`).test(clause)) break;
        parts.push(k);
        k++;
        break;
      }
      if (parts.length !== months.indexOf(month) + 1) return;
    }
    const weights = months.map((m) => DAYS[m - 1]!);
    out.push({ kind: 'average', target: mean, operands: parts.map((p) => figures[p]!), word: word[1]!, meanOf: { weights, signs: parts.map(() => 1) } });
    const meanDeparture = departure(text, figures, i);
    const partDepartures = parts.map((p) => departure(text, figures, p));
    if (!meanDeparture || partDepartures.some((d) => d === null)) return;
    out.push({
      kind: 'average',
      target: meanDeparture.f,
      operands: partDepartures.map((d) => d!.f),
      word: '距平',
      falling: meanDeparture.sign < 0,
      meanOf: { weights, signs: partDepartures.map((d) => d!.sign) },
    });
  });
  return out;
}

// `全年全州生产总值113.47亿元…人均生产总值为40309元…年末全州常住人口为28.2万人，比上年末增加0.1万人`:
// output per head is the year's output over its average resident population (statistical bulletins
// compute it 按年平均人口), the mean of the year's end and start, the start being the end less the
// year's change. Only where the text gives the year-end resident population and its change.
const PER_HEAD = /人均(?:地区)?生产总值|人均GDP/;
const RESIDENTS = /年末[^，,。；;0-9]{0,8}常住总?人口(?:数)?(?:为|达|是)?$/;

export function findPerHeadOutput(text: string, figures: readonly Figure[]): Relation[] {
  const population: Array<[Figure, Figure, boolean]> = [];
  figures.forEach((f, i) => {
    if (f.kind !== 'count' || f.unit !== '人' || !RESIDENTS.test(leadOf(text, f, 20))) return;
    const d = figures[i + 1];
    const change = d && d.unit === '人' && YEAR_CHANGE.exec(text.slice(f.end, d.numberStart));
    if (d && change) population.push([f, d, change[1] === '减少']);
  });
  // One year-end population, or none is sure.
  if (population.length !== 1) return [];
  const [residents, change, fell] = population[0]!;
  const out: Relation[] = [];
  figures.forEach((t, i) => {
    if (t.unit !== '元' || !PER_HEAD.test(leadOf(text, t) + (t.label ?? '')) || /户籍/.test(leadOf(text, t, 24))) return;
    // The output: the nearest figure of 元 before it on its line named 生产总值, not a part or per head.
    const line = lineStartWithin(text, t.start, 600);
    for (let k = i - 1; k >= 0 && figures[k]!.start >= line; k--) {
      const f = figures[k]!;
      const lead = leadOf(text, f);
      if (f.unit !== '元' || !OUTPUT.test(lead) || /人均|增加值|产业/.test(lead)) continue;
      out.push({ kind: 'average', target: t, operands: [f, residents, change], word: '人均生产总值', overYearMean: { fell } });
      return;
    }
  });
  return out;
}

// `全县粮食种植面积785643亩,…;全年粮食产量212819吨,…,平均亩产271公斤`: a yield per 亩 is its crop's output over the crop's sown
// area, both written before it in its paragraph, as a statistics bulletin computes it (1 吨 = 1000 公斤). The crop is what the
// output's and the area's names share (`粮食`); a yield that names one (`粮食作物单产`) must name the same.
const YIELD = /(?:亩产|单产)$/;
const OUTPUT_NAME = /^(.*?)(?:总)?产量为?$/;
const AREA_NAME = /^(.*?)(?:播种|种植)?面积$/;
const YIELD_REACH = 300;
/** The same crop: a place may lead one name and not the other (`广东粮食产量` and `粮食播种面积`). */
const sameCrop = (a: string, b: string) => a !== '' && b !== '' && (a.endsWith(b) || b.endsWith(a));

function findYields(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  // (Names read in one script: `糧食作物單產` is `粮食作物单产`.)
  const name = (f: Figure) => readWords(f.label ?? '');
  figures.forEach((f, i) => {
    if (f.unit !== '公斤' || !YIELD.test(name(f)) || YEAR_CHANGE.test(leadOf(text, f, 8))) return;
    const crop = name(f).replace(/^平均/, '').replace(YIELD, '').replace(/作物$/, '');
    const line = lineStart(text, f.start);
    const before = figures.slice(0, i).filter((g) => g.start >= Math.max(line, f.start - YIELD_REACH) && isAdditive(g) && !YEAR_CHANGE.test(leadOf(text, g, 8)));
    const output = before.filter((g) => g.unit === '吨' && OUTPUT_NAME.test(name(g))).at(-1);
    const ofOutput = output ? OUTPUT_NAME.exec(name(output))![1]! : '';
    if (!output || (crop !== '' && !sameCrop(crop, ofOutput))) return;
    const area = before.filter((g) => g.unit === '亩' && sameCrop(AREA_NAME.exec(name(g))?.[1] ?? '', ofOutput)).at(-1);
    if (!area) return;
    out.push({ kind: 'average', target: f, operands: [output, area], word: '亩产', scale: 1000 });
  });
  return out;
}


// `全市共有家庭户[5] 314855户,…家庭户人口数为974194人,…。平均每个家庭户的人口为3.09人`: a census communiqué's household size is
// the people living in family households over those households, both written before it in its paragraph.
const HOUSEHOLD_SIZE = new RegExp(`${HOUSEHOLD_SIZE_NAME}(?:数)?(?:为|是|达)?$`);
const HOUSEHOLDS = /家庭户(?:\s*[\[〔(（][0-9]{1,2}[\]〕)）])?\s*$/;

function findHouseholdSizes(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((size, i) => {
    if (size.unit !== '人' || !HOUSEHOLD_SIZE.test(leadOf(text, size, 16))) return;
    const line = lineStart(text, size.start);
    const before = figures.slice(0, i).filter((f) => f.start >= line && isAdditive(f));
    const people = before.filter((f) => f.unit === '人' && FAMILY_HOUSEHOLD_PEOPLE.test(leadOf(text, f, 12)));
    const households = before.filter((f) => f.unit === '户' && HOUSEHOLDS.test(leadOf(text, f, 12)));
    if (people.length === 1 && households.length === 1) out.push({ kind: 'average', target: size, operands: [people[0]!, households[0]!], word: '平均每户人口' });
  });
  return out;
}
