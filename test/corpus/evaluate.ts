// The numbers `npm run eval` prints and `eval.test.ts` holds the line on: relations recognised,
// flags true and false, planted-error sensitivity, and figure extraction, with the held-apart
// articles counted on their own.
import { extractFigures } from '../../lib/extract';
import { emptyTally, metricsOf, scoreArticle, type Metrics } from '../extract/gold-scoring';
import { checkText, isFlag, relationFigures, resultsFor, type CorpusArticle, type LabelledRelation } from './corpus';
import { withinPrecision } from './precision';

export interface RelationTally {
  stated: number;
  recognised: number;
  broken: number;
  brokenFlagged: number;
  rounding: number;
  /** Flags on unmodified articles that no broken (or rounding-only) relation accounts for. */
  falseAlarms: number;
  planted: number;
  /** Plants on relations that the checks recognise in the unmodified article. */
  plantedRecognised: number;
  plantedRecognisedFlagged: number;
  plantedFlagged: number;
  /** Plants whose changed number cannot be told from rounding at its written precision. */
  plantsSkipped: number;
  byType: Record<string, { stated: number; recognised: number }>;
  misses: string[];
  brokenMissed: string[];
  alarms: string[];
  plantMisses: string[];
}

export function emptyRelationTally(): RelationTally {
  return { stated: 0, recognised: 0, broken: 0, brokenFlagged: 0, rounding: 0, falseAlarms: 0, planted: 0, plantedRecognised: 0, plantedRecognisedFlagged: 0, plantedFlagged: 0, plantsSkipped: 0, byType: {}, misses: [], brokenMissed: [], alarms: [], plantMisses: [] };
}

/** Each planted error: the target's number changed by +10 % (−10 % near 100 %), or two digits swapped. */
export function plantsFor(rel: LabelledRelation): string[] {
  const m = /[0-9]+(?:\.[0-9]+)?/.exec(rel.target);
  if (!m) return [];
  const written = m[0];
  const decimals = written.includes('.') ? written.split('.')[1]!.length : 0;
  const v = Number(written);
  const percentLike = /%|百分点/.test(rel.target);
  const factor = percentLike && v * 1.1 > 100 ? 0.9 : 1.1;
  const out = new Set<string>();
  const scaled = (v * factor).toFixed(decimals);
  // A change the written precision cannot show is no planted error.
  if (Math.abs(Number(scaled) - v) >= 2 * 10 ** -decimals) out.add(scaled);
  const digits = [...written];
  for (let i = digits.length - 2; i >= 0; i--) {
    const a = digits[i]!;
    const b = digits[i + 1]!;
    if (a !== b && a !== '.' && b !== '.' && !(i === 0 && b === '0')) {
      const swapped = [...digits];
      swapped[i] = b;
      swapped[i + 1] = a;
      const s = swapped.join('');
      if (!(percentLike && Number(s) > 100)) out.add(s);
      break;
    }
  }
  out.delete(written);
  return [...out].map((n) => rel.target.replace(written, n));
}

// Relations whose target changed by any amount must break: the others (an open list, done ≤
// received) may still hold after a change, so they are not planted on.
const PLANTABLE = new Set(['rate', 'share', 'growth', 'pp_change', 'average']);

export async function scoreRelations(articles: readonly CorpusArticle[], tally: RelationTally, plant: boolean): Promise<void> {
  for (const a of articles) {
    const checked = await checkText(a);
    const accounted = new Set<string>();
    for (const rel of a.relations) {
      const rf = relationFigures(a.text, checked.figures, rel);
      const about = resultsFor(checked.results, rf);
      const t = (tally.byType[rel.type] ??= { stated: 0, recognised: 0 });
      tally.stated++;
      t.stated++;
      if (about.length > 0) {
        tally.recognised++;
        t.recognised++;
      } else tally.misses.push(`${a.id}: ${rel.type} ${rel.target} (${rel.context}) ← ${rel.operands.slice(0, 3).join(" + ")}${rel.operands.length > 3 ? " …" : ""}`);
      if (rel.status === 'broken') {
        tally.broken++;
        if (about.some(isFlag)) tally.brokenFlagged++;
        else tally.brokenMissed.push(`${a.id}: ${rel.type} ${rel.target} (${rel.context}): ${rel.arithmetic}`);
      }
      if (rel.status === 'rounding') tally.rounding++;
      if (rel.status !== 'holds') for (const r of about) accounted.add(`${r.check}:${r.figureId}`);
    }
    for (const r of checked.results) {
      if (!isFlag(r) || accounted.has(`${r.check}:${r.figureId}`)) continue;
      tally.falseAlarms++;
      tally.alarms.push(`${a.id}: ${r.check} ${r.message_zh}`);
    }
    if (!plant) continue;
    for (const rel of a.relations) {
      if (rel.status !== 'holds' || (!PLANTABLE.has(rel.type) && !(rel.type === 'parts_total' && rel.closed))) continue;
      const original = relationFigures(a.text, checked.figures, rel);
      const at = original.targetAt;
      const recognised = resultsFor(checked.results, original).length > 0;
      if (at < 0) continue;
      for (const changed of plantsFor(rel)) {
        const text = a.text.slice(0, at) + changed + a.text.slice(at + rel.target.length);
        const planted = await checkText({ ...a, text });
        // An operand written from the target on (`475\n|\n422`, a table cell found by its row) is
        // found in the planted text by the changed target.
        const operands = rel.operands.map((o) => (o.startsWith(rel.target) && !/^[0-9.]/.test(o.slice(rel.target.length)) ? changed + o.slice(rel.target.length) : o));
        const rf = relationFigures(text, planted.figures, { ...rel, target: changed, operands }, at);
        const { target } = rf;
        // A change the operands' own rounding allows is no error a reader could see.
        if (withinPrecision(rel, a.text, original.operands, text, target)) {
          tally.plantsSkipped++;
          continue;
        }
        const flagged = resultsFor(planted.results, rf).filter(isFlag);
        tally.planted++;
        const named = flagged.some((r) => rf.operands.some((o) => o && r.message_zh.includes(o.text)) && target && r.message_zh.includes(target.text));
        if (recognised) tally.plantedRecognised++;
        if (named && recognised) tally.plantedRecognisedFlagged++;
        if (named) tally.plantedFlagged++;
        else tally.plantMisses.push(`${a.id}: ${rel.type} ${rel.target} → ${changed}${recognised ? " (on a recognised relation)" : ""}`);
      }
    }
  }
}

export function scoreFigures(articles: readonly CorpusArticle[]): { metrics: Metrics; articles: number; figures: number } {
  const tally = emptyTally();
  let n = 0;
  for (const a of articles) {
    if (!a.figures || a.figures.length === 0) continue;
    n++;
    scoreArticle(a.id, extractFigures(a.text), a.figures, tally);
  }
  return { metrics: metricsOf(tally), articles: n, figures: tally.gold };
}
