import { GENERIC_LEADING_VERBS, PREDICATE_INDEX } from './predicates';
import { isClauseBreak, isHan, isAsciiDigit } from './text-classes';
import { MINUS_SIGNS } from '../numbers/chars';

/** Longest label read on either side of a figure. */
const MAX_LABEL = 10;
/** A note's mark: `[3]`, `［3］`. */
const NOTE_MARK = /[[［〔][0-9]{1,2}[\]］〕]$/;
const AGE = /^(?:周岁|岁|週歲|歲)/;
const AGE_BEFORE = /(?:[0-9]+\s*[-—–~～至]\s*)?[0-9]+$/;

/** Single characters that end a noun phrase after a measure word (function words). */
const STOP_CHARS = new Set([...'的和与及并均都已将被把对从向是在到为等也又就还来让使由给于以第']);


const TRAILING_LINKS = ['了', '提升到', '提高到', '增加到', '增长到', '降低到', '下降到', '达到', '增至', '升至', '降至', '达', '为', '是', '至', '到', '占', '有', '共', '约', '近'];

/** The units of a date, which a number before them makes a date's (`2021年`). */
const DATE_UNITS = new Set(['年', '月', '日', '号']);

/** Time words and connectives that open a clause without being part of what is counted. */
const RANK_VERBS = new Set(['位居', '跃居', '位列', '居', '列', '排名', '排', '升至', '跃升至', '跃至', '分别跃升至', '分别位居', '分别跃居']);

// A space that belongs to no word (ASCII, no-break, ideographic).
const SPACE = /[ \u00a0\u3000]/;
const LEADING_FILLERS = ['截至目前', '目前', '同时', '其中', '全年', '今年', '去年', '当年', '此外', '另外', '先后', '已经', '均', '还', '并', '再如', '比如', '例如', '分别', '各类', '年底', '年末', '月底', '年初', '年', '月', '日', '底', ...GENERIC_LEADING_VERBS];

/** Words that open the name of a figure that follows at once (`计划总投资277亿元`, `共计…`). */
const NEXT_FIGURE_LEAD = /计划|总|共|累计|实际|完成/;

/** Function characters inside a clause piece: what is counted comes after the last of them. */
const INNER_BREAKS = new Set([...'的了和与等']);
/** Words that open with one of them (`了结39件`, `了解情况`, `和解`). */
const WORDS_WITH_BREAKS = /^(?:了结|了解|和解|等级|等次)/;

/** A comparison with an earlier period (`123件比上年同期298件少175件`) ends what is counted. */
const COMPARISON_OPENERS = new Set([...'比较較']);
const EARLIER = /^(?:上|去|前|同期)/;

function startsPredicate(text: string, i: number): boolean {
  if (STOP_CHARS.has(text[i] ?? '')) return true;
  // Looked at only after 比 or 较: this runs for every character of every label.
  if (COMPARISON_OPENERS.has(text[i] ?? '') && EARLIER.test(text.slice(i + 1, i + 3))) return true;
  return PREDICATE_INDEX.startingAt(text, i) !== null;
}

/** Another count in words (`从30项备选项目中确定了九个方面25项…`): where a label runs into it, it ends. */
const COUNT_NUMERALS = new Set([...'一二两三四五六七八九十']);
const NEXT_COUNT = /^[一二两三四五六七八九十]{1,2}(?:个|项|件|类|方面)/;

/** The counted noun after a measure word: `9606个参学单位` → 参学单位. Null if none follows. */
export function labelAfter(text: string, i: number): { label: string; end: number } | null {
  let j = i;
  let inQuote = false;
  while (j < text.length && j - i < MAX_LABEL) {
    const ch = text[j]!;
    if (ch === '“') inQuote = true;
    else if (ch === '”') inQuote = false;
    else if (inQuote) {
      if (isClauseBreak(ch)) break;
    } else if (!isHan(ch) || startsPredicate(text, j) || (j > i && (isAsciiDigit(ch) || (COUNT_NUMERALS.has(ch) && NEXT_COUNT.test(text.slice(j, j + 3)))))) break;
    j++;
  }
  if (inQuote) while (j > i && text[j - 1] !== '“') j--;
  if (text[j - 1] === '“') j--;
  // Cut by the length limit inside a run that leads into the next number (`25件重点民生实事计划总投资
  // 277亿元`): the words that present that number (计划, 总, 共 …) are its own, not this one's.
  if (j - i === MAX_LABEL && isHan(text[j])) {
    let k = j;
    while (k < text.length && isHan(text[k])) k++;
    const next = NEXT_FIGURE_LEAD.exec(text.slice(i + 2, k));
    if (isAsciiDigit(text[k]) && next) j = i + 2 + next.index;
  }
  if (j === i) return null;
  const label = text.slice(i, j);
  return isHan(label[0]) || label[0] === '“' ? { label, end: j } : null;
}

/**
 * The label before a number: the clause piece that leads to it (`开展中心组学习1559场次` →
 * 开展中心组学习, `复工率达到99.3%` → 复工率), not reaching back past `limit`.
 */
export function labelBefore(text: string, numberStart: number, limit: number, subject: string | null): { label: string; start: number } | null {
  let start = numberStart;
  while (start > limit && numberStart - start < MAX_LABEL + 8) {
    // A note's mark after the name (`全市常住人口[3]为1046068人`, as statistics bulletins write them) is read past.
    const note = NOTE_MARK.exec(text.slice(Math.max(limit, start - 4), start));
    // (Only after a name: `(GDP)[2]完成529757萬元` starts its label after the mark.)
    if (note && start - note[0].length > limit && !isClauseBreak(text[start - note[0].length - 1])) start -= note[0].length;
    else if (isClauseBreak(text[start - 1])) break;
    else if (isAsciiDigit(text[start - 1])) {
      // An age group is part of the name (`0-14岁人口为60699人`, ./exclusions/age-groups.ts); any other number ends it.
      const age = AGE.test(text.slice(start, start + 2)) ? AGE_BEFORE.exec(text.slice(Math.max(limit, start - 12), start)) : null;
      if (!age) break;
      start -= age[0].length;
    }
    else start--;
  }
  let end = numberStart;
  // `年末常住人口 44.84 万人`: a space before the number belongs to neither; a minus sign (`自然增长率为-4.34‰`) is the number's.
  while (end > start && (SPACE.test(text[end - 1]!) || MINUS_SIGNS.has(text[end - 1]!))) end--;
  let piece = text.slice(start, end);
  // a closing quote left over from the previous clause is not part of the label, nor is the dot
  // of an item's number (`2.新开工老旧小区改造221个`), nor a space after the clause break (`84个, 总投资286.9亿元`)
  while (piece.length > 0 && (piece[0] === '”' || piece[0] === '’' || piece[0] === '.' || piece[0] === '．' || SPACE.test(piece[0]!))) {
    piece = piece.slice(1);
    start++;
  }
  if (piece.endsWith('第')) {
    piece = piece.slice(0, -1);
    end--;
  }
  for (let changed = true; changed; ) {
    changed = false;
    const note = NOTE_MARK.exec(piece);
    if (note && note[0].length < piece.length) {
      piece = piece.slice(0, -note[0].length);
      end -= note[0].length;
      changed = true;
      continue;
    }
    for (const w of TRAILING_LINKS) {
      if (piece.length > w.length && piece.endsWith(w)) {
        piece = piece.slice(0, -w.length);
        end -= w.length;
        changed = true;
        break;
      }
    }
  }
  if (piece.endsWith('的')) {
    piece = piece.slice(0, -1);
    end--;
  }
  // what a count involves follows 涉及 (`群众举报反映问题涉及大气污染17件` → 大气污染); a label that opens with it keeps it
  const involves = piece.lastIndexOf('涉及');
  if (involves > 0 && involves + 2 < piece.length) {
    start += involves + 2;
    piece = piece.slice(involves + 2);
  }
  // the counted noun follows the last function character (`征求下一级党组织的意见建议` → 意见建议)
  for (let k = piece.length - 2; k >= 0; k--) {
    if (INNER_BREAKS.has(piece[k]!) && piece[k + 1] !== '“' && !WORDS_WITH_BREAKS.test(piece.slice(k))) {
      start += k + 1;
      piece = piece.slice(k + 1);
      break;
    }
  }
  if (subject && piece.startsWith(subject) && piece.length > subject.length) {
    piece = piece.slice(subject.length);
    start += subject.length;
  }
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const w of LEADING_FILLERS) {
      if (piece.length > w.length + 1 && piece.startsWith(w)) {
        piece = piece.slice(w.length);
        start += w.length;
        stripped = true;
        break;
      }
    }
  }
  if (piece.length > MAX_LABEL) {
    // a long clause: what is counted follows its last verb (`推动完成高质量发展重点任务`)
    for (let k = piece.length - 3; k > 0; k--) {
      const verb = PREDICATE_INDEX.startingAt(piece, k);
      if (verb) {
        start += k + verb.length;
        piece = piece.slice(k + verb.length);
        break;
      }
    }
  }
  if (piece.length > MAX_LABEL) {
    // Still long: what is counted follows a word that presents a total (`…热线中心共转派工单`), rather
    // than a cut in the middle of a name (`务热线中心共转派工单`).
    // (Not the 共 of 公共: `玉州本级一般公共预算收入`.)
    const lead = /(?:(?<!公)共|累计|合计|总计)(?=[\u4e00-\u9fff]{2,}$)/g;
    let cut = -1;
    for (const m of piece.matchAll(lead)) cut = m.index + m[0].length;
    if (cut > 0 && piece.length - cut <= MAX_LABEL) {
      start += cut;
      piece = piece.slice(cut);
    }
  }
  if (piece.length > MAX_LABEL) {
    start += piece.length - MAX_LABEL;
    piece = piece.slice(-MAX_LABEL);
  }
  while (piece.length > 0 && (piece[0] === '”' || piece[0] === '’')) {
    piece = piece.slice(1);
    start++;
  }
  const last = piece[piece.length - 1];
  if (piece.length === 0 || !(isHan(last) || last === '”')) return null;
  // A verb of ranking alone (`位居第19位`) says where, not what is ranked; a date's unit alone (`较2021年37.2亿元`) is the
  // date's.
  if (RANK_VERBS.has(piece) || (DATE_UNITS.has(piece) && isAsciiDigit(text[start - 1]))) return null;
  return { label: piece, start };
}
