// A total and its parts: after 其中 (or 包括, 主要涉及) in one sentence or the next (`新闻稿件169838篇，
// 其中中央级11396篇，省市及其他媒体158442篇`); across lines, where a line announces a breakdown and the
// following lines (`（一）…`, or short lines of one category each) give the parts; and counts by
// status right after their total (`2053件，办结1957件，还有96件正在办理`).
import { isHeading, markerStyle, type ArticleModel } from '../article-model';
import type { Figure } from '../types';
import { firstNumberAtOrAfter, figuresWithNumberIn } from '../compare/sentences';
import type { Relation } from './relation';
import { isPart } from './shares';
import { eachLedByPlace, ledByPlace, namesAllDivisions } from './all-divisions';
import { findPlaceRepeats } from './place-repeats';
import { findCasePlaces } from './case-places';
import { findIntake } from './intake';
import { findFramedColumns } from './framed-columns';
import { findRunningTotals } from './running-totals';
import { findBatchLists } from './batch-lists';
import { channelTotalEndingAt, findChannelLists } from './channel-lists';
import { findBracketColumns } from './bracket-columns';
import { findSummarySections } from './summary-sections';
import { findLeadingParts } from './leading-parts';
import { findNamedFrames } from './named-frames';
import { findStateSentences } from './state-sentences';
import { findNamedRuns } from './named-runs';
import { findClassLists } from './class-lists';
import { findAnnouncedClasses } from './announced-classes';
import { findItemColumns } from './item-columns';
import { findComplementPairs } from './complement-pairs';
import { findRespectiveParts } from './respective-parts';
import { columnRelations, type Column } from './columns';
import { findCompoundColumns } from './compound-columns';
import { findPlaceItemColumns } from './place-item-columns';
import { findCensusHouseholds } from './census-households';
import { findCarriedOver } from './carried-over';
import { findEachPlace } from './each-place';
import { findSectorLines } from './sector-lines';
import { parseNumber } from '../numbers/numeral';
import { readWords } from '../reading';
import { gridPlaceAt } from '../extract/grid';
import { CASES, isTakenOn, CLAUSE_END, FRAME_END, FRAME_END_REACH, clauseListStart, DIMENSION_OPENING, crossings, FINDING, headOf, inBrackets, indexOf, isAdditive, isQuantity, lastIndexWithin, linesAhead, linesBack, lineStart, OWN_CLAUSE, RESIDUAL_LEAD, sameFamily, sentenceStart, sharedEnding, TOPIC_OPENING, sameMeasureWord, SENTENCE_END, SOURCE_OPENING, TOTAL_LEAD, TOTAL_PREFIX, totalNamedBy, wordsBefore } from './text';

// Words that open the parts of the total just before them. `包括…在内` names a total, not parts.
// A colon right after a count opens them too (`交办件累计75件: 钟山19件,八步21件,…`).
const AMONG = /其中|主要涉及|主要包括|包括|涉及|分别是|[：:]/g;
const COLON = /^[：:]$/;
// A residual bucket closes a list: then the parts must add up.
const RESIDUAL = /^(?:[（(]?[一二三四五六七八九十0-9]{1,2}[)）、.．]?)?[\s“"]*(?:其他|其它|其余|另有)/;
// `以下5类`, `分为3个方面`, `共4项`: the number of items the list announces (`前四类` are the top four, not all).
const ANNOUNCED = /(?<!前)([一二三四五六七八九十两0-9]{1,3})(?:大类|类|个方面|方面|项|种)/;
// Sets of categories that are complete by definition, so a list of all of them must add up:
// the three sectors of the national accounts (国家统计局《三次产业划分规定》), the seasons of the
// grain harvest (国家统计局 grain announcements: 粮食 = 夏粮 + 早稻 + 秋粮; regions without early
// rice report 夏粮 and 秋粮), the two levels of regular higher education (普通本专科: 本科, 专科),
// the three collecting systems of 大口径财政收入 before the 2018 tax-service merger (财政, 国税,
// 地税), urban and rural, men and women; the branches of 农林牧渔业总产值 (农业, 林业, 牧业, 渔业 and
// their services, 农林牧渔专业及辅助性活动: the four alone are no complete list) and the two of 第二产业 (工业, 建筑业: see
// SECOND_SECTOR_GAP), as 国家统计局's 国民经济行业分类 defines them;
// the three batches of the 三个一批 drive (签约一批, 开工一批, 投产一批), as the drive names itself; and
// 执业(助理)医师, which is 执业医师 and 执业助理医师 together (国家卫生健康委 statistical definitions).
const EXHAUSTIVE_SETS: readonly (readonly string[])[] = [
  ['签约', '开工', '投产'],
  ['第一产业', '第二产业', '第三产业'],
  ['农业', '林业', '牧业', '渔业', '服务业'],
  ['工业', '建筑业'],
  ['夏粮', '早稻', '秋粮'],
  ['夏粮', '秋粮'],
  // Grain is cereals, beans and tubers (国家统计局: 粮食 = 谷物 + 豆类 + 薯类).
  ['谷物', '豆类', '薯类'],
  ['本科', '专科'],
  ['财政', '国税', '地税'],
  ['城镇', '乡村'],
  ['城镇', '农村'],
  ['男', '女'],
  ['执业医师', '执业助理'],
  // Local government bonds are general or special (《预算法》 art. 35: 一般债券, 专项债券).
  ['一般债', '专项债'],
  ['专项债', '一般债'],
  // The five Party disciplinary sanctions (《中国共产党纪律处分条例》 art. 8), the six sanctions of public
  // servants (《公职人员政务处分法》 art. 7), and the four forms of supervision (第一种 … 第四种形态), each
  // in the order the rules give them, which reports keep.
  ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'],
  ['警告', '记过', '记大过', '降级', '撤职', '开除'],
  ['第一种形态', '第二种形态', '第三种形态', '第四种形态'],
  // A year's key projects are new or carried over (新建 / 新开工 against 续建: the two kinds every
  // provincial key-project list is drawn up in).
  ['新建', '续建'],
  ['续建', '新建'],
  ['新开工', '续建'],
  ['续建', '新开工'],
  // A CPPCC proposal is made by members or by a body (《政协全国委员会提案工作条例》: 委员提案, 集体提案).
  ['委员提案', '集体提案'],
  ['集体提案', '委员提案'],
  // A deputy's suggestion is made during the congress's session or between sessions (《代表法》: 大会期间, 闭会期间).
  ['会议期间', '闭会期间'],
  ['大会期间', '闭会期间'],
  // A year's key-project list is drawn up in projects under construction and projects in preparation (建设 / 实施 against 前期).
  ['建设项目', '前期'],
  ['实施项目', '前期'],
  ['新开工', '续建', '前期'],
  ['续建', '新开工', '前期'],
  // A project is invested in by government or by society (《政府投资条例》: what is not 政府投资 is 社会投资).
  ['社会投资', '政府投资'],
  ['政府投资', '社会投资'],
];
// Kinds of one classification that never overlap: a school, its pupils and its teachers are of one
// stage. A list that names two or more of them (and nothing that spans stages, 九年一贯制, 完全中学)
// has those parts disjoint, whatever its other items are.
const DISJOINT_KINDS: readonly (readonly RegExp[])[] = [
  [/幼儿园|学前/, /小学/, /初中|初级中学/, /普通高中|高级中学/, /中职|中等职业|职业高中|技工学校/, /特殊教育/, /专门学校|工读/],
];
const SPANS_KINDS = /一贯制|完全中学/;
// A count of bodies (units, departments, towns): its parts are bodies too, in its own unit.
const BODIES = /(?:单位|部门|机构|乡镇|街道|社区|企业)$/;
// The counters bodies are counted in (`涉及…部门的207项` counts items).
const BODY_COUNTERS = /^[个家所]$/;
// A count of places (`涉及9个州(市)`, `16个县区`): never a part of a count of anything else.
const PLACES = /^(?:个)?(?:省|市|州|县|区|县区|县市区|乡|镇|乡镇|村|州市|市州|地市)(?:[(（][^)）]*[)）]?)?$/;
// A count of places names them after 个 (`13个市(区)`) or as its own measure word (`12市州`).
const countsPlaces = (f: Figure) => PLACES.test(f.label ?? '') || PLACES.test(f.unit ?? '');

// A change, not a stock: its parts are changes too, and may have either sign. (新增 counts what was added, never a net change:
// `现已新增20条,其中市本级17条、闽侯1条、长乐市2条` adds up.)
const CHANGE_LEAD = /(?:增加|减少|增长|下降|净增|扩大|缩小|多|少)了?\s*$/;
// `涉及11个工作事项类民生实事和33个工程类民生实事`: counts of kinds in one run, the last after 和, no 等.
const JOINED_KINDS = /^(?:涉及|包括)[^，,。；;等]*[0-9][^，,。；;等]*[和及][^，,。；;等]*[0-9][^，,。；;等]*$/;
const CLAUSE_OR_COMMA = /[，,。；;\n]|$/;
// How far after a list's end its completing item may stand.
const NEXT_CLAUSE = 40;
// A new total or an aside ends the parts of a list.
const NOT_A_PART = /((?<!公)共|累计|总计|合计|另|此外|同时|全年|总数)[\u4e00-\u9fff]{0,6}$/;
// …and so does a clause that opens with a total word.
const NEW_TOTAL_CLAUSE = /[，,]\s*(?:共|累计|总计|合计)/;
// Between a total and the word that opens its parts: its own growth or share, a short aside.
const MAX_GAP = 30;
/** A word at `at` that opens its sentence, past a phrase that names the figures' source (`据了解,其中,`). */
const OPENS_SENTENCE = new RegExp(String.raw`[。！？!?\n][\s“"(（]*(?:${SOURCE_OPENING})?$`);

// Sub-items (`78个子项` of `15件重点民生实事`) divide items further: never parts of a count of the items.
const SUB_ITEM = /子项|分项|子任务/;
const countsSubItems = (r: Relation) => r.operands.some((p) => SUB_ITEM.test(p.label ?? '')) && !SUB_ITEM.test(r.target.label ?? '');

// `其中查证属实2206件，不属实334件，另有19件仍在核实中`: a count the sentence sets beside a closed list's parts is one more.
const BESIDE = /^[，,、；;\s]*(?:另有|还有|尚有|仍有)$/;

function withCountBeside(text: string, figures: readonly Figure[], r: Relation): Relation {
  if (!r.closed || r.kind !== 'parts') return r;
  const last = r.operands.at(-1)!;
  const next = figures[indexOf(figures, last) + 1];
  if (!next || next.sentence.start !== last.sentence.start || r.operands.includes(next) || !isAdditive(next) || !sameFamily(next, last)) return r;
  return BESIDE.test(text.slice(last.end, next.numberStart)) ? { ...r, operands: [...r.operands, next] } : r;
}

/**
 * `…续建、新建项目126个,计划总投资250亿元…。其中,续建项目33个,计划总投资110亿元…;新建项目93个,计划总投资140亿元…`: items that
 * name every kind of a complete set (isExhaustive) divide the whole, so each of their columns makes its total too. A column
 * is closed when a list closed by its items' names has its k-th part in the same item as the column's k-th (no sentence
 * end or semicolon between), its total in the same sentence.
 */
function closedWithTheirItems(text: string, relations: readonly Relation[]): Relation[] {
  const byNames = relations.filter((r) => r.kind === 'parts' && isExhaustive(text, r.operands));
  const sameItem = (a: Figure, b: Figure) => a !== b && !/[；;。！？!?\n]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  return relations.map((r) =>
    r.kind !== 'parts' || r.closed || !byNames.some((e) => e.target.sentence.start === r.target.sentence.start && e.operands.length === r.operands.length && e.operands.every((p, k) => sameItem(p, r.operands[k]!))) ? r : { ...r, closed: true },
  );
}

export function findParts(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const found = findAllParts(text, figures, model).filter((r) => !countsSubItems(r) && !acrossSides(r) && !withinSpacedTable(text, r)).map((r) => (industryAndConstruction(text, r) ? { ...r, excessAllowed: SECOND_SECTOR_GAP } : r));
  return closedWithTheirItems(text, found.map((r) => (r.closed || !(namesEveryDivision(text, r) || completeByNature(text, r) || isExhaustive(text, r.operands)) ? r : { ...r, closed: true })))
    .map((r) => withCountBeside(text, figures, r))
    .map((r) => {
      if (r.partition) return r;
      if (eachLedByPlace(text, r.operands, leadOf(r))) return { ...r, partition: true };
      const disjoint = disjointParts(text, r.operands);
      return disjoint ? { ...r, disjoint } : r;
    });
}

/** Each part's words since the part before it (`；“开工一批”项目15个，计划总投资24.57亿元`). */
function partNames(text: string, parts: readonly Figure[]): string[] {
  return parts.map((p, k) => text.slice(Math.max(p.sentence.start, k > 0 && parts[k - 1]!.end < p.numberStart ? parts[k - 1]!.end : p.numberStart - 12), p.numberStart));
}

/**
 * 工业 and 建筑业 made 第二产业 until 2018; since, 第二产业 leaves out mining support and equipment repair, which 工业 still counts
 * (国家统计局《三次产业划分规定》, 2018 revision): the two may exceed it, by about half a per cent nationally (2019: 317109 +
 * 70904 against 386165亿元), more where mining is large.
 */
const SECOND_SECTOR_GAP = 0.03;
function industryAndConstruction(text: string, r: Relation): boolean {
  if (r.kind !== 'parts' || r.operands.length !== 2 || !/建[筑築]/.test(text.slice(Math.max(0, r.operands[1]!.numberStart - 12), r.operands[1]!.numberStart))) return false;
  const [industry, construction] = partNames(text, r.operands).map(readWords);
  return industry!.includes('工业') && construction!.includes('建筑业');
}

/**
 * A table whose cells spaces set apart reads like lines of prose (`其中:男性 562835 52.5`): its 其中 rows are the grid's to
 * read (./grid.ts), never a list of prose.
 */
function withinSpacedTable(text: string, r: Relation): boolean {
  const spacedCell = (f: Figure) => gridPlaceAt(text, f.numberStart) !== null && !text.slice(lineStart(text, f.start), f.start).includes('|');
  return r.kind === 'parts' && spacedCell(r.target) && r.operands.every(spacedCell);
}

/** The parts that name distinct kinds of one classification (DISJOINT_KINDS), when two or more do. */
function disjointParts(text: string, parts: readonly Figure[]): Figure[] | undefined {
  const names = partNames(text, parts);
  for (const kinds of DISJOINT_KINDS) {
    const taken = new Set<number>();
    const disjoint: Figure[] = [];
    for (let k = 0; k < parts.length; k++) {
      if (SPANS_KINDS.test(names[k]!)) continue;
      const named = kinds.flatMap((kind, i) => (kind.test(names[k]!) ? [i] : []));
      if (named.length !== 1) continue;
      // Two parts of one kind (城区小学, 农村小学): the list is cut some other way.
      if (taken.has(named[0]!)) return undefined;
      taken.add(named[0]!);
      disjoint.push(parts[k]!);
    }
    if (disjoint.length >= 2) return disjoint;
  }
  return undefined;
}

/** Where part i of a list begins its words: after the total or the part before. */
const leadOf = (r: Relation) => (i: number) => (i === 0 ? Math.max(r.target.end, r.operands[0]!.sentence.start) : r.operands[i - 1]!.end);

/** Whether the parts' leads (each from the part before it) name every division of one place. */
function namesEveryDivision(text: string, r: Relation): boolean {
  return namesAllDivisions(text, r.operands, leadOf(r));
}

// Cases handed over (CASES, ./text.ts): each goes to one place, so a list of the
// places that got them holds them all — unless it names only the main ones (`主要集中在`, `…等`).
const SOME_PLACES = /主要|集中|较多|最多|前[一二三四五六七八九十0-9]/;
// An environmental inspection group takes reports by its phone line and its mailbox, as each of its
// announcements says (专门值班电话, 专门邮政信箱): calls and letters are all the ways its cases came.
const INSPECTION_GROUP = /督察组/;
const CALL = /来电/;
const LETTER = /来信/;
// A list of findings (./text.ts) that names both ends holds every report looked into.
const UNTRUE = /不属实|失实/;
const TRUE = /(?<!不)属实/;

/** A list that holds every item of its total by what the items are, though it does not say so. */
function completeByNature(text: string, r: Relation): boolean {
  const total = r.target;
  const totalWords = text.slice(Math.max(total.sentence.start, total.numberStart - 16), total.numberStart) + (total.label ?? '');
  const last = r.operands.at(-1)!;
  if (/^\s*等/.test(text.slice(last.end, last.end + 2))) return false;
  const names = partNames(text, r.operands);
  const totalName = TRAILING_WORDS.exec(text.slice(total.sentence.start, total.numberStart))?.[0] ?? '';
  if (names.length === 2 && (complementary(names[0]!, names[1]!) || bothLevels(text, names) || contracted(totalName, names[0]!, names[1]!))) return true;
  if (names.every((n) => FINDING.test(n))) return names.some((n) => UNTRUE.test(n)) && names.some((n) => TRUE.test(n));
  if (names.length === 2 && names.some((n) => CALL.test(n)) && names.some((n) => LETTER.test(n))) {
    return INSPECTION_GROUP.test(text.slice(lineStart(text, total.start), total.numberStart));
  }
  const lead = text.slice(total.end, r.operands[0]!.numberStart);
  if (oneForEachLeadUnit(text, r, lead) || oneForEachPlaceInvolved(text, r)) return true;
  // Counts in brackets after places (`大安市2件(重点案件1件)`) are of those places only, not of every place.
  // (A body's own count in brackets after its name, `公安局(11件)`, is the body's.)
  const bracketed = r.operands.some((p) => inBrackets(text, p.sentence.start, p.numberStart) && !/[\u4e00-\u9fff][(（]$/.test(text.slice(p.numberStart - 2, p.numberStart)));
  return CASES.test(totalWords) && !SOME_PLACES.test(lead) && !bracketed && eachLedByHandler(text, r);
}

// `全省确定省市两级重点工程项目1317项`: a text that names two levels of government names every level its items are of, so a
// list of the two (`省级…249项,…;市级…850项`) is complete.
const TWO_LEVELS = /([省市县区乡镇])([省市县区乡镇])两级/g;

function bothLevels(text: string, names: readonly string[]): boolean {
  const levelOf = (name: string) => /([省市县区乡镇])级/.exec(readWords(name))?.[1];
  const [a, b] = names.map(levelOf);
  // (Not where one level's items take in the other's: `省级29项,市级囊括省级项目共38项`.)
  if (!a || !b || a === b || readWords(names[1]!).includes(`${a}级`) || readWords(names[0]!).includes(`${b}级`)) return false;
  return [...readWords(text).matchAll(TWO_LEVELS)].some((m) => new Set([m[1], m[2]]).size === 2 && [m[1], m[2]].includes(a) && [m[1], m[2]].includes(b));
}

// `电话诉求41424件,非电话诉求5229件`: a kind and what is not of it.
const NOT_OF = /非([\u4e00-\u9fff]{2,8})$/;

/** Whether one of two parts' words names the things the other's are not (X, 非X). */
function complementary(a: string, b: string): boolean {
  const [kind, other] = NOT_OF.test(b) ? [a, b] : [b, a];
  const not = NOT_OF.exec(other)?.[1];
  return not !== undefined && kind.endsWith(not) && !kind.endsWith(`非${not}`);
}

const TRAILING_WORDS = /[\u4e00-\u9fff]+$/;

/**
 * `审结涉黑恶犯罪案件191件…其中,涉黑犯罪案件23件…;涉恶犯罪案件168件`: a total named by two words contracted into one (涉黑恶,
 * 开复工, 进出港, 中小学, 省市重点项目) over two parts, each named by one of them, holds both and nothing else.
 */
function contracted(total: string, a: string, b: string): boolean {
  const [nameA, nameB] = [TRAILING_WORDS.exec(a)?.[0] ?? '', TRAILING_WORDS.exec(b)?.[0] ?? ''];
  for (let i = 0; i + 2 < total.length; i++) {
    const [x, y, rest] = [total[i]!, total[i + 1]!, total.slice(i + 2)];
    if (x === y) continue;
    const [first, second] = [x + rest, y + rest];
    if ((nameA.endsWith(first) && nameB.endsWith(second)) || (nameA.endsWith(second) && nameB.endsWith(first))) return true;
  }
  return false;
}

// `共61件(…),涉及我省12市州,其中兰州市20件、白银市10件、…、陇南市1件`: as many parts as the places the total involves, each led by a
// place, name every one of them.
const PLACES_INVOLVED = /涉及[^，,。；;0-9]{0,6}?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?(?:市州|县区|县市区|州市|市|县|区|州)(?:[(（][^)）]{1,6}[)）])?[，,]?\s*(?:其中|分别是)[：:，,]?\s*$/;

const PLACE_NAME_END = /[\u4e00-\u9fff]{1,8}(?:省|市|州|盟|县|区|旗)$/;

function oneForEachPlaceInvolved(text: string, r: Relation): boolean {
  const m = PLACES_INVOLVED.exec(text.slice(r.target.end, r.operands[0]!.start));
  const from = leadOf(r);
  return m !== null && parseNumber(m[1]!)?.value === r.operands.length && r.operands.every((p, i) => PLACE_NAME_END.test(text.slice(from(i), p.numberStart)));
}

// `共7个牵头单位(区住建局、区城管局、…、望城镇政府)。其中,区住建局…项目1个;区城管局…项目3个;…`: a task has one
// lead unit (牵头单位), so counts for every lead unit the text names hold every task.
const LEAD_UNITS = /([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个牵头(?:单位|部门)[(（]([^)）]{2,200})[)）]/;

function oneForEachLeadUnit(text: string, r: Relation, lead: string): boolean {
  const m = LEAD_UNITS.exec(lead);
  if (!m) return false;
  // `望城镇政府` leads as `望城镇`.
  const names = m[2]!.split('、').map((n) => n.trim().replace(/(?:人民)?政府$/, ''));
  if (parseNumber(m[1]!)?.value !== names.length || names.length !== r.operands.length) return false;
  const from = leadOf(r);
  const named = r.operands.map((p, i) => names.findIndex((n) => n.length > 0 && text.slice(from(i), p.numberStart).includes(n)));
  return named.every((k) => k >= 0) && new Set(named).size === names.length;
}

// A body a case may be handed to besides a place: a department, a zone, a company (`省环保厅1件`,
// `西咸新区25件`, `中油辽河油田分公司3件`, `市直8件`).
const HANDLER = /(?:厅|局|委|办|院|公司|集团|中心|报社|新区|示范区|开发区|高新区|园区|管委会|[省市县区]直(?:相关)?(?:部门|单位)?)[(（]?$/;

/** Whether every part is led by a place or by another body cases are handed to (each case goes to one). */
function eachLedByHandler(text: string, r: Relation): boolean {
  const from = leadOf(r);
  return r.operands.length >= 2 && r.operands.every((p, i) => HANDLER.test(text.slice(from(i), p.numberStart).replace(/各$/, '')) || ledByPlace(text, from(i), p.numberStart));
}

function findAllParts(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  return [...amongLists(text, figures), ...lineLists(text, figures, model), ...unannouncedLines(text, figures, model), ...statusLists(text, figures), ...residualSentences(text, figures), ...parallelSentences(text, figures), ...laterStatus(text, figures), ...dimensionBreakdowns(text, figures), ...framedWholes(text, figures), ...amongLines(text, figures, model), ...totalsAfterLists(text, figures), ...classifiedLists(text, figures), ...remainders(text, figures), ...bracketSubParts(text, figures), ...findRunningTotals(text, figures), ...findBatchLists(text, figures), ...findChannelLists(text, figures), ...findBracketColumns(text, figures), ...findSummarySections(text, figures, model), ...findLeadingParts(text, figures), ...findNamedFrames(text, figures), ...findStateSentences(text, figures), ...findNamedRuns(text, figures), ...findPlaceRepeats(text, figures), ...findClassLists(text, figures), ...findAnnouncedClasses(text, figures), ...findItemColumns(text, figures), ...findCasePlaces(text, figures), ...findIntake(text, figures), ...findFramedColumns(text, figures), ...findCompoundColumns(text, figures), ...findPlaceItemColumns(text, figures), ...findCensusHouseholds(text, figures), ...findCarriedOver(text, figures), ...findEachPlace(text, figures), ...findSectorLines(text, figures, model), ...findComplementPairs(text, figures), ...findRespectiveParts(text, figures)];
}

// `共发生死亡事故20起、死亡20人，…减少了8人。其中，一般道路交通事故17起、死亡17人，同比减少4起、4人。
// 高速公路事故3起、死亡3人，同比减少2起、3人。`: a 其中 sentence and the sentences after it written in the
// same columns (units, stocks and changes in one order) are the items of the sentence before; each
// column the total sentence gives once pairs with that column in every item. When the items make
// a stock total exactly, they are the whole, so every column must add up.
interface Cell {
  figure: Figure;
  key: string;
}

// What a count or an amount measures, named at the end of its label (`果园面积`, `粮食产量`, `城镇人口`).
const NAMED_MEASURE = /(?:面积|产量|产值|人口|投资|收入|增加值)$/;

function parallelSentences(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  // Each sentence's figures, as [first, end) indices; their cells are worked out only near a 其中.
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < figures.length; ) {
    const [from, start] = [i, figures[i]!.sentence.start];
    while (i < figures.length && figures[i]!.sentence.start === start) i++;
    ranges.push([from, i]);
  }
  const memo = new Map<number, Cell[]>();
  const cellsOf = (k: number): Cell[] => {
    let cells = memo.get(k);
    if (cells) return cells;
    cells = [];
    const [from, to] = ranges[k]!;
    const start = figures[from]!.sentence.start;
    let change = false;
    for (let i = from; i < to; i++) {
      const f = figures[i]!;
      if (!isAdditive(f)) continue;
      const lead = text.slice(Math.max(start, cells.at(-1)?.figure.end ?? start), f.numberStart);
      // `同比减少4起、4人`: a change goes on over the figures its list joins with 、.
      change = CHANGE_LEAD.test(lead) || (change && /^[、和及]$/.test(lead));
      cells.push({ figure: f, key: `${f.unit}|${change ? 'change' : 'stock'}` });
    }
    memo.set(k, cells);
    return cells;
  };
  const signature = (k: number) => cellsOf(k).map((c) => c.key).join(' ');
  for (let k = 1; k < ranges.length; k++) {
    const opening = figures[ranges[k]![0]]!.sentence.start;
    if (!/^[\s“"]*其中/.test(text.slice(opening, opening + 4))) continue;
    if (!cellsOf(k)[0]) continue;
    const items = [cellsOf(k)];
    // The items stay in the paragraph, and a sentence that a 其中 sentence follows is a total of its own, not one
    // more item (`…施工面積838364萬平方米…。其中，住宅施工面積589884萬平方米…。房屋新開工面積95376萬平方米…。其中，
    // 住宅新開工…`: measures of their own, each with its 其中, not kinds of the first).
    const line = lineStart(text, opening);
    const openingOf = (j: number) => text.slice(figures[ranges[j]![0]]!.sentence.start, figures[ranges[j]![0]]!.sentence.start + 16);
    const opensAmong = (j: number) => j < ranges.length && /^[\s“"]*其中/.test(openingOf(j));
    // Nor is a sentence that names a topic or a whole of its own (`…其中动车抵离客流641.6万人次。机场方面,…旅客吞吐量185.49万人次`;
    // `其中,城镇人口528.4万人…。在全市人口中,九区人口553.5万人`).
    // Nor one that names a measure its first item leaves to the total (`其中,蔬菜及食用菌21.6千公顷…。果园面积12.0千公顷`: orchards
    // are no sown area).
    const firstLabel = cellsOf(k)[0]!.figure.label ?? '';
    const ownMeasure = (j: number) => {
      const measure = NAMED_MEASURE.exec(cellsOf(j)[0]?.figure.label ?? '')?.[0];
      return measure !== undefined && !firstLabel.includes(measure);
    };
    const sameItem = (j: number) => signature(j) === signature(k) && lineStart(text, figures[ranges[j]![0]]!.sentence.start) === line && !opensAmong(j) && !opensAmong(j + 1) && !TOPIC_OPENING.test(openingOf(j)) && !ownMeasure(j);
    while (k + items.length < ranges.length && sameItem(k + items.length)) items.push(cellsOf(k + items.length));
    const totals = cellsOf(k - 1);
    if (items.length < 2 || totals.length === 0) continue;
    const columns: Column[] = [];
    for (const key of new Set(items[0]!.map((c) => c.key))) {
      const ofKey = (cells: readonly Cell[]) => cells.filter((c) => c.key === key).map((c) => c.figure);
      const total = ofKey(totals);
      if (total.length !== 1 || ofKey(items[0]!).length !== 1) continue;
      columns.push({ total: total[0]!, parts: items.map((item) => ofKey(item)[0]!), stock: key.endsWith('stock') });
    }
    out.push(...columnRelations(columns, '其中'));
    k += items.length - 1;
  }
  return out;
}

// `"开工一批"项目769个。其中，100亿元以上项目13个。先进制造业项目327个，…，其他项目62个。`: a sentence
// that is nothing but a list closed by a residual bucket breaks down the total of the sentence
// before it (past a 其中 sentence, which is a subset of that same total).
const MIN_RESIDUAL_PARTS = 3;

function residualSentences(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let j = 0; j < figures.length; j++) {
    // The sentence's last figure, led by 其他: then walk back to the sentence's first.
    const last = figures[j]!;
    if (figures[j + 1]?.sentence.start === last.sentence.start) continue;
    const previous = figures[j - 1];
    if (!previous || previous.sentence.start !== last.sentence.start) continue;
    if (!RESIDUAL_LEAD.test(text.slice(Math.max(last.sentence.start, previous.end), last.numberStart))) continue;
    let at = j;
    while (at > 0 && figures[at - 1]!.sentence.start === last.sentence.start) at--;
    const first = figures[at]!;
    const parts = figures.slice(at, j + 1);
    if (parts.length < MIN_RESIDUAL_PARTS || !parts.every((p) => isAdditive(p) && p.unit === first.unit)) continue;
    if (CLAUSE_END.test(text.slice(first.end, last.start)) || /其中|包括|涉及/.test(text.slice(first.sentence.start, first.start))) continue;
    // A sentence that opens with its own whole (`4387个问题中,涉及大气环境问题1548个,…其他环境问题571个`) lists its parts.
    if (/中$/.test(first.text) || /^[\u4e00-\u9fff]{0,8}中[，,]/.test(text.slice(first.end))) continue;
    // The sentence before (or the one before a 其中 sentence) gives exactly one total of this unit.
    let k = at - 1;
    const opensWithAmong = (f: Figure) => /^[\s“"]*其中/.test(text.slice(f.sentence.start, f.sentence.start + 4));
    // (Unless the list makes about one count of the 其中 sentence rather than the total: `其中,涉疫訴求30.68萬件,…。涉及來疆離疆
    // 7.33萬件,…,其他1.75萬件。` breaks down the 30.68.)
    let among: Figure[] = [];
    if (k >= 0 && opensWithAmong(figures[k]!)) {
      among = figures.filter((f) => f.sentence.start === figures[at - 1]!.sentence.start && f.unit === first.unit && isAdditive(f));
      while (k >= 0 && figures[k]!.sentence.start === figures[at - 1]!.sentence.start) k--;
    }
    if (k < 0) continue;
    const totalSentence = figures[k]!.sentence.start;
    const before: Figure[] = [];
    for (let t = k; t >= 0 && figures[t]!.sentence.start === totalSentence; t--) if (figures[t]!.unit === first.unit && isAdditive(figures[t]!)) before.push(figures[t]!);
    if (before.length !== 1 || before[0]!.value < Math.max(...parts.map((p) => p.value))) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const whole = among.length === 1 && Math.abs(sum - among[0]!.value) < Math.abs(sum - before[0]!.value) ? among[0]! : before[0]!;
    out.push({ kind: 'parts', target: whole, operands: parts, word: '其他', closed: true, partition: true });
  }
  return out;
}

// `共查找2820个问题，已完成整改800个、已阶段性完成1081个`, `2053件，办结1957件，还有96件正在办理`:
// counts by how far they got, right after their total. With a still-open count among them the
// statuses cover the whole, and must add up.
// (Handled at once or passed on is a status too: `有效事项2880件，在线办结1652件、转派工单1228件`.)

const PENDING = /未办结|未完成|未解决|未整改|未销号|未开工|未启动|未动工|正在|推进中|持续推进|在办|办理中|尚未|暂未|延期/;
const NOT_A_TOTAL_LEAD = /(?:已|均|未|正在)[\u4e00-\u9fff]{0,6}$/;
// A hotline either settles a request itself or passes it on: the two together are every request
// (`有效事项2880件，在线办结1652件、转派工单1228件`, `自行处理2276件，派单601件`).
const SETTLED_AT_ONCE = /自行处理|自行办结|直接办结|直接办理|直接答复|直接解答|直办|在线办结|即时办结|当即办结|现场办结/;
const PASSED_ON = /转派|转办|派单|交办|派发/;
// The stages of building: what is finished was started.
const STARTED = /开工|动工/;
const FINISHED = /完工|竣工|建成/;
// Between two items of one run: a comma and the next item's name.
const SIBLING_ITEM = /^[，,、]\s*[\u4e00-\u9fff]{1,8}$/;
const STATUS = new RegExp(`办结|完成|解决|化解|处理|办理完毕|整改|销号|落实|答复|回复|办理|${FINISHED.source}|${STARTED.source}|${SETTLED_AT_ONCE.source}|${PASSED_ON.source}`);

function statusLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let t = 0; t < figures.length; t++) {
    const total = figures[t]!;
    if (!isAdditive(total)) continue;
    // Statuses are counts of the total's kind, the first of them next after it (its rates aside).
    let k = t + 1;
    while (figures[k]?.kind === 'percent') k++;
    if (!figures[k] || !isQuantity(figures[k]!) || !sameFamily(figures[k]!, total)) continue;
    if (NOT_A_TOTAL_LEAD.test(text.slice(Math.max(total.sentence.start, total.numberStart - 8), total.numberStart))) continue;
    // The first part of a 其中 list is no total of the statuses after it (`267个，其中退回重办后满意184个，
    // 研判销号20个，延期销号52个…`): they are its fellow parts.
    // Nor is a status itself, after a count of its kind (`…184个，研判销号20个，延期销号52个`).
    if (/^[\s“"]*其中[，,:：]?[^，,。；;]{0,12}$/.test(text.slice(total.sentence.start, total.numberStart))) continue;
    // …and a count that says its own status (`6件,1件已办结,2件正在办理`) is one of the statuses.
    const own = text.slice(total.numberEnd, total.end + 8).split(/[，,、；;。]/)[0]!;
    if (/^[^\u4e00-\u9fff]*[\u4e00-\u9fff]?(?:已|正在|暂|尚|未)/.test(own)) continue;
    // …and so is a count done before what is still under way (`办理完成21项，正在办理17项，持续推进18项`).
    const after = figures[k]!;
    if (/完成|办结|解决/.test(OWN_CLAUSE.exec(wordsBefore(text, total, 8))![0]) && PENDING.test(text.slice(total.end, after.numberStart))) continue;
    // …and a count of one of the two ways a request goes before the other (`历城区(直办5620件,转办6004件)`): siblings.
    const ways = (f: Figure) => OWN_CLAUSE.exec(wordsBefore(text, f, 8))![0] + (f.label ?? '');
    const [totalWay, firstWay] = [ways(total), ways(after)];
    if ((SETTLED_AT_ONCE.test(totalWay) && PASSED_ON.test(firstWay)) || (PASSED_ON.test(totalWay) && SETTLED_AT_ONCE.test(firstWay))) continue;
    const previous = figures[t - 1];
    if (previous && previous.sentence.start === total.sentence.start) {
      const lead = text.slice(previous.end, total.numberStart);
      if (!CLAUSE_END.test(lead) && (lead.includes('其中') || (sameFamily(previous, total) && STATUS.test(lead)))) continue;
      // …nor is an item of a run of its kind (`基础施工6所,主体在建10所,封顶装修9所,已竣工13所`): the statuses after it are its fellows.
      if (previous.unit === total.unit && SIBLING_ITEM.test(lead)) continue;
    }
    // A total that is its sentence's one count and ends it (`共办理热线工单2495件。交办…2388件，…直办107件`)
    // has its statuses in the next one.
    let sentence = total.sentence.start;
    const next = figures[t + 1];
    const alone = figures[t - 1]?.sentence.start !== sentence;
    if (alone && next && next.sentence.start !== sentence && /^[。；;]$/.test(text.slice(total.end, next.sentence.start).trim())) sentence = next.sentence.start;
    // Each group between semicolons may divide the total another way (`交办…2388件,…直办107件;按期回复2424件、…逾期回复71件`).
    let last = t;
    for (let i = t + 1; i < figures.length && figures[i]!.sentence.start === sentence; ) {
      const group = statusGroup(text, figures, total, i, sentence, i > t + 1);
      if (group.relation) out.push(group.relation);
      if (group.relation?.word === '分状态') last = indexOf(figures, group.relation.operands.at(-1)!);
      const end = group.end;
      if (end <= i || end >= figures.length || figures[end]!.sentence.start !== sentence || !/[；;]/.test(text.slice(figures[end - 1]!.end, figures[end]!.start))) break;
      i = end;
    }
    t = last;
  }
  return out;
}

// A hotline's calls, as against the requests they bring: settled at once and passed on are every request, not every
// call (calls hold invalid ones: `共接听来电44633件。其中,直接解答34113件,工单交办7073件,电话交办388件`).
const CALLS = /来电|接听|话务|通话|呼入/;
const ofCalls = (text: string, total: Figure) => CALLS.test(OWN_CLAUSE.exec(wordsBefore(text, total, 12))![0] + (total.label ?? ''));

// Due and not done (`应开工未开工`, `到期未办结`): the overdue among the open.
const OVERDUE = /应[\u4e00-\u9fff]{1,4}未|(?:到期|逾期|超期)未/;

// Time a count was done in, and out of (`按期回复2424件、…逾期回复71件`): together, every case.
const ON_TIME = /按期|按时|及时|限时内/;
const LATE = /逾期|超时|超期|延期/;

// Measures taken (`细化了100条整改措施`) are never what they address (`37个问题`, `已完成问题整改28个`).
const STEPS_TAKEN = /措施|举措|制度|机制|办法|方案/;
// A count's thing: the noun right after its measure word (`100条整改措施,`), else its label.
const thingOf = (text: string, f: Figure) => /^[\u4e00-\u9fff]{2,6}(?=[，,、；;。：:（(]|$)/.exec(text.slice(f.end, f.end + 7))?.[0] ?? f.label ?? '';
const namesOtherThings = (text: string, a: Figure, b: Figure) => a.unit !== b.unit && STEPS_TAKEN.test(thingOf(text, a)) !== STEPS_TAKEN.test(thingOf(text, b));

/**
 * The statuses of `total` read from figure `i0` on, up to the first figure that is not one (its index is `end`).
 * A `later` group, after a semicolon, names each status before its count and has no part over the total:
 * `…;未办结委员提案6件,1件已办结,2件正在办理` divides the 6, not the total.
 */
function statusGroup(text: string, figures: readonly Figure[], total: Figure, i0: number, sentence: number, later: boolean): { relation: Relation | null; end: number } {
  const parts: Figure[] = [];
  let covers = false;
  let [atOnce, passedOn, unread, onTime, late] = [false, false, false, false, false];
  const stages: { part: Figure; started: boolean; finished: boolean }[] = [];
  let i = i0;
  for (; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.sentence.start !== sentence) break;
    // `共3456件(限期内200件工单至下月办结)，已解决3112件`: an aside in brackets is no status, nor is
    // the total's own change (`2877件，较上月同比增长1.3%，自行处理2276件`).
    if (f.kind === 'percent' || inBrackets(text, total.end, f.start)) continue;
    // (A later group's first count is read from its semicolon on.)
    const from = Math.max(figures[i - 1]!.end, sentence, later && i === i0 ? Math.max(lastIndexWithin(text, ';', f.start, sentence), lastIndexWithin(text, '；', f.start, sentence)) + 1 : 0);
    if (!isQuantity(f) || !sameFamily(f, total) || CLAUSE_END.test(text.slice(from, f.start))) break;
    // The bodies that handle a count (`168件建议…分解到24个县级部门和3个乡镇办理`) are no state of it.
    if (f.unit !== total.unit && BODIES.test(f.label ?? '')) break;
    if (namesOtherThings(text, f, total)) break;
    const words = text.slice(from, f.numberStart) + text.slice(f.numberEnd, f.end + 8).split(/[，,、；;。]/)[0]!;
    // What is overdue (`应开工未开工1项`) is only some of what is still open: it leaves the list open.
    const open = PENDING.test(words) && !OVERDUE.test(words);
    // Past a pair that settled at once and passed on, a count of what was done is of the whole
    // (`在线办结数6273件，综合办结数为11163件`); a 其中 divides the status before it
    // (`辦結6.9萬件，其中接聽直辦3.6萬件，轉辦…3.3萬餘件`).
    if ((atOnce && passedOn) || (parts.length > 0 && /其中|涉及|包括/.test(words))) break;
    // A count of the total's kind whose state is not read may be one more state: the list is open.
    if (!open && !STATUS.test(words)) {
      unread = true;
      break;
    }
    const named = text.slice(from, f.numberStart);
    if (later && !STATUS.test(named) && !PENDING.test(named)) return { relation: null, end: i };
    parts.push(f);
    stages.push({ part: f, started: STARTED.test(words), finished: FINISHED.test(words) });
    covers ||= open;
    atOnce ||= SETTLED_AT_ONCE.test(words);
    passedOn ||= PASSED_ON.test(words);
    onTime ||= ON_TIME.test(words);
    late ||= LATE.test(words);
  }
  // A division that says it is whole: on time and late, at once and passed on (of requests). A later group must be one.
  const whole = (onTime && late && parts.length === 2) || (atOnce && passedOn && !ofCalls(text, total));
  // A part over the total is a flag only where the statuses cover the whole (that, or one still open).
  covers = (covers || whole) && !unread;
  if (parts.length < 2 || (parts.some((p) => p.value > total.value) && (!covers || later)) || (later && !whole)) return { relation: null, end: i };
  // Started and finished are stages, not states side by side: what is finished was started (`已开工18个,…完工5个`).
  const [first, done] = [stages.find((x) => x.started), stages.find((x) => x.finished)];
  if (first && done) return { relation: first.part.start < done.part.start ? { kind: 'parts', target: first.part, operands: [done.part], word: '其中', closed: false } : null, end: i };
  return { relation: { kind: 'parts', target: total, operands: parts, word: '分状态', closed: covers }, end: i };
}

// `…项目共70件，主要涉及教育、医疗…等方面。截至11月20日，已完成51件。`: a sentence that opens with
// what is done (and what is still under way, `另9条正在全力推进`) reports on the total of the
// sentences before it in the paragraph, when no count of that kind stands between.
// After the date it reports at, 已 may go unsaid (`截至目前，办理完成21项，正在办理17项，持续推进18项`), and the verb
// may follow the count (`目前，已有6处…建成投用`).
const AS_OF = '(?:截至[^，,。]{0,16}|目前)[，,]';
const DONE_VERB = '(?:完成|办结|解决|整改|销号|落实|建成)';
const DONE_OPENING = new RegExp(`^[\\s“"]*(?:${AS_OF}(?:已(?:经)?)?|(?:${AS_OF})?[^，,。0-9０-９]{0,16}?已(?:经)?)(?:全部)?(?:办理)?${DONE_VERB}`);
const DONE_AFTER = new RegExp(`^[\\s“"]*(?:${AS_OF})?[^，,。0-9０-９]{0,16}?已有$`);
const VERB_AFTER = new RegExp(DONE_VERB);

function laterStatus(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i < figures.length; i++) {
    const first = figures[i]!;
    const sentence = first.sentence.start;
    if (figures[i - 1]!.sentence.start === sentence || !isAdditive(first)) continue;
    const opening = text.slice(sentence, first.numberStart);
    if (!DONE_OPENING.test(opening) && !(DONE_AFTER.test(opening) && VERB_AFTER.test(text.slice(first.end, first.end + 16).split(/[，,；;。]/)[0]!))) continue;
    const parts = [first];
    let pending = false;
    for (let j = i + 1; j < figures.length && figures[j]!.sentence.start === sentence; j++) {
      // `已完成108项，办结率85%，剩余19项正在有序推进中`: past the rate.
      if (figures[j]!.kind === 'percent') continue;
      const words = text.slice(figures[j - 1]!.end, figures[j]!.end + 8).split(/[；;。]/)[0]!;
      if (!sameFamily(figures[j]!, first) || !PENDING.test(words)) break;
      parts.push(figures[j]!);
      pending = true;
    }
    // The total: one the sentence names by the verb that gathered it (前期摸排的事项), else the last
    // count of this kind before, in this paragraph, with none of its kind after it.
    const paragraph = lineStart(text, sentence);
    let t = i - 1;
    // (Not one in an aside: `共计263件(其中来电63件,来信200件)。截至9月14日,已办结183件…`.)
    const aside = (f: Figure) => inBrackets(text, f.sentence.start, f.start);
    while (t >= 0 && figures[t]!.start >= paragraph && !(isAdditive(figures[t]!) && sameFamily(figures[t]!, first) && !aside(figures[t]!))) t--;
    const inParagraph = figures[t] && figures[t]!.start >= paragraph ? figures[t]! : null;
    const total = totalNamedBy(text, figures, sentence, text.slice(sentence, first.numberStart), first) ?? inParagraph;
    if (!total || NOT_A_TOTAL_LEAD.test(text.slice(Math.max(total.sentence.start, total.numberStart - 8), total.numberStart))) continue;
    if (parts.some((p) => p.value > total.value) || CHANGE_LEAD.test(text.slice(Math.max(total.sentence.start, total.numberStart - 6), total.numberStart))) continue;
    out.push({ kind: 'parts', target: total, operands: parts, word: '分状态', closed: pending });
  }
  return out;
}

// `分产业情况看，农业履约项目21个（其中新签约履约项目13个），到位资金32824万元…；工业履约项目227个…；
// 第三产业…`: a sentence that opens `从…看` / `分…看` and lists its items in clauses divides the totals
// above it. Each figure of the first item pairs with the total whose name its own ends with
// (`农业履约项目` → `全市履约项目`, `新签约履约项目` → `新签约履约项目`), the longest such name, and with
// the figure of that name in every other item. Thresholds (`10亿元以上项目`) nest, so they are no parts.
// The whole a breakdown divides, framed by 中 in its own sentence before it (`我市100个重点推进项目中,`).
const FRAMED_WHOLE = /^[\u4e00-\u9fff]{0,12}中[，,]/;
const THRESHOLD = /以上|以下|超过|不足/;
const DIMENSION_LINES_BACK = 3;
const DIMENSION_LINES_AHEAD = 6;

function dimensionBreakdowns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const sentence = figures[i]!.sentence;
    if (figures[i - 1]?.sentence.start === sentence.start) continue;
    let end = i;
    while (end < figures.length && figures[end]!.sentence.start === sentence.start) end++;
    const opening = DIMENSION_OPENING.exec(text.slice(sentence.start, sentence.end));
    if (!opening) continue;
    const partsFrom = sentence.start + opening[0].length;
    // A count framed by 中 before the opening is the whole of the parts in its unit.
    const framed = figures.slice(i, end).filter((f) => f.end <= partsFrom && isAdditive(f) && FRAMED_WHOLE.test(text.slice(f.end, partsFrom)));
    // A 其中 inside the breakdown (not in an item's brackets) lists the parts of the item before it, up to the next
    // semicolon: no items of the breakdown.
    const underAmong = (f: Figure) => {
      const item = Math.max(partsFrom, lastIndexWithin(text, '；', f.start, partsFrom) + 1, lastIndexWithin(text, ';', f.start, partsFrom) + 1);
      return [...text.slice(item, f.start).matchAll(/其中/g)].some((m) => !inBrackets(text, item, item + m.index));
    };
    const inSentence = figures.slice(i, end).filter((f) => f.start >= partsFrom && isAdditive(f) && f.label !== null && !THRESHOLD.test(f.label) && !underAmong(f));
    if (inSentence.length === 0 || inSentence[0]!.start > partsFrom + MAX_GAP) continue;
    i = end - 1;
    // Items are the clauses between semicolons.
    const items: Figure[][] = [];
    let from = sentence.start;
    for (const f of inSentence) {
      if (items.length === 0 || CLAUSE_END.test(text.slice(from, f.start))) items.push([]);
      items[items.length - 1]!.push(f);
      from = f.end;
    }
    // One figure a clause between commas (`基础设施项目6个,重大产业项目13个,房地产项目1个`): each clause is an item.
    if (items.length === 1 && inSentence.every((f, k) => f.unit === inSentence[0]!.unit && (k === 0 || /[，,、]/.test(text.slice(inSentence[k - 1]!.end, f.numberStart))))) {
      items.splice(0, 1, ...inSentence.map((f) => [f]));
    }
    const floor = linesBack(text, lineStart(text, sentence.start), DIMENSION_LINES_BACK);
    // Not the items of another breakdown above (`■按项目类别统计:…` before `■按建设阶段统计:…`).
    const opensBreakdown = (f: Figure) => DIMENSION_OPENING.test(text.slice(f.sentence.start, f.numberStart));
    const totals = figuresWithNumberIn(figures, floor, sentence.start).filter((f) => isAdditive(f) && f.label !== null && !opensBreakdown(f));
    const core = (f: Figure) => f.label!.replace(TOTAL_PREFIX, '');
    // The longest name wins, then one the text presents as a total (`实际到位资金` over an item's `到位资金`).
    const rank = (t: Figure) => core(t).length * 2 + (core(t) !== t.label ? 1 : 0);
    // A count of things is of the one count above of the same head noun that no 其中 picks out (`产业发展项目172个`
    // under `316个州重点建设项目`, past `其中,146个续建项目…`), when no name says more.
    const byHead = (part: Figure) => {
      if (part.kind !== 'count' || (part.label ?? '').length < 3) return null;
      const same = totals.filter((t) => t.kind === 'count' && t.unit === part.unit && (t.label ?? '').length >= 3 && headOf(t.label!) === headOf(part.label!) && !/其中/.test(text.slice(t.sentence.start, t.numberStart)));
      return same.length === 1 ? same[0]! : null;
    };
    const totalOf = (part: Figure) => {
      let best: Figure | null = null;
      let tie = false;
      for (const t of totals) {
        const name = core(t);
        if (name.length < 2 || !sameFamily(t, part) || !part.label!.endsWith(name)) continue;
        // One that a 其中 picks out is named in full (`其中新签约履约项目222个` over `(其中新签约履约项目13个)`), not by the
        // end of a name (`其中：…；61个省重点项目完成投资274.5亿元` over `分行业来看，…工业项目完成投资…`).
        if (part.label !== t.label && /其中/.test(text.slice(t.sentence.start, t.numberStart))) continue;
        if (!best || rank(t) > rank(best)) [best, tie] = [t, false];
        else if (rank(t) === rank(best) && t.value !== best.value) tie = true;
      }
      return tie ? null : (best ?? byHead(part));
    };
    const columns: Column[] = [];
    // The framed whole's column: each item's first count in its unit (`工业项目35个,…,其中…12个…`).
    const whole = framed.length === 1 ? framed[0]! : null;
    const firsts = whole ? items.map((item) => item.find((f) => f.unit === whole.unit && sameFamily(f, whole))) : [];
    if (whole && firsts.every((f) => f !== undefined)) columns.push({ total: whole, parts: firsts as Figure[] });
    for (const head of items[0]!) {
      if (whole && head.unit === whole.unit) continue;
      const total = totalOf(head);
      if (!total) continue;
      const column = items.map((item) => item.filter((f) => totalOf(f) === total));
      if (column.some((c) => c.length !== 1)) continue;
      columns.push({ total, parts: column.map((c) => c[0]!) });
    }
    // The items may go on into the sentences after it in its paragraph, each giving every column one part
    // (`…；社会事业项目10个,…。民生实事项目1个,年度计划投资6亿元,…`).
    // So may they into the lines after it, one item a line, each line's other sentences read past
    // (`分行业来看,67个重大产业项目…完成投资463.5亿元…。其中,…36个项目…。` then `22个重大基础设施…完成投资187.7亿元…`).
    const line = lineStart(text, sentence.start);
    const lastLine = linesAhead(text, line, DIMENSION_LINES_AHEAD);
    const ended = new Set<Column>();
    for (let next = end; next < figures.length && columns.length > 0 && figures[next]!.start < lastLine; ) {
      let after = next;
      while (after < figures.length && figures[after]!.sentence.start === figures[next]!.sentence.start) after++;
      const opening = figures[next]!.sentence.start;
      // Past an item's own 其中 (`其中,…等36个项目均已完成…`) and the other sentences of a later item's line.
      if (/^[\s“"]*其中/.test(text.slice(opening, opening + 4)) || (lineStart(text, opening) !== line && lineStart(text, opening) < opening)) {
        next = after;
        continue;
      }
      // (`…等139个基础设施项目…超过80%`: what 等 sums up is a set picked out by a property, no item.)
      const item = figures.slice(next, after).filter((f) => isAdditive(f) && f.label !== null && !THRESHOLD.test(f.label) && !/等$/.test(wordsBefore(text, f, 1)));
      // Another breakdown (`■按建设阶段统计:…`) ends the list.
      if (DIMENSION_OPENING.test(text.slice(opening, figures[next]!.numberStart))) break;
      const open = columns.filter((c) => !ended.has(c));
      const picks = open.map((c) => (c.total === whole ? item.filter((f) => f.unit === whole.unit && sameFamily(f, whole)).slice(0, 1) : item.filter((f) => totalOf(f) === c.total)));
      // An item without a column's figure ends the list; one with several (`7个服务类项目，…其余6个项目`) ends that
      // column, and the others go on.
      if (picks.some((p) => p.length === 0)) break;
      open.forEach((c, k) => (picks[k]!.length === 1 ? c.parts.push(picks[k]![0]!) : ended.add(c)));
      if (ended.size === columns.length) break;
      next = after;
      i = after - 1;
    }
    const listed = columns.filter((c) => c.parts.length >= 2);
    out.push(...columnRelations(listed, '分项', (c) => isExhaustive(text, c.parts)));
  }
  return out;
}

// `在查处的700多万起违法中，违法停车数量最多，高达124.5万起…；行人、非机动车交通违法15.2万起`: a count
// framed by 在…中 is the whole the rest of its paragraph picks parts from. The list is open.
// (An attribute that ends with 的 frames it as 在 does: `平台2023年7月收到的6709条留言中,投诉类留言3983条、…`.)
const WHOLE_BEFORE = /(?:在[^，,。；;！？\n]{0,10}|[\u4e00-\u9fff]的)$/;

function framedWholes(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const whole = figures[i]!;
    if (!isAdditive(whole)) continue;
    // `15项中有9项…`: a count and 中有 frame the whole as 在…中 does.
    const hasPart = text.startsWith(`${whole.unit ?? ''}中有`, whole.numberEnd);
    // `65件案件中,哈尔滨市35件(…),齐齐哈尔市10件,…`: so does a count that opens its sentence.
    const framedBefore = WHOLE_BEFORE.test(text.slice(whole.sentence.start, whole.numberStart)) || /^\s*$/.test(text.slice(whole.sentence.start, whole.numberStart));
    if (!hasPart && !(FRAME_END.test(text.slice(whole.numberEnd, whole.numberEnd + FRAME_END_REACH)) && framedBefore)) continue;
    // 在…中 frames the paragraph, 中有 its sentence.
    const paragraphEnd = hasPart ? whole.sentence.end : text.indexOf('\n', whole.end);
    const parts: Figure[] = [];
    for (let j = i + 1; j < figures.length && (paragraphEnd < 0 || figures[j]!.start < paragraphEnd); j++) {
      const f = figures[j]!;
      if (!isAdditive(f) || f.unit !== whole.unit) continue;
      // A count in brackets after a part (`哈尔滨市35件(重点关注案件1件)`) is of that part.
      if (/[(（][^)）]*$/.test(text.slice(whole.end, f.start))) continue;
      const lead = text.slice(Math.max(f.sentence.start, figures[j - 1]!.end), f.numberStart);
      if (NOT_A_PART.test(lead) || FRAME_END.test(text.slice(f.numberEnd, f.numberEnd + FRAME_END_REACH))) break;
      if (CHANGE_LEAD.test(lead) || THRESHOLD.test(f.label ?? '')) continue;
      parts.push(f);
    }
    if (parts.length >= 2) out.push({ kind: 'parts', target: whole, operands: parts, word: '其中' });
  }
  return out;
}

// `全县30项民生实事中…常态化开展的有3项…，其余27项中，…已完成19项。剩余8项中…`: a remainder (其余,
// 剩余) is what a whole framed by 中 (or opening the remainder's sentence) leaves after the counts
// named since, so together they make it.
const REMAINDER_LEAD = /(?:其余|剩余|余下|剩下)(?:的)?$/;
const FRAMED = /^[\u4e00-\u9fff]{0,8}?(?<!其)中/;
// How much of their leads two counts must share to be siblings.
const SIBLING_LEAD = 3;

function remainders(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let r = 1; r < figures.length; r++) {
    const rest = figures[r]!;
    if (!isAdditive(rest) || !REMAINDER_LEAD.test(text.slice(Math.max(lineStart(text, rest.start), figures[r - 1]!.end), rest.numberStart))) continue;
    // The whole: the nearest count of the same unit and name (`省20项民心工程…增加了2项…(注:其余18项民心工程…)`),
    // else the nearest framed by 中, in the remainder's paragraph.
    const line = lineStart(text, rest.start);
    const framed = (f: Figure) => f.unit === rest.unit && isAdditive(f) && FRAMED.test(text.slice(f.numberEnd + (f.unit?.length ?? 0), f.numberEnd + 12));
    const named = (f: Figure) => f.unit === rest.unit && isAdditive(f) && f.value >= rest.value && rest.label !== null && rest.label.length >= 2 && f.label === rest.label;
    let w = r - 1;
    while (w >= 0 && figures[w]!.start >= line && !named(figures[w]!)) w--;
    if (w < 0 || figures[w]!.start < line) for (w = r - 1; w >= 0 && figures[w]!.start >= line && !framed(figures[w]!); ) w--;
    // Or, in the remainder's own sentence (its clause list, past a semicolon), a count of its unit and the one count of that
    // unit after it (`20件民生大事,已完成3件,其余17件按进度推进中`; `…;…共388项具体问题,已提前完成整改201项,其余187项…`); with more
    // between (`110处…超额谋划42处…已完工29处,累计完成139处…其余13处`) which of them the remainder completes is unsure.
    if (w < 0 || figures[w]!.start < line) {
      const from = clauseListStart(text, rest);
      const same = figures.slice(0, r).filter((f) => f.start >= from && f.sentence.start === rest.sentence.start && f.unit === rest.unit && isAdditive(f));
      if (same.length !== 2) continue;
      // Two counts led in one mould are siblings, the remainder a third (`交由市…系统办理的有217件,…;交由市委有关部门…办理的有
      // 7件,…;其余9件`): no whole among them.
      if (sharedEnding(wordsBefore(text, same[0]!, 12), wordsBefore(text, same[1]!, 12)).length >= SIBLING_LEAD) continue;
      w = indexOf(figures, same[0]!);
    }
    const whole = figures[w];
    if (!whole || whole.start < line || whole.value < rest.value) continue;
    const parts = figures.slice(w + 1, r).filter((f) => f.unit === rest.unit && isAdditive(f) && !inBrackets(text, whole.end, f.start));
    // A part broken down further (其中, or a count of its state in its own clause: `应完成整改的32项问题已完成整改29项`) would be
    // counted twice: unsure, so nothing.
    const brokenDown = parts.some((p, k) => k + 1 < parts.length && !CLAUSE_END.test(text.slice(p.end, parts[k + 1]!.start)));
    if (parts.length === 0 || brokenDown || /其中/.test(text.slice(whole.end, rest.start))) continue;
    out.push({ kind: 'parts', target: whole, operands: [...parts, rest], word: '其余', closed: true, partition: true });
  }
  return out;
}

// `执业医师1390人(全科25人)、执业助理504人(乡村全科162人、执助全科8人)`: counts in brackets right after a
// count, of its kind, are some of it. The list is open.
const BRACKET = /[(（]/g;

// A note in brackets (`(注:…)`): an aside on how the counts around it relate.
const NOTE = /^[(（]\s*注[:：]/;
// The count again after a step (`交办3314件(分解后交办3336件)`, `调整后`, `合并后`): the same whole counted another way.
const RESTATED = /^[(（]\s*[\u4e00-\u9fff]{1,2}后/;
// What the count leaves out (`321 146件(不含上年旧存28 802件,下同)`): no part of it.
const LEFT_OUT = /^[(（]\s*(?:不含|不包含|不包括|未含|未包括)/;

function bracketSubParts(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const whole = figures[i]!;
    if (!isAdditive(whole) || !/^\s*[(（]/.test(text.slice(whole.end, figures[i + 1]!.start))) continue;
    // `比全省低5121元(全省为24138元)`: a difference's bracket gives what it is measured against.
    if (text.slice(Math.max(whole.sentence.start, whole.numberStart - 10), whole.numberStart).includes('比')) continue;
    BRACKET.lastIndex = whole.end;
    const open = BRACKET.exec(text)!.index;
    // `…有限公司1件(上述案件中交叉共办4件)`: a bracket about what was listed before is of the whole list.
    if (/^[(（]\s*(?:上述|以上|前述)/.test(text.slice(open)) || NOTE.test(text.slice(open)) || RESTATED.test(text.slice(open)) || LEFT_OUT.test(text.slice(open))) continue;
    const parts: Figure[] = [];
    for (let j = i + 1; j < figures.length && inBrackets(text, open, figures[j]!.start) && !/[)）]/.test(text.slice(open, figures[j]!.start)); j++) {
      const part = figures[j]!;
      // `(全市为21585元)`: a value restated, not a part.
      if (isAdditive(part) && sameFamily(part, whole) && !/为$/.test(text.slice(open, part.numberStart))) parts.push(part);
    }
    if (parts.length > 0) out.push({ kind: 'parts', target: whole, operands: parts, word: '其中', closed: false });
  }
  return out;
}

// `共办理热线工单2495件。…工单分类：求决类1878件、咨询类267件、…、其他类210件。`: a sentence that opens
// by naming how something is classified lists classes of the count above whose name ends with that
// thing's, one class each; a 其他 class closes the list.
const CLASSIFIED = /^[\s“"]*([\u4e00-\u9fff]{2,6}?)(?:分类|类别|类型|构成|来源|分布)(?:情况)?[：:]/;
const CLASSIFIED_LINES_BACK = 3;

function classifiedLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (figures[i - 1]?.sentence.start === first.sentence.start) continue;
    const thing = CLASSIFIED.exec(text.slice(first.sentence.start, first.numberStart))?.[1];
    if (!thing) continue;
    const floor = linesBack(text, lineStart(text, first.sentence.start), CLASSIFIED_LINES_BACK);
    // (Not a count the text gives a share of, a part itself, nor one smaller than a class: `汉族人口30728612人,占…96.48%;各少数民族人口
    // 1121476人,占3.52%。人口分布情况:全省人口中,男性15952468人…` is of the 31850088 above them.)
    const total = figuresWithNumberIn(figures, floor, first.sentence.start)
      .reverse()
      .find((f) => isAdditive(f) && sameFamily(f, first) && (f.label ?? '').endsWith(thing) && f.value >= first.value && !/^[，,]\s*[占佔]/.test(text.slice(f.end, f.end + 3)));
    if (!total) continue;
    const parts: Figure[] = [];
    let closed = false;
    for (let j = i; j < figures.length && figures[j]!.sentence.start === first.sentence.start; j++) {
      const f = figures[j]!;
      const lead = text.slice(Math.max(f.sentence.start, parts.at(-1)?.end ?? 0), f.numberStart);
      if (parts.length > 0 && NOT_A_PART.test(lead)) break;
      if (!isAdditive(f) || !sameFamily(f, total) || CHANGE_LEAD.test(lead)) continue;
      parts.push(f);
      if (RESIDUAL_LEAD.test(lead)) {
        closed = true;
        break;
      }
    }
    if (parts.length >= 2) out.push({ kind: 'parts', target: total, operands: parts, word: '分类', closed, partition: true });
  }
  return out;
}

// `对191个党政机关、12个党政直属事业单位，8个乡镇(社区)，57个法院及群团组织共268个党组织进行巡察`: a
// total written right after the counts it sums, in their unit, closes them (an 等 before it leaves
// the list open; so does a new scope, `全镇共…`). 累计 sums a list only when it names what every part names
// (`新增幼儿园学位900个,…职业教育学位1600个,累计新增学位5200个`), and may take in more (since earlier): a list it opens
// is not closed.
const SUM_AFTER = /^[^，,。；;：:！？\n0-9０-９]{0,12}?[，,]?(?:共计|共|合计|总计|累计([\u4e00-\u9fff]{2,8}))$/;
const OPEN_SUM = /等|全[市省县区镇乡州]|累计/;

function totalsAfterLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let t = 2; t < figures.length; t++) {
    const total = figures[t]!;
    const previous = figures[t - 1]!;
    const lead = text.slice(previous.end, total.numberStart);
    const sum = SUM_AFTER.exec(lead);
    if (!isAdditive(total) || previous.sentence.start !== total.sentence.start || !sum) continue;
    const parts = [previous];
    for (let k = t - 2; k >= 0; k--) {
      const f = figures[k]!;
      const between = text.slice(f.end, parts[0]!.numberStart);
      if (f.sentence.start !== total.sentence.start || !isAdditive(f) || f.unit !== total.unit || CLAUSE_END.test(between) || /[0-9０-９]|共|累计|其中/.test(between)) break;
      parts.unshift(f);
    }
    // (The walk took only counts in the total's unit; the first part is checked here.)
    if (parts.length < 2 || !isAdditive(previous) || previous.unit !== total.unit || !parts.every((p) => p.value < total.value)) continue;
    const named = sum[1]?.slice(-2);
    if (named && !parts.every((p) => (p.label ?? '').endsWith(named))) continue;
    if (CHANGE_LEAD.test(text.slice(Math.max(total.sentence.start, parts[0]!.numberStart - 6), parts[0]!.numberStart))) continue;
    out.push({ kind: 'parts', target: total, operands: parts, word: '共', closed: !OPEN_SUM.test(lead), partition: true });
  }
  return out;
}

// `全市共有义务教育阶段学校77所，招生24636人，在校生84036人，专任教师7879人。` then one line per item,
// each opening with 其中 (`其中普通小学49所，小学招生17108人，在校生60766人…` / `其中普通初中28所。…`): each
// total pairs with the item's figure of its unit whose name ends with the total's (招生 ↔ 小学招生),
// or with the one figure of its unit when the line and every item have just one. Items that make
// one total exactly are the whole, so every column must add up.
const AMONG_OPENING = /^[\s“"（(]*其中/;

function amongLines(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  const lineText = (l: number) => text.slice(model.lines[l]!.start, model.lines[l]!.end);
  const stocks = (l: number) => figuresWithNumberIn(figures, model.lines[l]!.start, model.lines[l]!.end).filter((f) => isAdditive(f) && !CHANGE_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 6), f.numberStart)));
  for (let l = 1; l < model.lines.length; l++) {
    if (!AMONG_OPENING.test(lineText(l)) || AMONG_OPENING.test(lineText(l - 1))) continue;
    let end = l;
    while (end + 1 < model.lines.length && AMONG_OPENING.test(lineText(end + 1))) end++;
    if (end === l) continue;
    const totals = stocks(l - 1);
    const items: Figure[][] = [];
    for (let k = l; k <= end; k++) items.push(stocks(k));
    const columns: Column[] = [];
    for (const total of totals) {
      const sameUnit = (fs: readonly Figure[]) => fs.filter((f) => f.unit === total.unit);
      const named = (f: Figure) => total.label !== null && total.label.length >= 2 && (f.label ?? '').endsWith(total.label);
      const alone = sameUnit(totals).length === 1 && items.every((fs) => sameUnit(fs).length === 1);
      const cells = items.map((fs) => (alone ? sameUnit(fs) : sameUnit(fs).filter(named)));
      if (cells.every((c) => c.length === 1)) columns.push({ total, parts: cells.map((c) => c[0]!) });
    }
    out.push(...columnRelations(columns, '其中'));
    l = end;
  }
  return out;
}

/**
 * A residual named for one member of a complete set (`其他谷物`: cereals, one of grain's 谷物, 豆类, 薯类) is the rest of that
 * member only: it closes a list of the whole only with the set's other members listed (`水稻…玉米…其他谷物` leaves beans and
 * tubers out).
 */
function restOfAMember(lead: string, parts: readonly Figure[]): boolean {
  const named = /(?:其他|其它|其余)([\u4e00-\u9fff]{2,4})/.exec(lead)?.[1];
  const set = named && EXHAUSTIVE_SETS.find((s) => s.some((member) => named.startsWith(member)));
  if (!set) return false;
  const labels = parts.map((p) => p.label ?? '').join(' ');
  return set.some((member) => !named.startsWith(member) && !labels.includes(member));
}

function isExhaustive(text: string, parts: readonly Figure[]): boolean {
  const names = partNames(text, parts).map(readWords);
  return EXHAUSTIVE_SETS.some((set) => set.length === parts.length && set.every((name, k) => names[k]!.includes(name)));
}

// The two sides of a budget: what comes in and what goes out. Spending is no part of revenue, nor revenue of spending
// (`财政收入1548.97亿元…。其中,…预算收入1021.68亿元…。…预算支出2365.93亿元`).
const INCOME = /收入/;
const SPENDING = /支出/;
const acrossSides = (r: Relation) => {
  const side = (f: Figure) => (INCOME.test(f.label ?? '') ? 1 : SPENDING.test(f.label ?? '') ? -1 : 0);
  const own = side(r.target);
  return own !== 0 && r.operands.some((p) => side(p) === -own);
};

// Both ways of a flow in one word (`进出港`, `进出口`, `出入境`): a count of both is no part of either way's.
const BOTH_WAYS = /进出|進出|出入/;

function amongLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const m of text.matchAll(AMONG)) {
    const at = m.index;
    const word = m[0];
    // The total is the last count before the word, past the growth rates and shares that follow
    // it (`大口径财政收入完成60233万元，同比增长3.69%。其中：…`).
    // So is its own change (`在校生人数621791人，比上年增加12398人。（其中教学点在校生16225人）`).
    let i = firstNumberAtOrAfter(figures, at) - 1;
    const isChange = (f: Figure) => CHANGE_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 10), f.numberStart));
    const ownChange = (k: number) => k > 0 && isChange(figures[k]!) && figures[k - 1]!.sentence.start === figures[k]!.sentence.start && sameFamily(figures[k - 1]!, figures[k]!);
    while (i > 0 && (figures[i]!.kind === 'percent' || figures[i]!.kind === 'percentage_points' || ownChange(i))) i--;
    // An aside in brackets before the word (`57件(含来信举报6件),涉及9个州`) is no total of its list.
    const aside = (k: number) => k > 0 && figures[k - 1]!.sentence.start === figures[k]!.sentence.start && figures[k]!.end <= at && inBrackets(text, figures[k]!.sentence.start, figures[k]!.start) && !inBrackets(text, figures[k]!.sentence.start, at);
    while (aside(i)) i--;
    const last = figures[i];
    if (!last || last.end > at || !isAdditive(last)) continue;
    // …and when the brackets follow a number not read as a figure (`举报件2245(重点交办件196件),其中来电…`), the list
    // has no total here (brackets after a name may hold the total itself: `住房保障类(793件,占比17.36%),其中…`).
    const open = Math.max(lastIndexWithin(text, '(', last.start, last.sentence.start), lastIndexWithin(text, '（', last.start, last.sentence.start));
    if (open > last.sentence.start && /[0-9０-９]/.test(text[open - 1] ?? '') && inBrackets(text, last.sentence.start, last.start) && !inBrackets(text, last.sentence.start, at)) continue;
    // `…转交环境信访问题458件，其中来电401件，来信57件，共涉及13个市(区)和1个省级部门。其中西安市141件，…`: after the
    // places or bodies a whole involves, 其中 lists what each had, parts of that whole.
    const involving = word === '其中' || word === '分别是' ? wholeInvolving(text, figures, last, at) : null;
    // (`分别是` lists nothing else here: elsewhere its values follow their names, ./named-runs.ts.)
    if (word === '分别是' && !involving) continue;
    if (involving) {
      const found = listAfter(text, figures, at, word, involving, null, /[。！？!?\n]/.test(text.slice(last.end, at)));
      if (found) out.push(found);
      continue;
    }
    // The last way of a count's list of ways (`…308件(重点案件40件),来电98件,来信210件。其中,长春市171件…`): 其中
    // picks from that count.
    const ways = word === '其中' ? channelTotalEndingAt(text, figures, i) : null;
    if (ways) {
      const found = listAfter(text, figures, at, word, ways, null, /[。！？!?\n]/.test(text.slice(last.end, at)));
      if (found) out.push(found);
      continue;
    }
    // The last item of a list joined by 、 (`涉及河间市3件、…、黄骅市1件，其中3件同步转办市直部门`) is no total
    // of what 其中 picks out: that is of the list's whole, which the clause does not write.
    const before = figures[i - 1];
    if (before && before.sentence.start === last.sentence.start && sameFamily(before, last) && /^[、][^，,。；;！？\n]*$/.test(text.slice(before.end, last.numberStart))) {
      // …unless the list divides a total written before it (`转办信访件120件,涉及河间市19件、…、市辖区2件。其中,
      // 重点关注案件26件`): then 其中 picks from that total, and so does a sentence that opens on what it involves
      // (`…陇南市1件。群众举报反映问题涉及大气污染17件、…、其他污染1件`).
      const newSentence = word === '涉及' && /[。！？!?\n]/.test(text.slice(last.end, at)) && figuresWithNumberIn(figures, sentenceStart(text, at), at).length === 0;
      const whole = word === '其中' ? wholeOfList(text, figures, i) : newSentence ? (out.find((r) => r.kind === 'parts' && r.operands.at(-1) === last)?.target ?? null) : null;
      const found = whole ? listAfter(text, figures, at, word, whole, null, /[。！？!?\n]/.test(text.slice(last.end, at))) : null;
      if (found) out.push(found);
      continue;
    }
    // What a whole involves (涉及, 包括) is not what one of its 其中 parts involves, unless it names
    // kinds of that part in one run joined by 和 (`44个子项已完成…，涉及11个工作事项类…和33个工程类…`).
    const joined = word !== '其中' && JOINED_KINDS.test(text.slice(at, at + text.slice(at).search(CLAUSE_OR_COMMA)));
    // Nor, unless it names places, each with its count in the part's unit (`其中,重点关注案件26件,涉及任丘市4件、泊头市4件…`).
    // (The 其中 of its own item: one between semicolons before it opens another, `其中,…;…;实施…学校19所,包括…8所、…11所`.)
    const item = text.slice(last.sentence.start, last.start).split(/[；;]/).at(-1)!;
    if (word !== '其中' && !joined && item.includes('其中') && !placesWithCounts(text, figures, at + word.length, last)) continue;
    let total = last;
    // When the parts' name chose the total among several, parts of another measure are not its.
    let measure: string | null = null;
    let gap = text.slice(total.end, at);
    for (let j = i + 1; j < figures.length && figures[j]!.end <= at; j++) gap = gap.replace(figures[j]!.text, '');
    // Years in the gap are no counts (`比上年增长4.5%，2020-2021年两年平均增长3.7%。其中…`), nor is an aside in
    // brackets (`63件環境信訪件(5月9日新增1件)。其中…`).
    gap = gap.replace(/(?:19|20)[0-9]{2}(?:[-—–~至](?:19|20)[0-9]{2})?(?:\s*年)?/g, '').replace(/[(（][^()（）]*[)）]/g, '');
    if (gap.length > MAX_GAP || /[0-9０-９]/.test(gap) || (gap.match(/[。！？!?]?\n|[。！？!?]/g)?.length ?? 0) > 1) continue;
    if (COLON.test(word) && gap.trim() !== '') continue;
    // Past a sentence's end, only a word that opens the next sentence lists the total's parts: one inside it is of
    // that sentence's own subject (`…问题39441件。全国法院系统整改涉及审判执行问题40046件`).
    if (/[。！？!?\n]/.test(gap) && !OPENS_SENTENCE.test(text.slice(total.end, at))) continue;
    // Inside a sentence, a semicolon between them starts another item (`…1件正在办理;…提案涉及沙坡头区7件`).
    if (/[；;]/.test(gap) && !/[。！？!?\n]/.test(gap)) continue;
    if (isChange(total)) continue;
    // A word that opens a sentence lists over the whole next sentence (`…284406件。其中，咨询类…；
    // 求助类…；其它类…。`), provided the clause before it gives one total only; inside a sentence,
    // the list ends with its clause.
    const opensSentence = /[。！？!?\n]/.test(gap);
    // Several totals of the parts' family and no name to choose among them.
    let undecided = false;
    if (opensSentence) {
      const clauseFrom = clauseListStart(text, total);
      const rivals = figuresWithNumberIn(figures, clauseFrom, total.start).filter((f) => isQuantity(f) && sameFamily(f, total));
      // Unless what the parts count names one of them only (`招生人数450人，在校生人数2462人。其中…在校生人数2386人`).
      const toEnd = text.slice(at).search(SENTENCE_END);
      const sentenceEnd = toEnd < 0 ? text.length : at + toEnd;
      const part = figuresWithNumberIn(figures, at, sentenceEnd).find((f) => isQuantity(f) && sameFamily(f, total));
      // (`总产值69.93亿元，…增加值37.90亿元…。其中，农业产值7.09亿元`: 产值 names the first only).
      // (A part of both ways, `进出港`, is of neither way alone: `进港112301人,…出港77387人。其中,…机场进出港71801人`.)
      const bothWays = (f: Figure) => BOTH_WAYS.test(part?.label ?? '') && !BOTH_WAYS.test(f.label ?? '');
      const names = (f: Figure) => f.label !== null && f.label.length >= 2 && part?.label?.endsWith(f.label) === true && !bothWays(f);
      const tail = (f: Figure) => f.label !== null && f.label.length >= 2 && part?.label?.endsWith(f.label.slice(-2)) === true && !bothWays(f);
      // What was taken on of what came in (`共提出提案4790件,经审查立案4299件。其中,委员提案3836件…`) is what the list divides.
      const accepted = isTakenOn(text, total) && rivals.some((r) => r.value > total.value);
      if (rivals.length > 0 && !accepted) {
        const candidates = [...rivals, total];
        const only = (by: (f: Figure) => boolean) => (candidates.filter(by).length === 1 ? candidates.find(by)! : null);
        const chosen = only(names) ?? only(tail);
        undecided = !chosen;
        if (chosen) {
          total = chosen;
          measure = chosen.label!.slice(-2);
        }
      }
    }
    // `…项目204个,总投资1009.5亿元…。其中,新开工项目82个,总投资258.2亿元…;续建项目122个,总投资751.4亿元…`: items
    // of several figures each, between semicolons, give the totals of their own labels.
    const byLabel = opensSentence && word === '其中' ? itemColumns(text, figures, at, total) : null;
    if (byLabel) {
      out.push(...byLabel.relations);
      // Items with several figures of the total's family: only their labels pair them.
      if (byLabel.relations.length > 0 && !byLabel.onePerItem(total)) continue;
    }
    const found = undecided ? null : listAfter(text, figures, at, word, total, measure, opensSentence);
    // `涉及A和B` without 等 names every kind.
    const list = found && word !== '其中' && joined && found.operands.length >= 2 ? { ...found, closed: true } : found;
    if (list) out.push(list);
    // `共推进项目48个，总投资152.89亿元。其中，签约项目19个，总投资57.11亿元；开工项目17个，…`: the
    // sentence's items give every total of the sentence before its own column, one per unit.
    if (!opensSentence || measure) continue;
    const columns = figuresWithNumberIn(figures, clauseListStart(text, last), at).filter((f) => isAdditive(f) && !isChange(f) && !sameFamily(f, total));
    for (const other of columns) {
      if (columns.filter((f) => sameFamily(f, other)).length !== 1) continue;
      const column = listAfter(text, figures, at, word, other, null, true);
      if (column) out.push(column);
    }
  }
  return out;
}

/**
 * The whole a count of places or bodies says it involves (`458件，…，共涉及13个市(区)和1个省级部门`), when the 其中 at
 * `at` lists counts in the whole's unit: the first count of that unit in the sentence before 涉及, not one of its
 * own 其中 parts.
 */
function wholeInvolving(text: string, figures: readonly Figure[], places: Figure, at: number): Figure | null {
  if (places.kind !== 'count' || !(countsPlaces(places) || BODIES.test(places.label ?? ''))) return null;
  const involves = lastIndexWithin(text, '涉及', places.numberStart, places.sentence.start);
  if (involves < places.sentence.start) return null;
  const first = figuresWithNumberIn(figures, at, at + 30).find(isAdditive);
  if (!first || first.unit === places.unit) return null;
  const ofWhole = (f: Figure) => isAdditive(f) && f.unit === first.unit && sameFamily(f, first);
  const own = figuresWithNumberIn(figures, places.sentence.start, involves).find((f) => ofWhole(f) && !text.slice(places.sentence.start, f.numberStart).includes('其中'));
  if (own || figuresWithNumberIn(figures, places.sentence.start, involves).length > 0) return own ?? null;
  // A sentence that opens on the cases of the one before (`…转办信访举报件199件。本批转办的信访件,涉及14个市,其中,…`)
  // involves that sentence's count.
  const before = figures.filter((f) => f.end <= places.sentence.start && f.sentence.start === sentenceStart(text, places.sentence.start - 1));
  return before.length > 0 && ofWhole(before.at(-1)!) && CASES.test(text.slice(places.sentence.start, involves)) ? before.at(-1)! : null;
}

/** Whether the words from `from` open a 、-joined list of places, each with a count in the unit of `of`. */
function placesWithCounts(text: string, figures: readonly Figure[], from: number, of: Figure): boolean {
  const [first, second] = figuresWithNumberIn(figures, from, from + text.slice(from).search(CLAUSE_END));
  return !!first && !!second && first.unit === of.unit && second.unit === of.unit && ledByPlace(text, from, first.numberStart) && ledByPlace(text, first.end, second.numberStart);
}

/** The total written just before the 、-joined list that figure i ends (`120件,涉及河间市19件、…、市辖区2件`), or null. */
function wholeOfList(text: string, figures: readonly Figure[], i: number): Figure | null {
  let k = i;
  while (k > 0 && figures[k - 1]!.sentence.start === figures[k]!.sentence.start && sameFamily(figures[k - 1]!, figures[k]!) && /^[、][^，,。；;！？\n]*$/.test(text.slice(figures[k - 1]!.end, figures[k]!.numberStart))) k--;
  const whole = figures[k - 1];
  const first = figures[k]!;
  if (!whole || whole.sentence.start !== first.sentence.start || !isAdditive(whole) || !sameFamily(whole, first)) return null;
  return /^[，,：:]\s*(?:涉及|其中|包括)[^，,。；;！？\n0-9]{0,8}$/.test(text.slice(whole.end, first.numberStart)) ? whole : null;
}

// `其中一名…`: 其中 and one of a kind.
const ONE_OF_THEM = /^[，,]?\s*一[个名位家项件条所人户]/;
// What an amount measures, by the words reports name it with.
const MEASURES = /投资|产值|收入|税收|利润|增加值|营业额|销售额|产量/g;
const measureOf = (words: string): string | undefined => words.match(MEASURES)?.at(-1);

/** A clause that is nothing but a name and its count (`政策諮詢訴求6.07萬件`). */
const NAME_AND_COUNT = /^[\s“”"]*[\u4e00-\u9fff“”"()（）]{1,16}[0-9０-９][^，,、]*$/;

/**
 * `共解決羣眾涉疫訴求25.81萬件,其中,來疆離疆訴求4.11萬件;政策諮詢訴求6.07萬件;…;醫療救助訴求0.84萬件。`: a 其中 inside a sentence whose
 * items, each a name and one count, are set apart by semicolons lists to the sentence's end. Where that list ends (its
 * items start at `from`, past the word), or null for any other shape.
 */
function semicolonItems(text: string, figures: readonly Figure[], from: number): number | null {
  const start = from + (/^[，,：:]/.exec(text.slice(from))?.[0].length ?? 0);
  const toEnd = text.slice(start).search(SENTENCE_END);
  const end = toEnd < 0 ? text.length : start + toEnd;
  const clauses = text.slice(start, end).split(/[；;]/);
  if (clauses.length < 3) return null;
  let k = start;
  for (const clause of clauses) {
    if (!NAME_AND_COUNT.test(clause) || figuresWithNumberIn(figures, k, k + clause.length).length !== 1) return null;
    k += clause.length + 1;
  }
  return end;
}

/** The parts after the word at `at` of `total`: in its clause, or in the next sentence when the word opens one. */
function listAfter(text: string, figures: readonly Figure[], at: number, word: string, total: Figure, measure: string | null, opensSentence: boolean): Relation | null {
  const isChange = (f: Figure) => CHANGE_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 10), f.numberStart));
  // What a whole involves, counted in another measure word, is not what it holds (`“办证难”项目办理132个，涉及79284套住房`).
  const involved = (f: Figure) => /涉及/.test(word) && f.kind === 'count' && total.kind === 'count' && f.unit !== null && total.unit !== null && f.unit !== total.unit;
  // `其中一名法官助理…三个笔记本`: 其中 and one of a kind pick out one member, not a list of parts.
  if (ONE_OF_THEM.test(text.slice(at + word.length, at + word.length + 4))) return null;
  const totalMeasure = measureOf(total.label ?? '');
  const rest = text.slice(at);
  // A 其中 inside brackets (`有320件已完成(其中…完成68件),55件正在…`) lists up to the closing bracket, and clauses
  // after it are none of its items (`办结785件(包括上周18件);举报类诉求受理18件…;其他类诉求受理1196件`).
  const closing = inBrackets(text, total.end, at) ? rest.search(/[)）]/) : -1;
  const clauses = closing >= 0 ? null : residualClauses(text, figures, at, total);
  const items = clauses?.some(involved) ? null : clauses;
  const itemsEnd = opensSentence ? null : semicolonItems(text, figures, at + word.length);
  const endRel = itemsEnd !== null ? itemsEnd - at : rest.search(opensSentence ? SENTENCE_END : CLAUSE_END);
  const end = at + (closing >= 0 && (endRel < 0 || closing < endRel) ? closing : endRel >= 0 ? endRel : rest.length);
  if (text.slice(at, end).includes('在内')) return null;
  // A first item with no count (`其中,大会建议全部按时办结回复;闭会建议按时办结回复16件,其余1件未到办结时限`) leaves the list
  // short of a part, and a rest after it is the rest of its own item.
  const firstCount = figuresWithNumberIn(figures, at, end).find((f) => f.start >= at && isAdditive(f));
  if (firstCount && /[；;]/.test(text.slice(at, firstCount.start))) return null;
  const parts: Figure[] = items ?? [];
  let closed = items !== null;
  let undone = false;
  let [atOnce, passedOn] = [false, false];
  // A share of the whole right after a count, in its clause (`…1831件,占案件总量的92.76%`).
  const givesShare = (f: Figure) => /^[，,]?\s*占[^，,；;。]{0,12}?[0-9.]+[%％]/.test(text.slice(f.end, f.end + 20));
  let sharedParts = 0;
  for (const f of items ? [] : figuresWithNumberIn(figures, at, end)) {
    if (f.start < at || f.kind === 'percent' || f.kind === 'percentage_points') continue;
    // `执业医师1390人(全科25人)`: a count in brackets right after a part is a part of that part
    // (bracketSubParts), not one more of the list; `县公安局(287宗)` is a part's own count.
    const last = parts[parts.length - 1];
    if (last && inBrackets(text, last.end, f.start) && /^\s*[(（]/.test(text.slice(last.end, f.start))) continue;
    const lead = text.slice(Math.max(at, parts[parts.length - 1]?.end ?? at, f.sentence.start), f.numberStart);
    // A total word ends the list, unless the items all carry it (`服务不满意总数为45件，结果不满意工单总数为80件`).
    const aside = NOT_A_PART.exec(lead)?.[1];
    const carried = aside !== undefined && parts.length > 0 && text.slice(Math.max(at, parts[0]!.sentence.start), parts[0]!.numberStart).includes(aside);
    // So does a clause that opens with one (`包括…45项民生事项全部完成，共解决…民生问题97183件`).
    const opensTotal = NEW_TOTAL_CLAUSE.test(lead);
    // …and so does what a part involves (`44个子项已完成…，涉及11个…和33个…`).
    // (A 其中 inside a part's brackets, `钟山19件(其中8件重复投诉…)`, speaks of that part only.)
    const since = text.slice(at + word.length, f.start).replace(/[(（][^()（）]*[)）]/g, '');
    if (parts.length > 0 && ((aside !== undefined && !carried) || opensTotal || /其中/.test(since) || /涉及|包括/.test(lead.replace(/[(（][^()（）]*[)）]/g, '')))) break;
    // Items joined by commas end at a semicolon (`其中：10个项目建成投用，246个…，27个…；61个省重点项目…`): what follows
    // divides the whole another way.
    if (parts.length >= 2 && /[；;]/.test(lead) && !/[；;]/.test(text.slice(parts[0]!.end, parts.at(-1)!.start))) break;
    // `在校生864876人，比去年增加22909人`: the change of a part is no part.
    if (CHANGE_LEAD.test(lead)) continue;
    // Items of a sentence may give several columns (a count and its investment): the others are skipped. So are counts
    // in another measure word than the parts before (`其中…恶势力团伙41个，村霸15个，…破获各类刑事案件457起`).
    if (!sameFamily(f, total) || (parts.length > 0 && !sameMeasureWord(f, parts[0]!))) {
      if (parts.length > 0 && !opensSentence) break;
      continue;
    }
    if (measure && !(f.label ?? '').endsWith(measure)) continue;
    if (involved(f)) break;
    // An amount of another measure than the total's ends the list (`总投资107亿元，其中…总投资66.31亿元、…年可实现产值127亿元`).
    const own = measureOf(lead + (f.label ?? ''));
    if (own && totalMeasure && own !== totalMeasure) break;
    // A count of places ends the list (`…来信举报232件,涉及16个州(市),重点关注案件385件`).
    if (countsPlaces(f) && !countsPlaces(total)) break;
    // …and so does a count of bodies in a counter of its own (`共计39项，涉及20个部门和12个街道`).
    if (BODIES.test(f.label ?? '') && BODY_COUNTERS.test(f.unit ?? '') && !BODIES.test(total.label ?? '') && f.unit !== total.unit) break;
    // Items that give their shares of the whole (`…上报案件1831件,占案件总量的92.76%;返工103件;…城管舆情27件,占案件总量的1.37%,
    // 按期办结27件,结案率100%`): a count with no share of its own, after the first such item, is a detail of an item (what was
    // redone, closed), no item.
    if (sharedParts >= 1 && !givesShare(f)) continue;
    // Items named in quotes (`其中，“为…建设1万套周转房”一项中，…周转房达9149套`) hold details of
    // one item, no parts of the whole.
    if (/[“"「][^”"」]*$/.test(text.slice(at, f.numberStart)) || /[”"」]\s*(?:一项|这一项|该项)/.test(text.slice(at, f.start))) break;
    // `共涉及34個單位，其中東坪鎮17件…`: what a count of bodies (or places: `涉及11个市(区)。其中咸阳市15件`)
    // lists is what each had, not bodies.
    if ((BODIES.test(total.label ?? '') || countsPlaces(total)) && f.unit !== total.unit) continue;
    parts.push(f);
    if (givesShare(f)) sharedParts++;
    atOnce ||= SETTLED_AT_ONCE.test(lead);
    passedOn ||= PASSED_ON.test(lead);
    // A residual bucket after other parts (`…；其他96件`) closes the list; a frame that names the rest as
    // a whole (`其他污染中有8个涉及养猪场`) is no bucket. (A list of kinds may go on after it: `其他污染问题16个、土壤问题11个`;
    // not with a state: `其他问题5项、及时办结8项`.)
    if (parts.length >= 2 && /其他|其它|其余/.test(lead) && !/(?:其他|其它|其余)[^，,、；;]*中/.test(lead) && !restOfAMember(lead, parts)) {
      closed = true;
      const next = /^、([^，,。；;0-9０-９]{0,12})/.exec(text.slice(f.end))?.[1];
      // (Items that give their shares go on to the last that gives one: `受理其他案件来源5件,占…0.25%,…;受理…投诉案件89件,占…4.51%`.)
      if ((next === undefined || /已|正在|办结|完成|解决/.test(next)) && !(sharedParts >= 2 && givesShare(f))) break;
    }
    // `其中在建235个项目…，55个未开工项目`: with what is not yet begun or done, the states cover the whole.
    undone ||= parts.length > 1 && PENDING.test(lead + text.slice(f.numberEnd, f.end + 6).split(/[，,、；;。]/)[0]!);
  }
  if (parts.length === 0) return null;
  // `第二产业…，其中工业增加值40653万元，增长13.5%；建筑业增加值24932万元`: a clause after the list's own
  // end that completes a set of kinds with it (工业, 建筑业) is its last item.
  if (!closed && /[；;。]/.test(text[end] ?? '')) {
    const next = figuresWithNumberIn(figures, end, end + NEXT_CLAUSE).find((f) => f.kind !== 'percent');
    if (next && isAdditive(next) && sameFamily(next, total) && !CLAUSE_END.test(text.slice(end + 1, next.start)) && isExhaustive(text, [...parts, next])) parts.push(next);
  }
  // `共收到各类诉求3353件，投诉举报类172件，占比5.13%，其中…来电3309个`: a count with its own share
  // that its list outgrows is itself a part; the list divides the count before it.
  if (parts.some((p) => p.value > total.value) && isPart(text, figures, indexOf(figures, total))) {
    const whole = figures.slice(0, indexOf(figures, total)).reverse().find((f) => f.sentence.start === total.sentence.start && isAdditive(f) && sameFamily(f, total) && !isChange(f));
    if (!whole || parts.some((p) => p.value > whole.value)) return null;
    total = whole;
  }
  const twice = crossings(text, at, parts.at(-1)!.end);
  return { kind: 'parts', target: total, operands: parts, word, closed: closed || undone || (atOnce && passedOn && !ofCalls(text, total)) || isExhaustive(text, parts), ...(items ? { partition: true } : {}), ...(twice ? { countedTwice: twice } : {}) };
}

/**
 * `其中12345市长热线共接听来电3309个，有效事项2880件…；12345短信平台…短信6件；其他渠道38件。`: items in
 * clauses between semicolons, the last a residual bucket, each counted by its first count of the
 * total's family (what follows it in its clause breaks it down further). The list is closed.
 */
function residualClauses(text: string, figures: readonly Figure[], at: number, total: Figure): Figure[] | null {
  const toEnd = text.slice(at).search(SENTENCE_END);
  const end = toEnd < 0 ? text.length : at + toEnd;
  const clauses: Array<[number, number]> = [];
  let from = at;
  for (let k = at; k <= end; k++) {
    if (k === end || CLAUSE_END.test(text[k]!)) {
      clauses.push([from, k]);
      from = k + 1;
    }
  }
  const last = text.slice(...clauses.at(-1)!);
  if (clauses.length < 3 || !/^[\s“"]*(?:其他|其它|其余)/.test(last)) return null;
  const parts: Figure[] = [];
  for (const [a, b] of clauses) {
    const first = figuresWithNumberIn(figures, a, b).find((f) => isAdditive(f) && sameFamily(f, total) && !CHANGE_LEAD.test(text.slice(Math.max(a, f.numberStart - 6), f.numberStart)));
    if (!first) return null;
    parts.push(first);
  }
  return restOfAMember(last, parts) ? null : parts;
}

function announced(introText: string): number | null {
  const m = ANNOUNCED.exec(introText);
  if (!m) return null;
  return parseNumber(m[1]!)?.value ?? null;
}

// How far above a heading its section's total may stand.
const SECTION_LINES_BACK = 12;

/**
 * The total a heading's breakdown divides, when the heading gives none (`…共转派工单4567件。` then
 * `（一）诉求分类情况` over one category per line): the nearest count above that the text presents as
 * a total (共, 受理 …) in the items' family, not itself an item of a list, and not below a part.
 */
function sectionTotal(text: string, figures: readonly Figure[], model: ArticleModel, heading: number, itemFigures: readonly Figure[][]): Figure | null {
  const first = itemFigures[0]?.find(isAdditive);
  if (!first) return null;
  const ownMarker = model.lines[heading]!.marker;
  const ownStyle = ownMarker === null ? null : markerStyle(ownMarker);
  for (let l = heading - 1; l >= 0 && l >= heading - SECTION_LINES_BACK; l--) {
    const line = model.lines[l]!;
    if (line.intro !== null) continue;
    const candidates = figuresWithNumberIn(figures, line.start, line.end).filter((f) => isAdditive(f) && sameFamily(f, first));
    for (const f of candidates.reverse()) {
      const lead = text.slice(Math.max(f.sentence.start, f.numberStart - 12), f.numberStart) + (f.label ?? '');
      if (TOTAL_LEAD.test(lead) && !CHANGE_LEAD.test(text.slice(Math.max(f.sentence.start, f.numberStart - 6), f.numberStart))) return f;
    }
    // Not past the heading of the section the items are in (`二、群众反映的热点问题`): above it, another section
    // counts. A sibling of the items' own heading (`(一)` above `(二)`) is still inside the section.
    if (isHeading(line, text.slice(line.start, line.end)) && markerStyle(line.marker!) !== ownStyle) return null;
  }
  return null;
}

// `本次启动建设项目共58个,计划总投资302亿元,年度计划完成投资165亿元。` then lines of one kind each, in the same words
// (`重大基础设施工程3个,计划总投资70.13亿元,…`), with no colon to announce them: each total pairs with the figure of its own
// label in every line. The lines may leave kinds out: the lists are open.
const MIN_UNANNOUNCED_ITEMS = 3;
const MAX_UNANNOUNCED_ITEM = 100;

function unannouncedLines(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  const additives = (line: { start: number; end: number }) => figuresWithNumberIn(figures, line.start, line.end).filter(isAdditive);
  for (let l = 0; l < model.lines.length; l++) {
    const line = model.lines[l]!;
    if (line.intro !== null || model.itemsOf(l).length > 0) continue;
    const own = additives(line);
    const last = own.at(-1);
    if (!last) continue;
    const intro = own.filter((f) => f.sentence.start === last.sentence.start);
    const labels = new Set(intro.map((f) => f.label).filter((x): x is string => x !== null && x.length >= 2));
    // The line says it gives totals (`共58个,计划总投资302亿元`), not one more row of the same kind, nor a part that 其中 picks
    // out of a total before (`其中产业项目1005个、总投资2587亿元`).
    const opening = text.slice(last.sentence.start, last.numberStart);
    if (intro.length < 2 || labels.size < 2 || !/共|总/.test(opening) || /^[\s“"]*其中/.test(opening)) continue;
    const items: Figure[][] = [];
    for (let k = l + 1; k < model.lines.length; k++) {
      const item = model.lines[k]!;
      const fs = additives(item);
      const sharesLabel = fs.some((f) => [...labels].some((x) => (f.label ?? '').endsWith(x)));
      // (Another breakdown, `从投资规模看:…`, ends them.)
      if (item.end - item.start > MAX_UNANNOUNCED_ITEM || fs.length < 2 || !sharesLabel || model.itemsOf(k).length > 0 || DIMENSION_OPENING.test(text.slice(item.start, item.end))) break;
      items.push(fs);
    }
    if (items.length < MIN_UNANNOUNCED_ITEMS) continue;
    out.push(...labelledColumns(text, last.sentence.start, intro, items).filter((r) => r.operands.length === items.length));
    l += items.length;
  }
  return out;
}

function lineLists(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const out: Relation[] = [];
  model.lines.forEach((line, l) => {
    const items = model.itemsOf(l);
    if (items.length < 2) return;
    const itemLines = items.map((j) => model.lines[j]!);
    const itemFigures = itemLines.map((item) => figuresWithNumberIn(figures, item.start, item.end).filter(isQuantity));
    const own = figuresWithNumberIn(figures, line.start, line.end).filter(isAdditive);
    // Under a heading, only lines of one category and its count make a breakdown.
    const oneEach = itemFigures.every((fs) => fs.filter(isAdditive).length === 1);
    const section = own.length === 0 && oneEach ? sectionTotal(text, figures, model, l, itemFigures) : null;
    const intro = section ? [section] : own;
    if (intro.length === 0) return;
    const residual = itemLines.some((item) => RESIDUAL.test(text.slice(item.start, item.end)));
    const introText = text.slice(line.start, line.end);
    const push = (total: Figure, parts: Figure[]) => {
      const closed = residual || announced(introText.slice(total.end - line.start)) === items.length;
      out.push({ kind: 'parts', target: total, operands: parts, word: '分项', closed, partition: true });
    };
    // A line of several totals (`成交930套/76458.66㎡ … 总金额40.56亿元`) over lines of the same
    // columns: the k-th figure of a unit in the intro pairs with the k-th of that unit in each item,
    // when every item has as many of that unit.
    let columns = 0;
    for (const unit of new Set(intro.map((f) => f.unit))) {
      const totals = intro.filter((f) => f.unit === unit);
      const cells = itemFigures.map((fs) => fs.filter((f) => f.unit === unit && isAdditive(f)));
      if (!cells.every((c) => c.length === totals.length)) continue;
      totals.forEach((total, k) => push(total, cells.map((c) => c[k]!)));
      columns += totals.length;
    }
    if (columns > 0) return;
    // Totals named as the items name theirs may stand a line above the intro (`总投资519.86亿元,当年计划投资63.27亿元。` then
    // `…完成投资77.57亿元…其中:`): a label ties them to their column as surely.
    const above = l > 0 && !section && model.lines[l - 1]!.intro === null && model.itemsOf(l - 1).length === 0 ? model.lines[l - 1]! : null;
    const wide = above ? [...figuresWithNumberIn(figures, above.start, above.end).filter(isAdditive), ...intro] : intro;
    const labelled = labelledColumns(text, above?.start ?? line.start, wide, itemFigures);
    if (labelled.length > 0) {
      for (const r of labelled) out.push({ ...r, closed: r.operands.length === items.length && (residual || announced(introText.slice(r.target.end - line.start)) === items.length) });
      return;
    }
    // Otherwise the intro's last total, and the one figure of its family in each item (with several, only a
    // label could tell which).
    const total = intro[intro.length - 1]!;
    if (!itemFigures.every((fs) => fs.filter((f) => isAdditive(f) && sameFamily(f, total)).length <= 1)) return;
    const parts = itemFigures.map((fs) => fs.find((f) => sameFamily(f, total)));
    if (parts.every((p): p is Figure => p !== undefined)) push(total, parts);
  });
  return out;
}

/** The columns of a 其中 sentence's items between semicolons, each of several figures, against the sentence of `total`. */
function itemColumns(text: string, figures: readonly Figure[], at: number, total: Figure): { relations: Relation[]; onePerItem: (f: Figure) => boolean } | null {
  const toEnd = text.slice(at).search(SENTENCE_END);
  const end = toEnd < 0 ? text.length : at + toEnd;
  const items: Figure[][] = [];
  let from = at;
  for (const m of text.slice(at, end).matchAll(/[；;]|$/g)) {
    const to = at + m.index;
    items.push(figuresWithNumberIn(figures, from, to).filter(isAdditive));
    from = to + 1;
    if (to >= end) break;
  }
  if (items.length < 2 || items.some((fs) => fs.length < 2) || mixesStages(text, items)) return null;
  const intro = figuresWithNumberIn(figures, total.sentence.start, total.sentence.end).filter(isAdditive);
  return {
    relations: labelledColumns(text, total.sentence.start, intro, items).filter((r) => r.operands.length === items.length),
    onePerItem: (f) => items.every((fs) => fs.filter((g) => sameFamily(g, f)).length === 1),
  };
}


const STATE_AFTER = /^(?:已经?|均已|全部)?(实现投产|投产|建成|竣工|完工|开工)/;
const PROJECT_KIND = /续建|新开工|新建/;
const PROJECT_STAGE = /竣工|完工|投产|建成/;

/**
 * Items of projects by when they began (`续建项目472个,…;新开工项目426个,…`) beside an item of those among them that reached a
 * stage (`竣工项目204个,…`): the items are no columns of parts, the stage's being among the kinds'.
 */
function mixesStages(text: string, items: readonly Figure[][]): boolean {
  const nameOf = (fs: readonly Figure[]) => (fs[0] ? wordsBefore(text, fs[0], 8) + (fs[0].label ?? '') : '');
  return items.some((fs) => PROJECT_KIND.test(nameOf(fs))) && items.some((fs) => PROJECT_STAGE.test(nameOf(fs)));
}

/**
 * An intro of several totals of one family over items that give some of them (`…项目631个,总投资4313.97亿元。
 * 年度计划投资104.3亿元,…完成投资31.14亿元…其中:` then `1、谋划项目20项,总投资754.3亿元。`): each total pairs
 * with the figure of its own label in every item that has one (`总投资` ↔ `总投资`); a count of things with the
 * count of things of its head noun (`项目`). A label two totals share pairs with neither; items that give
 * no figure of the label leave the list open.
 */
function labelledColumns(text: string, lineFrom: number, intro: readonly Figure[], itemFigures: readonly Figure[][]): Relation[] {
  const out: Relation[] = [];
  const labels = intro.map((f) => f.label ?? '');
  intro.forEach((total, t) => {
    const label = labels[t]!;
    // (Shared too when one names the other's measure for a subject of its own: `全省法院共受理案件1712256件…;省高院…受理案件28528件`.)
    const shares = (l: string) => l.length >= 2 && (l.endsWith(label) || label.endsWith(l));
    if (label.length < 2 || labels.filter(shares).length > 1 || inBrackets(text, lineFrom, total.numberStart)) return;
    const head = total.kind === 'count' ? headOf(label) : null;
    // A count its words say reached a state (`27个项目实现投产`) is no total of items that do not say it (`28项省重点项目完成投资…`).
    const state = STATE_AFTER.exec(text.slice(total.end, total.end + 8))?.[1];
    if (state && !itemFigures.every((fs) => fs.some((f) => text.slice(f.sentence.start, f.end + 8).includes(state)))) return;
    const parts: Figure[] = [];
    for (const fs of itemFigures) {
      const family = fs.filter((f) => isAdditive(f) && sameFamily(f, total));
      // (`完成投资` also names `1-12月份完成投资`.)
      // (By the head noun only when the item has one such count: `社会投资项目49个,…政府投资项目18个` is a breakdown of its own.)
      const byHead = head ? family.filter((f) => (f.label ?? '').length > 2 && headOf(f.label!) === head) : [];
      const part = family.find((f) => f.label === label) ?? family.find((f) => (f.label ?? '').endsWith(label)) ?? (byHead.length === 1 ? byHead[0] : undefined);
      if (part) parts.push(part);
    }
    if (parts.length > 0 && (parts.length > 1 || parts[0]!.label === label)) out.push({ kind: 'parts', target: total, operands: parts, word: '分项', closed: false, partition: true });
  });
  return oneTotalEach(out);
}

/**
 * One column of parts is one total's: of totals that took the same parts by their head noun (`共接待遊客656.31萬人次,…其中過夜
 * 遊客222.74萬人次,一日遊遊客433.57萬人次` over `西安市共接待遊客202萬人次;咸陽接待遊客…`), the one whose name ends most like the
 * parts' keeps them, and none when two end alike.
 */
function oneTotalEach(relations: Relation[]): Relation[] {
  const key = (r: Relation) => r.operands.map((p) => p.id).join(' ');
  const fit = (r: Relation) => sharedEnding(r.target.label ?? '', r.operands[0]!.label ?? '').length;
  return relations.filter((r) => {
    const rivals = relations.filter((o) => o !== r && key(o) === key(r));
    return rivals.every((o) => fit(o) < fit(r));
  });
}

