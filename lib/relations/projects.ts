// Which projects an amount is of: the count of projects that opens its clauses. A plan and a completion of different
// projects are no rate of each other.
import type { Figure } from '../types';
import { indexOf, lastIndexWithin } from './text';

const PROJECTS = /项目|項目|工程/;
const PROJECT_UNITS = new Set(['个', '個', '项', '項', '宗', '件']);
// `11个市市级重点工程建设项目`: a count of places, each with its own level's projects.
const PLACES_THEN_LEVEL = /^([市县区省州])\1级/;

/** The count of projects that opens the clauses an amount stands in (its sentence, or its item
 * between semicolons), outside brackets. */
function projectCountOf(text: string, figures: readonly Figure[], amount: Figure): Figure | null {
  const from = Math.max(amount.sentence.start, ...['；', ';'].map((c) => lastIndexWithin(text, c, amount.start, amount.sentence.start) + 1));
  // Not one in brackets the amount is outside of (`安排…项目72宗(其中…新开工项目39宗)`).
  const depth = (at: number) => (text.slice(from, at).match(/[(（]/g)?.length ?? 0) - (text.slice(from, at).match(/[)）]/g)?.length ?? 0);
  let first: Figure | null = null;
  for (let i = indexOf(figures, amount) - 1; i >= 0 && figures[i]!.start >= from; i--) {
    const f = figures[i]!;
    if (f.kind === 'count' && PROJECT_UNITS.has(f.unit ?? '') && !PLACES_THEN_LEVEL.test(f.label ?? '') && PROJECTS.test(text.slice(Math.max(from, f.numberStart - 12), f.end + 4)) && depth(f.start) <= depth(amount.start)) first = f;
  }
  return first;
}

// Projects of one stage (`100项新开工项目`, `续建项目56个`): a part of a programme whose plan counts them all.
const PROJECT_STAGE = /新开工|新建|续建|竣工|投产|前期|在建/;

/**
 * `安排重点建设项目72宗…年度投资计划190.7亿元` … `县重点建设项目43宗，完成投资29.2亿元，完成年度计划的47.1%`: an
 * amount done by fewer projects than the plan's, or by the projects of one stage where the plan counts none, is a share of
 * their own plan, which the text does not give. (More projects may be the same plan later in the year: `…项目99个…年度任务25亿元`
 * then `预计…项目105个…累计完成投资25.8亿元`.)
 */
export function ofOtherProjects(text: string, figures: readonly Figure[], plan: Figure, done: Figure): boolean {
  const [a, b] = [projectCountOf(text, figures, plan), projectCountOf(text, figures, done)];
  if (!a) {
    // A plan that counts no projects, from another sentence, is no plan of one stage's projects (`年度计划完成投资1063.2亿元` …
    // `100项新开工项目…完成投资56.3亿元,为年度计划投资的12.7%`: of their own plan, which the text does not give).
    return b !== null && PROJECT_STAGE.test(text.slice(Math.max(b.sentence.start, b.numberStart - 6), b.end + 6));
  }
  // The projects of a plan that have started (`已开工建设项目94个,完成投资418.7亿元` under `…项目100个,年计划投资449.8亿元`) are
  // the plan's own: only started projects spend.
  if (b !== null && STARTED.test(text.slice(Math.max(b.sentence.start, b.numberStart - 8), b.end))) return false;
  return b !== null && b.value < a.value;
}

const STARTED = /已经?(?:开工|开复工|复工)|均已开工/;
