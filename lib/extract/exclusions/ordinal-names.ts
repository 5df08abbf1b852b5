import type { Candidate, ExclusionRule } from '../candidate';
import { charAfter, candidateEnd } from '../candidate';
import { isHan } from '../text-classes';

/** Units after 第 that make a rank (`第19位`, `第1名`) rather than an ordinal name. */
const RANK_UNITS = new Set(['位', '名']);

/** True where 第N is a rank: `第19位` not followed by a noun, or `第19` alone. */
export function isRankAfterDi(c: Candidate): boolean {
  if (c.text[c.numeral.start - 1] !== '第') return false;
  if (c.unit === null) return !isHan(charAfter(c.text, c.numeral.end));
  if (!RANK_UNITS.has(c.unit.unit)) return false;
  return !isHan(c.text[candidateEnd(c)]);
}

/** Characters that end the name of a site or system before a phase (`污水处理厂二期`, `智慧城管二期项目`, `福州电视中心二期`). */
const NAMED_BEFORE_PHASE = new Set([...'厂场区园路线站馆院城楼港管网桥台心司地目']);

/** `二期`, `三期工程`: a phase of a named project, written in Chinese numerals. */
function isPhaseName(c: Candidate): boolean {
  if (c.unit?.unit !== '期') return false;
  const after = c.text.slice(c.unit.end, c.unit.end + 2);
  return NAMED_BEFORE_PHASE.has(c.text[c.numeral.start - 1] ?? '') || after === '工程' || after === '项目';
}

// After a grade: the water it grades, its range, or straight away the count of what has it (`五类6条`).
const AFTER_GRADE = /^(?:水|及以上|以上|以下|及以下|标准|標準|[0-9０-９])/;

/** `劣五类`, `三类水`, `四类及以上水体`, `五类6条`: a grade (of water quality, of a standard) written in Chinese numerals. */
function isGrade(c: Candidate): boolean {
  if (c.unit?.unit !== '类' || c.numeral.script !== 'chinese') return false;
  return c.text[c.numeral.start - 1] === '劣' || AFTER_GRADE.test(c.text.slice(c.unit.end, c.unit.end + 3));
}

/** Ordinals that name things: `第十四届`, `第二批主题教育`, `二十大`, `十九届`, `第一时间`, grades (`劣五类`). */
export const ordinalNames: ExclusionRule = {
  id: 'ordinal-name',
  description: 'ordinal names (第十四届, 第二批, 二十大, 十九届) and grades (劣五类, 三类水)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (text[n.start - 1] === '第') return !isRankAfterDi(c);
    if (isGrade(c)) return true;
    if (n.script === 'chinese') {
      const next = text[n.end];
      // party congresses and plenums: 二十大, 十九届六中全会
      if (next === '大' || next === '届') return true;
      if (text.startsWith('中全会', n.end)) return true;
      if (isPhaseName(c)) return true;
    }
    return false;
  },
};
