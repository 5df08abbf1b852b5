// An average stated beside its total and what it is divided by: `成交206套/12151.88㎡，均价45659元/㎡，
// 总金额55.48亿元，套均总价269.34万元` → 55.48亿 ÷ 12151.88㎡ and 55.48亿 ÷ 206套. The divisor is told by
// the average's own unit (元/㎡) or word (套均, 户均, 人均); both sides must stand in its sentence.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CLAUSE_END, isAdditive } from './text';

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
  return out;
}
