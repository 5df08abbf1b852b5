// `…开工项目共47个、总投资217.71亿元、年度投资69.41亿元。…` and further down `在此次开工的项目中,产业类项目34个、总投资118.93亿元、
// 年度投资52.61亿元,基础设施项目2个、…,其他类项目11个、总投资38.72亿元、年度投资17.10亿元;…`: a sentence framed by the things
// a count above counts (在…中) lists kinds of them, each with figures in the columns of that count's sentence. Each column
// of the items divides the figure of its label above; a last kind of 其他 makes the list whole.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { figuresWithNumberIn } from '../compare/sentences';
import { NAMED_FRAME } from './named-frames';
import { isAdditive, lineStart, linesBack, OWN_CLAUSE, RESIDUAL_LEAD, sameFamily, wordsBefore } from './text';

// The frame of ./named-frames.ts, opening the sentence.
const FRAME = new RegExp(`^[\\s“"]*${NAMED_FRAME.source}`);
/** Words that point back at what the frame names (`此次开工的项目`: 开工项目). */
const POINTING = /^(?:此次|本次|这次|这批|上述|以上|今年|全年)/;
const THRESHOLD_SIDE = /([0-9.]+[万亿]?元)(以上|以下)/;
// How far above the frame the count it names may stand: a report's opening paragraph.
const LINES_BACK = 6;
const COUNT_UNITS = new Set(['个', '项', '个项目']);

export function findFramedColumns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<number>();
  for (const f of figures) {
    const sentence = f.sentence;
    if (seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    const frame = FRAME.exec(text.slice(sentence.start, sentence.end));
    if (!frame) continue;
    const things = frame[1]!.replace(POINTING, '').replace(/的/g, '');
    if (things.length < 3) continue;
    // Each run between semicolons is a series of its own (`…其他类项目11个…;项目总投资5亿元以上的项目共10个…,…5亿元以下的项目共37个…`).
    let from = sentence.start + frame[0].length;
    for (const segment of text.slice(from, sentence.end).split(/[；;]/)) {
      const to = from + segment.length;
      out.push(...series(text, figures, from, to, things, sentence.start));
      from = to + 1;
    }
  }
  return out;
}

function series(text: string, figures: readonly Figure[], from: number, to: number, things: string, frameAt: number): Relation[] {
  const listed = figuresWithNumberIn(figures, from, to).filter(isAdditive);
  // Items: each opens with a count of the things, the figures after it in its columns.
  const items: Figure[][] = [];
  for (const g of listed) {
    if (g.kind === 'count' && COUNT_UNITS.has(g.unit ?? '')) items.push([g]);
    else if (items.length > 0) items[items.length - 1]!.push(g);
  }
  if (items.length < 2) return [];
  const intro = introAbove(text, figures, frameAt, things, items[0]![0]!);
  if (!intro) return [];
  const names = items.map((item) => text.slice(from, item[0]!.numberStart).split(/[，,]/).at(-1)!);
  // Closed by a last kind of 其他, or by two sides of one threshold (`5亿元以上的项目`, `5亿元以下的项目`).
  const sides = names.map((n) => THRESHOLD_SIDE.exec(n));
  const closed = RESIDUAL_LEAD.test(names.at(-1)!) || (names.length === 2 && !!sides[0] && !!sides[1] && sides[0][1] === sides[1][1] && sides[0][2] !== sides[1][2]);
  const out: Relation[] = [];
  for (const total of intro) {
    const column = items.map((item) => (total.kind === 'count' ? item[0]! : item.find((g) => g.kind === total.kind && sameFamily(g, total) && labelOf(text, g) === labelOf(text, total))));
    if (column.some((g) => !g)) continue;
    out.push({ kind: 'parts', target: total, operands: column as Figure[], word: '在…中', closed, partition: true });
  }
  return out;
}

/** A figure's name: the words of its own clause before its number (`总投资`, `年度投资`). */
const labelOf = (text: string, f: Figure) => OWN_CLAUSE.exec(wordsBefore(text, f, 12))![0].split(/[、]/).at(-1)!.replace(/^[\s“"]+/, '');

/** The count above whose words name `things` (`开工项目共47个`), and the figures after it in its sentence: the columns' totals. */
function introAbove(text: string, figures: readonly Figure[], at: number, things: string, firstCount: Figure): Figure[] | null {
  const floor = linesBack(text, lineStart(text, at), LINES_BACK);
  const candidates = figures.filter((g) => g.start >= floor && g.end <= at && g.kind === 'count' && sameFamily(g, firstCount) && isAdditive(g) && wordsBefore(text, g, 16).replace(/的/g, '').includes(things));
  if (candidates.length !== 1) return null;
  const count = candidates[0]!;
  const after = figures.filter((g) => g.sentence.start === count.sentence.start && g.start > count.end && isAdditive(g) && g.kind === 'amount');
  return [count, ...after];
}
