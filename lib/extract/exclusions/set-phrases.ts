import type { ExclusionRule } from '../candidate';
import { CHINESE_DIGITS } from '../../numbers';
import { isDuration } from '../durations';

function isChineseNumeralAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && (ch in CHINESE_DIGITS || ch === '十' || ch === '百' || ch === '千' || ch === '万');
}

/**
 * Idioms and set phrases: 一 + measure word is an article, not a count (`一批`, `一站式`,
 * `进一步`, `一系列`), and numerals paired two or three characters apart make a four-character
 * phrase (`三令五申`, `千方百计`, `一心一意`, `两手抓两手硬`), as do Chinese numerals without a
 * measure word (`三季有花`, `四下基层`).
 */
export const setPhrases: ExclusionRule = {
  id: 'set-phrase',
  description: 'idioms and set phrases (一批, 一站式, 三令五申, 两手抓两手硬, 三季有花)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (n.script !== 'chinese' || n.proportion !== null) return false;
    if (!c.unit) return true;
    // `十分重要`, `万分感谢`: an adverb of degree, not ten points.
    if (c.unit.unit === '分' && (n.value === 10 || n.value === 10000) && text.slice(n.start, n.end).length === 1) return true;
    // `一个月` is a count where it is a span of time (`用一个月时间`); `一个半小时` always is.
    if (n.value === 1 && n.valueMax === undefined) return !isDuration(c) && !c.unit.inner;
    for (const d of [2, 3]) {
      if (isChineseNumeralAt(text, n.start - d) && !isChineseNumeralAt(text, n.start - d + 1)) return true;
      if (isChineseNumeralAt(text, n.end - 1 + d) && !isChineseNumeralAt(text, n.end + d - 2)) return true;
    }
    return false;
  },
};
