import type { Span } from '../types';
import { ACTOR_VERBS } from './predicates';
import { isClauseBreak, isHan } from './text-classes';

/** Endings of names of bodies, places and groups that act in the genre (市委, 市商务局, 金水区, 领导班子). */
const ACTOR_ENDINGS = [
  '领导班子', '班子', '党组', '党委', '工委', '纪委监委', '监委', '政府', '办公厅', '办公室', '集团', '公司', '中心',
  '系统', '街道', '社区', '干部', '单位', '部门', '新区', '开发区', '经开区', '高新区', '主题教育办',
  '主题教育办', '常委会', '小组', '工作组', '党校', '宣传部', '组织部', '统战部',
  '市', '区', '县', '局', '委', '厅', '院', '镇', '乡', '村', '校',
];

/** Words that, inside a would-be subject, show it is already the predicate. */
const NOT_IN_SUBJECT = [...'和与及在把对将从向为是的了着'];

/** Short clauses that open a sentence without naming its actor (同时，其中，比如，). */
const MAX_CONNECTIVE = 4;
const MAX_SUBJECT = 14;

/** True where the text at `k` shows that an actor name has just ended (a verb or 和 follows). */
function actorEndsAt(text: string, k: number): boolean {
  const ch = text[k];
  return ch === '和' || ch === '与' || ch === '及' || ACTOR_VERBS.some((v) => v.length > 1 && text.startsWith(v, k));
}

function actorPrefix(text: string, from: number, to: number, confirmed = false): string | null {
  let best: string | null = null;
  const limit = Math.min(to, from + MAX_SUBJECT);
  while (from < limit && !isHan(text[from])) from++;
  for (let k = from + 2; k <= limit; k++) {
    const ch = text[k - 1]!;
    if (!isHan(ch) && ch !== '（' && ch !== '）' && ch !== '“' && ch !== '”') break;
    if (NOT_IN_SUBJECT.includes(ch)) break;
    if (k - 1 > from && ACTOR_VERBS.some((v) => text.startsWith(v, k - 1))) break;
    for (const ending of ACTOR_ENDINGS) {
      if (k - from >= ending.length + 1 && text.startsWith(ending, k - ending.length)) {
        // the actor ends where a verb or another noun begins; take the longest such prefix
        if (!confirmed || actorEndsAt(text, k)) best = text.slice(from, k);
        break;
      }
    }
  }
  return best;
}

/**
 * The actor or scope of a figure: the body or place that opens its sentence or its clause
 * (`市商务局立足职能职责，…新签约项目662个` → 市商务局), or null where the text does not say.
 */
export function findSubject(text: string, sentence: Span, numberStart: number): string | null {
  // the clause after a semicolon starts a new actor (`…；乡镇（街道）和村（社区）党组织通过…`)
  let from = sentence.start;
  for (let k = numberStart - 1; k > sentence.start; k--) {
    if (text[k] === '；' || text[k] === ';') {
      from = k + 1;
      break;
    }
  }
  // the clause of the figure first (`…，郑州市市领导班子和9606个参学单位…`), then the sentence or its part
  let clause = numberStart;
  while (clause > from && !isClauseBreak(text[clause - 1])) clause--;
  const inClause = clause > from ? actorPrefix(text, clause, numberStart, true) : null;
  if (inClause) return inClause;
  // skip an opening connective clause
  let k = from;
  while (k < numberStart && !isClauseBreak(text[k])) k++;
  if (k < numberStart && k - from <= MAX_CONNECTIVE) from = k + 1;
  return actorPrefix(text, from, numberStart);
}
