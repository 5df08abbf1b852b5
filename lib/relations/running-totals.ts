// What a period added is part of the running total the text gives with it:
//   `9月全省实施复明手术新增1203例，达8878例` (the increment, then the total it reached, in one clause);
//   `上半年已完成搬迁安置6.4万人。累计下达搬迁计划53.8万人，累计完成搬迁安置42.3万人` (the period's count, then
//   the cumulative count of the same doing, in the same or the next sentence).
// The list is open: the running total also holds what came before the period.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isAdditive, sameFamily } from './text';

// Between an increment and the total it reached.
const REACHED = /^[，,]\s*(?:累计|总数|总量|总计)?(?:达到|达)$/;
const INCREMENT = /(?:新增|新解决|新建|新开工|增加)[^，,。；;]{0,12}$/;
// The doing a count reports, once its period and 已/新/累计 are taken off: `完成搬迁安置`, `解决`.
const PERIOD_PREFIX = /^[^]*(?:已经|已|新)/;
const RUNNING = /累计([\u4e00-\u9fff]{2,10})$/;
const SENTENCES_APART = 1;

/** The words of its clause before a figure's number, back to the figure before it. */
function clauseBefore(text: string, figures: readonly Figure[], i: number): string {
  const f = figures[i]!;
  const from = Math.max(f.sentence.start, figures[i - 1]?.end ?? 0);
  return text.slice(from, f.numberStart).split(/[，,；;：:]/).pop()!.replace(/了/g, '');
}

export function findRunningTotals(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  // The cumulative counts, and the doing each reports: most texts have few or none.
  const running = new Map<number, string>();
  figures.forEach((f, j) => {
    if (!text.slice(Math.max(f.sentence.start, f.numberStart - 16), f.numberStart).includes('累计')) return;
    const doing = RUNNING.exec(clauseBefore(text, figures, j))?.[1];
    if (doing) running.set(j, doing);
  });
  figures.forEach((part, i) => {
    if (!isAdditive(part)) return;
    const next = figures[i + 1];
    const reached = next !== undefined && REACHED.test(text.slice(part.end, next.numberStart));
    if (reached && isAdditive(next) && sameFamily(next, part) && INCREMENT.test(text.slice(Math.max(part.sentence.start, part.numberStart - 16), part.numberStart))) {
      out.push({ kind: 'parts', target: next, operands: [part], word: '累计', closed: false });
      return;
    }
    if (running.size === 0 || running.has(i)) return;
    let doing: string | null = null;
    let sentences = 0;
    for (let j = i + 1; j < figures.length; j++) {
      const f = figures[j]!;
      if (f.sentence.start !== figures[j - 1]!.sentence.start && ++sentences > SENTENCES_APART) return;
      const theirs = running.get(j);
      // The same doing of the same things: `完成搬迁安置` and `累计完成搬迁安置`.
      const [a, b] = [f.label ?? '', part.label ?? ''];
      if (theirs === undefined || !isAdditive(f) || !sameFamily(f, part) || !(a.endsWith(b) || b.endsWith(a))) continue;
      doing ??= clauseBefore(text, figures, i).replace(PERIOD_PREFIX, '');
      if (theirs !== doing) continue;
      out.push({ kind: 'parts', target: f, operands: [part], word: '累计', closed: false });
      return;
    }
  });
  return out;
}
