// Every relation the text states between its figures, found once per page.
import { buildArticleModel, type ArticleModel } from '../article-model';
import type { Figure } from '../types';
import { findAverages } from './averages';
import { findChanges } from './changes';
import { findConversions } from './conversions';
import { findCoverage } from './coverage';
import { findPerEach } from './per-each';
import { findRespectiveChanges } from './respective-changes';
import { findCensusChanges } from './census-changes';
import { findSavings } from './savings';
import { findPlanProgress } from './plan-progress';
import { findParts } from './parts';
import { findGridRelations } from './grid';
import { findPeriodChanges } from './periods';
import { findRates } from './rates';
import type { Relation } from './relation';
import { ofAnEarlierPeriod, sumsExactlyTo } from './text';
import { closeByShares } from './share-sums';
import { findRegionBreakdowns } from './region-breakdowns';
import { findRemainderShares } from './remainder-shares';
import { findFramedGroups } from './framed-groups';
import { findListedShares } from './listed-shares';
import { findShares } from './shares';
import { findVitalRates } from './vital-rates';
import { findSexRatios } from './sex-ratio';
import { findWholePlaceGaps } from './whole-place-gaps';
import { findParallelShares } from './parallel-shares';
import { findColumnShares } from './column-shares';
import { findUrbanRates } from './urban-rates';
import { findStatusShares } from './status-shares';
import { findStructureShares } from './structure';
import { readingOf } from '../reading';

export type { Relation, RelationKind } from './relation';
export { judge, type Judgement } from './judge';

export function findRelations(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const reading = readingOf(text, figures);
  if (!reading) return relationsIn(text, figures, model);
  // Traditional script, readings in brackets: found on the text as read, reported with the page's own figures.
  return relationsIn(reading.text, reading.figures, buildArticleModel(reading.text)).map((r) => ({ ...r, target: reading.original(r.target), operands: r.operands.map(reading.original), ...(r.disjoint ? { disjoint: r.disjoint.map(reading.original) } : {}) }));
}

function relationsIn(text: string, figures: readonly Figure[], model: ArticleModel): Relation[] {
  const found = [...findRates(text, figures), ...findShares(text, figures), ...findStructureShares(text, figures), ...findParts(text, figures, model), ...findChanges(text, figures), ...findPeriodChanges(text, figures), ...findAverages(text, figures), ...findVitalRates(text, figures), ...findSexRatios(text, figures), ...findWholePlaceGaps(text, figures), ...findParallelShares(text, figures), ...findUrbanRates(text, figures), ...findConversions(text, figures), ...findStatusShares(text, figures), ...findGridRelations(text, figures), ...findRegionBreakdowns(text, figures), ...findCoverage(text, figures), ...findPerEach(text, figures), ...findRespectiveChanges(text, figures), ...findCensusChanges(text, figures), ...findSavings(text, figures), ...findPlanProgress(text, figures)].filter(
    (r) => !ofAnEarlierPeriod(text, wholeOf(r)),
  );
  // A share paired with a written whole needs no whole made of the parts listed with it.
  const paired = new Set(found.filter((r) => r.kind === 'share').map((r) => r.target));
  const more = [...findRemainderShares(text, figures), ...findFramedGroups(text, figures), ...findColumnShares(text, figures)].filter((r) => !paired.has(r.target));
  for (const r of more) if (r.kind === 'share') paired.add(r.target);
  return closeByShares(text, withoutNestedParts(withoutDoubleCounts(withoutSubsumed(distinct([...found, ...more, ...findListedShares(text, figures, found, paired)])))));
}

/** An open list whose parts another list of the same total holds too says nothing the other does not (`2053件` over
 * `办结1957件`, beside `办结1957件 + 还有96件`): one check a relation. */
function withoutSubsumed(relations: readonly Relation[]): Relation[] {
  const lists = relations.filter((r) => r.kind === 'parts');
  return relations.filter(
    (r) => r.kind !== 'parts' || r.closed || !lists.some((q) => q !== r && q.target === r.target && q.operands.length > r.operands.length && r.operands.every((p) => q.operands.includes(p))),
  );
}

/**
 * A list that holds a count and that count's own parts counts them twice (`议案14件,…1件议案交由…审议,其余13件议案转为建议,加上…
 * 67件建议,共80件`: 14 = 1 + 13, and the 80 are 13 + 67): which of them the total holds is unsure, so the list is dropped.
 */
function withoutDoubleCounts(relations: readonly Relation[]): Relation[] {
  const partsOf = new Map<Figure, Figure[][]>();
  // (Only a count's complete list that makes it: another may be a wrong pairing, and would take a right list with it.)
  for (const r of relations) if (r.kind === 'parts' && r.closed && sumsExactlyTo(r.operands, r.target.value)) partsOf.set(r.target, [...(partsOf.get(r.target) ?? []), r.operands]);
  return relations.filter((r) => r.kind !== 'parts' || !r.operands.some((whole) => partsOf.get(whole)?.some((own) => own.every((p) => r.operands.includes(p)))));
}

/**
 * A rate's numerator that its base names with a word more (`应结案数为16件,结案数为9件,结案率为56.25%`: the 9 closed of the 16
 * due) is inside that base, so no list holds both as parts (16 + 9 happens to make the 25 the sentence opens with): the
 * numerator leaves the list, which is then open; the rest still say what the total holds.
 */
function withoutNestedParts(relations: readonly Relation[]): Relation[] {
  const nested = relations.filter(({ kind, operands: [base, done] }) => kind === 'rate' && base !== done && !!done!.label && !!base!.label && base!.label.length > done!.label.length && base!.label.endsWith(done!.label));
  return relations.flatMap((r) => {
    if (r.kind !== 'parts') return [r];
    const inner = new Set(nested.filter((rate) => rate.operands.every((f) => r.operands.includes(f))).map((rate) => rate.operands[1]!));
    if (inner.size === 0) return [r];
    const operands = r.operands.filter((f) => !inner.has(f));
    return operands.length > 0 ? [{ ...r, operands, closed: false, partition: false }] : [];
  });
}

/** The whole a share, rate or list of parts is of; null for relations that compare periods. */
function wholeOf(r: Relation): Figure | null {
  if (r.kind === 'parts') return r.target;
  if ((r.kind === 'share' && !r.ofListed) || r.kind === 'rate') return r.operands[0] ?? null;
  return null;
}

/** One relation per kind, target and operands: two readings that found the same one (a 其中 list
 * in brackets is read as a list and as a 其中 list) would show the reader the same check twice.
 * What either reading knows of a list (complete, its parts disjoint) is kept. */
function distinct(relations: readonly Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    const key = `${r.kind} ${r.target.id} ${r.operands.map((o) => o.id).join(' ')}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, r);
    else if (r.closed || r.partition || r.countedTwice) byKey.set(key, { ...seen, closed: seen.closed || r.closed, partition: seen.partition || r.partition, countedTwice: seen.countedTwice ?? r.countedTwice });
  }
  return [...byKey.values()];
}
