import type { Span } from '../types';
import { ACTOR_VERB_INDEX, GENERIC_LEADING_VERBS } from './predicates';
import { WordIndex } from './word-index';
import { arabicDigitAt } from '../numbers';
import { isClauseBreak, isHan } from './text-classes';

/** Endings of names of bodies, places and groups that act in the genre (市委, 市商务局, 金水区, 领导班子). */
const ACTOR_ENDINGS = [
  '领导班子', '班子', '党组', '党委', '工委', '纪委监委', '监委', '政府', '办公厅', '办公室', '集团', '公司', '中心',
  '系统', '街道', '社区', '干部', '单位', '部门', '新区', '开发区', '经开区', '高新区', '主题教育办',
  '主题教育办', '常委会', '小组', '工作组', '党校', '宣传部', '组织部', '统战部',
  '市', '区', '县', '局', '委', '厅', '院', '镇', '乡', '村', '校',
];

const ENDING_INDEX = new WordIndex(ACTOR_ENDINGS);
/** Verbs that open a sentence by setting others to work (指导, 督促, 组织 …): their object acts. */
const CAUSATIVE_INDEX = new WordIndex(['指导', '督促', '组织', '带领', '引导', '动员', '推动', '要求']);
const GENERIC_VERB_INDEX = new WordIndex(GENERIC_LEADING_VERBS);

/** Words whose first character ends a name (委, 市, 区, 县, 村): `委员` is a member, not a committee. */
const WORDS_AFTER_AN_ENDING = new Set(['委员', '市场', '市民', '区域', '县域', '村民']);

/** Kinds of area that end like a place name but name none (城镇, 农村). */
const AREA_KINDS = new Set(['城镇', '农村', '乡村', '城乡', '城区', '市区', '郊区', '镇村']);

/** Words that, inside a would-be subject, show it is already the predicate. */
const NOT_IN_SUBJECT = [...'和与及在把对将从向为是的了着'];

/** Short clauses that open a sentence without naming its actor (同时，其中，比如，). */
const MAX_CONNECTIVE = 4;
const MAX_SUBJECT = 14;
/** How far into its part a sentence's causative opening may stand (`同时，借鉴…做法，指导…`). */
const MAX_CAUSATIVE_OFFSET = 40;

/** True where the text at `k` shows that an actor name has just ended (a verb or 和 follows). */
function actorEndsAt(text: string, k: number): boolean {
  const ch = text[k];
  // a scope right before a number (`全市1.2万个基层党组织`) ends there too
  return ch === '和' || ch === '与' || ch === '及' || arabicDigitAt(text, k) >= 0 || ACTOR_VERB_INDEX.startingAt(text, k) !== null;
}

function actorPrefix(text: string, from: number, to: number, confirmed = false): string | null {
  let best: string | null = null;
  const limit = Math.min(to, from + MAX_SUBJECT);
  while (from < limit && !isHan(text[from])) from++;
  // a clause that opens with a verb has no actor of its own (`开展中心组学习…`)
  if (ACTOR_VERB_INDEX.startingAt(text, from) !== null || GENERIC_VERB_INDEX.startingAt(text, from) !== null) return null;
  for (let k = from + 2; k <= limit; k++) {
    const ch = text[k - 1]!;
    if (!isHan(ch) && ch !== '（' && ch !== '）' && ch !== '“' && ch !== '”') break;
    if (NOT_IN_SUBJECT.includes(ch)) break;
    if (k - 1 > from && ACTOR_VERB_INDEX.startingAt(text, k - 1) !== null) break;
    // `城镇人口`, `农村居民`: the statistics' urban and rural halves, not a town or a village acting.
    if (AREA_KINDS.has(text.slice(k - 2, k))) continue;
    // `政协委员`, `市场`, `区域`: a word that opens with an ending's character ends no name there.
    if (WORDS_AFTER_AN_ENDING.has(text.slice(k - 1, k + 1))) continue;
    const ending = ENDING_INDEX.endingAt(text, k);
    // the actor ends where a verb or another noun begins; take the longest such prefix
    if (ending && k - from >= ending.length + 1 && (!confirmed || actorEndsAt(text, k))) best = text.slice(from, k);
  }
  return best;
}

/** Where the clause and the semicolon-delimited part around a figure start (see BoundaryTracker). */
export interface ClauseStarts {
  clause: number;
  semicolonPart: number;
}

/**
 * The actor or scope of a figure: the body or place that opens its clause or its sentence
 * (`市商务局立足职能职责，…新签约项目662个` → 市商务局), or null where the text does not say.
 */
export function findSubject(text: string, sentence: Span, numberStart: number, starts: ClauseStarts): string | null {
  // the part after a semicolon starts a new actor (`…；乡镇（街道）和村（社区）党组织通过…`)
  const from = Math.max(sentence.start, starts.semicolonPart);
  // the clause of the figure first (`…，郑州市市领导班子和9606个参学单位…`)
  const clause = Math.max(from, starts.clause);
  const inClause = clause > from ? actorPrefix(text, clause, numberStart, true) : null;
  if (inClause) return inClause;
  // then the part's opening, past a short connective clause (同时，其中，比如，)
  let start = from;
  let k = from;
  while (k < numberStart && k - from <= MAX_CONNECTIVE && !isClauseBreak(text[k])) k++;
  if (k < numberStart && isClauseBreak(text[k]) && k - from <= MAX_CONNECTIVE) start = k + 1;
  // `指导全市县处级以上领导班子…制定…，共确定调研课题2364个`: whom the opening verb sets to work is
  // the actor of what follows.
  const opening = actorPrefix(text, start, numberStart);
  if (opening) return opening;
  // Only near the opening: the verb that sets others to work leads the sentence (a bounded look,
  // so that a sentence of thousands of figures stays linear).
  for (let c = start; c < Math.min(numberStart, start + MAX_CAUSATIVE_OFFSET); c++) {
    if (c > start && !isClauseBreak(text[c - 1])) continue;
    const causative = CAUSATIVE_INDEX.startingAt(text, c);
    if (causative) return actorPrefix(text, c + causative.length, numberStart);
  }
  return null;
}
