// Loads the evaluation corpus (test/corpus/README.md) and scores the checks on it: relations the
// text states against what the checks recognise and flag, flags nobody labelled, and planted
// errors. Labels are read from the corpus files only; nothing here feeds the product.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/compare';
import { CHECK_IDS } from '../../lib/enums';
import { extractFigures } from '../../lib/extract';
import type { ArticleMeta, CheckId, CheckResult, Figure } from '../../lib/types';
import { FLAGGED_VERDICTS } from '../../lib/verdicts';
import type { GoldFigure } from '../extract/gold-scoring';

export const CORPUS_DIR = join(import.meta.dirname, 'articles');

export type RelationType = 'rate' | 'share' | 'parts_total' | 'done_received' | 'growth' | 'pp_change' | 'average' | 'magnitude' | 'respectively';

export interface LabelledRelation {
  type: RelationType;
  target: string;
  context: string;
  operands: string[];
  arithmetic: string;
  status: 'holds' | 'rounding' | 'broken';
  closed?: boolean;
  note?: string;
}

export interface CorpusArticle {
  id: string;
  url: string;
  title: string | null;
  date: string | null;
  kind: 'campaign' | 'control';
  campaign: string | null;
  province: string | null;
  partial?: boolean;
  relations: LabelledRelation[];
  figures?: GoldFigure[];
  text: string;
}

export function loadCorpus(): CorpusArticle[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as Omit<CorpusArticle, 'text'>;
      const txt = join(CORPUS_DIR, f.replace(/\.json$/, '.txt'));
      return { ...meta, relations: meta.relations ?? [], text: existsSync(txt) ? readFileSync(txt, 'utf8') : '' };
    });
}

/** The held-apart groups by name, each chosen before any check ran on it (holdout.json). */
export function holdoutGroups(): Map<string, Set<string>> {
  const file = join(import.meta.dirname, 'holdout.json');
  const { groups } = JSON.parse(readFileSync(file, 'utf8')) as { groups: Record<string, string[]> };
  return new Map(Object.entries(groups).map(([name, ids]) => [name, new Set(ids)]));
}

/** Every held-apart article. */
export function holdoutIds(): Set<string> {
  return new Set([...holdoutGroups().values()].flatMap((ids) => [...ids]));
}

/** The checks that judge a page against itself; cross-report comparison is another issue. */
export const IN_ARTICLE_CHECKS: ReadonlySet<CheckId> = new Set(CHECK_IDS.filter((id) => id !== 'same-metric'));

export interface Checked {
  figures: Figure[];
  results: CheckResult[];
}

export async function checkText(a: Pick<CorpusArticle, 'text' | 'title' | 'date' | 'url'>): Promise<Checked> {
  const figures = extractFigures(a.text);
  const meta: ArticleMeta = { title: a.title, date: a.date, source: null, byline: null, url: a.url, siteName: null };
  const results = (await checkPage({ text: a.text, figures, meta }, null)).filter((r) => IN_ARTICLE_CHECKS.has(r.check));
  return { figures, results };
}

/** Where a labelled figure stands in the text: the occurrence inside `context`, else the nearest to `near`. */
export function locate(text: string, written: string, context: string | null, near: number): number {
  if (context) {
    const c = text.indexOf(context);
    if (c >= 0) {
      const inside = text.indexOf(written, c);
      if (inside >= 0 && inside < c + context.length) return inside;
    }
  }
  let best = -1;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * The extracted figure whose number lies inside the labelled text at `at`. A label names its figure
 * last (`100亿元以上项目13个` is the count 13), so its last number is tried before its first; an operand written with a
 * column beside it (`248户281人` of `667户`) names the number in the target's measure word.
 */
export function figureAt(figures: readonly Figure[], at: number, written: string, unit: string | null = null): Figure | null {
  const covering = (digit: number) => figures.find((f) => f.numberStart <= digit && digit < Math.max(f.numberEnd, f.numberStart + 1)) ?? null;
  const numbers = [...written.matchAll(/[0-9０-９][0-9０-９.]*/g)];
  const inUnit = unit === null ? undefined : numbers.filter((m) => written[m.index + m[0].length] === unit).at(-1);
  const named = inUnit ?? numbers.at(-1);
  return (named && covering(at + named.index)) ?? covering(at + (numbers[0]?.index ?? 0));
}

// The measure word after a target's number (`667户` → 户); a rate's % says nothing of its operands.
const unitOf = (target: string): string | null => /[0-9０-９]([\u4e00-\u9fff])[^0-9０-９]*$/.exec(target)?.[1] ?? null;

export interface RelationFigures {
  target: Figure | null;
  targetAt: number;
  operands: (Figure | null)[];
}

/** The figures of a labelled relation; `targetAt` fixes where the target is (a planted copy). */
export function relationFigures(text: string, figures: readonly Figure[], rel: LabelledRelation, fixedAt?: number): RelationFigures {
  const targetAt = fixedAt ?? locate(text, rel.target, rel.context, 0);
  const target = targetAt >= 0 ? figureAt(figures, targetAt, rel.target) : null;
  const operands = rel.operands.map((o) => {
    const at = locate(text, o, null, targetAt);
    return at >= 0 ? figureAt(figures, at, o, unitOf(rel.target)) : null;
  });
  return { target, targetAt, operands };
}

const sameFigure = (e: { figureText: string | null; value: number | null }, f: Figure) => e.figureText === f.text && e.value === f.value;

/** A result is about a relation when it names the target and, where there are any, an operand. */
export function resultsFor(results: readonly CheckResult[], rf: RelationFigures): CheckResult[] {
  const { target } = rf;
  if (!target) return [];
  const operands = rf.operands.filter((o): o is Figure => o !== null);
  return results.filter((r) => {
    const names = (f: Figure) => r.figureId === f.id || r.evidence.some((e) => sameFigure(e, f));
    if (!names(target)) return false;
    return rf.operands.length === 0 || operands.some(names);
  });
}

export const isFlag = (r: CheckResult) => FLAGGED_VERDICTS.has(r.verdict);
