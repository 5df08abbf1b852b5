import type { Candidate, ExclusionRule } from '../candidate';
import { candidateEnd } from '../candidate';
import { CLOSING_QUOTES, OPENING_QUOTES, isClauseBreak } from '../text-classes';
import { withoutGlosses } from '../../glosses';

/** A quoted span this short is a name or a slogan (`“36条”`, `“12319”`, `“五项制度”`). */
const MAX_NAME_QUOTE = 14;

/** True if the candidate lies inside a short quoted span. */
export function isInsideShortQuote(c: Candidate): boolean {
  const { text, numeral: n } = c;
  const end = candidateEnd(c);
  let open = -1;
  for (let k = n.start - 1; k >= 0 && n.start - k <= MAX_NAME_QUOTE; k--) {
    const ch = text[k]!;
    if (CLOSING_QUOTES.has(ch) && ch !== '"') return false;
    if (OPENING_QUOTES.has(ch)) {
      open = k;
      break;
    }
    if (ch === '\n' || ch === '。') return false;
  }
  if (open < 0) return false;
  for (let k = end; k < text.length && k - open <= MAX_NAME_QUOTE + 1; k++) {
    const ch = text[k]!;
    if (CLOSING_QUOTES.has(ch)) return true;
    if (OPENING_QUOTES.has(ch) && ch !== '"' && ch !== '‘') return false;
    if (ch === '\n' || ch === '。') return false;
  }
  return false;
}

/** Nouns that, after a small Chinese count, make a numbered system or slogan (五项制度, 四个意识). */
const SYSTEM_NOUNS = ['制度', '措施', '机制', '体系', '工程', '原则', '要求', '意识', '自信', '维护', '确立', '理念', '战略', '作风', '方针', '精神', '责任', '清单', '行动', '任务', '基层', '目标', '主题', '重点',
  // 八项规定, 两个大局, 两条底线, 四套班子, 三次产业: fixed terms of the genre and of the statistics bulletins
  '规定', '大局', '底线', '班子', '产业',
  // …and in traditional script
  '機制', '體系', '原則', '意識', '維護', '確立', '戰略', '作風', '方針', '責任', '清單', '行動', '任務', '基層', '目標', '主題', '重點', '規定', '底線', '產業'];

function isNumberedSystem(c: Candidate): boolean {
  const n = c.numeral;
  if (n.script !== 'chinese' || n.value > 10 || !c.unit) return false;
  // 三个“必然要求”, 六个“进一步”: a small count of a quoted phrase names a set
  if (c.text[c.unit.end] === '“') return true;
  const after = c.text.slice(c.unit.end, c.unit.end + 6);
  return SYSTEM_NOUNS.some((w) => after.startsWith(w) || (after.indexOf(w) > 0 && after.indexOf(w) <= 2 && !isClauseBreak(after[0])));
}

const FORMULA_SIGNS = new Set([...'+＋×*＊']);

function isFormula(c: Candidate): boolean {
  const { text, numeral: n } = c;
  const before = text[n.start - 1];
  const after = text[n.end];
  // `1+5+8`, `12+6`, `7×24`
  return FORMULA_SIGNS.has(before ?? '') || FORMULA_SIGNS.has(after ?? '');
}

// A session of a congress or a committee, named by its term and its meeting (`十三届人大五次会议`, `十八届四中全会`):
// the 届 of a name, and the 次 or 中 of a meeting after one.
const MEETING = '(?:会议|會議|全会|全會|全体会议|全體會議|常委会|常委會)';
const SESSION_AFTER_TERM = new RegExp(`^[^，,。；;！？\\n]{0,8}?[一二三四五六七八九十]+(?:次${MEETING}|中(?:全会|全會))`);
const MEETING_AFTER = new RegExp(`^${MEETING}`);
const TERM_BEFORE = /[届屆][^，,。；;！？\n]{0,8}$/;
/** A stretch of the page without its readings in brackets (`會(huì)議`). */
const plain = (s: string) => withoutGlosses(s)?.text ?? s;

function isSession(c: Candidate): boolean {
  const n = c.numeral;
  if (n.script !== 'chinese' || !c.unit) return false;
  if (c.unit.unit === '届') return SESSION_AFTER_TERM.test(plain(c.text.slice(c.unit.end, c.unit.end + 20)));
  return c.unit.unit === '次' && MEETING_AFTER.test(plain(c.text.slice(c.unit.end, c.unit.end + 12))) && TERM_BEFORE.test(plain(c.text.slice(Math.max(0, n.start - 16), n.start)));
}

/** Numbered slogans, systems and policy names: `“36条”`, `“1+5+8”工作推进体系`, `五项制度`, `四个意识`. */
export const numberedNames: ExclusionRule = {
  id: 'numbered-name',
  description: 'numbered slogans, systems, policy names and sessions (“36条”, “1+5+8”, 7×24, 五项制度, 四个意识, 十三届人大五次会议)',
  excludes(c) {
    return isInsideShortQuote(c) || isFormula(c) || isNumberedSystem(c) || isSession(c);
  },
};
