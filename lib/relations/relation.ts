// An arithmetic relation the text states between figures, found by one of the finders in this
// folder and judged by `judge.ts`. A finder returns a relation only when it is sure which figure
// plays which part; an unsure pairing is no relation at all, never a flag.
import type { Figure } from '../types';

export type RelationKind = 'rate' | 'share' | 'parts' | 'growth' | 'points' | 'difference' | 'average';

export interface Relation {
  kind: RelationKind;
  /** The stated figure the relation checks: the rate, the share, the total, the growth. */
  target: Figure;
  /**
   * rate, share: [denominator, numerator]; parts: the parts in order; growth, points: [before,
   * after]; difference: [the page's own value, the value it is compared with]; average: [total,
   * divisor].
   */
  operands: Figure[];
  /** The word that names the relation in messages (`办结率`, `占比`, `其中`). */
  word: string;
  /** rate: the numerator is the denominator less operands[1] (`未办结1件`). */
  complement?: boolean;
  /** rate, share: the denominator is a plan or target (`完成年度计划的214.8%`): set, not measured, so taken as written. */
  plan?: boolean;
  /**
   * share: the whole is not written but is the part (operands[0]) and the rest listed after it
   * (operands[1…]) together (`最多的为南宁，1158条，占64.0%。其余城市分别为：桂林128条…`).
   */
  ofListed?: boolean;
  /** share: the part is the sum of operands[1…], a list the share follows (`A783件、B579件，占…的77%`). */
  summed?: boolean;
  /** share: the whole is operands[0] and operands[2…] together, counts joined into one list (`建议49件、提案66件`). */
  wholeSum?: boolean;
  /** parts: the list says it is complete (a 其他 bucket, or as many items as it announces). */
  closed?: boolean;
  /** parts, closed: the parts may exceed the total by up to this share of it, which they count and it does not. */
  excessAllowed?: number;
  /** parts: a breakdown, one category per item, so the parts cannot overlap. */
  partition?: boolean;
  /** parts, not a partition: the parts that name distinct kinds of one classification (school stages), which cannot overlap. */
  disjoint?: Figure[];
  /** growth, points: a fall (下降, 减少); difference: the page's value is the lower (低, 少). */
  falling?: boolean;
  /**
   * growth: the operands are [the change, the value after it] (`户籍人口10049.7万人，增加102.8万人，
   * 增长1.03%`); the earlier value is the later one less the change.
   */
  byChange?: boolean;
  /** growth: the rate is a yearly one over this many years, compounded (`十年…年平均增长率为1.90%`). */
  perYear?: number;
  /**
   * average: the operands are the values of a span's parts (`3月` `4月` `5月` of `春季(3月~5月)`) and
   * the target their mean, taken per part or weighted by `weights` (days); `signs` are the signs the
   * text writes in words (`低3.3℃` −1, `高2.4℃` +1). A target written as a fall (低) is `falling`.
   */
  meanOf?: { weights: number[]; signs: number[] };
  /**
   * average: the divisor is the year's average population, the mean of its end (operands[1]) and
   * its start, the end less the year's change (operands[2]; plus it when the population `fell`).
   * rate (a birth or death rate, ‰): the same of its denominator (operands[0], the change
   * operands[2]); `endOnly` when the change is not written, the end within a year's change of it.
   */
  overYearMean?: { fell: boolean; endOnly?: boolean };
  /** average: what one unit of the total is in the average's unit (a yield in 公斤 of an output in 吨: 1000). */
  scale?: number;
  /** parts: how many items the text says are counted under two parts (`其中,一件普通件涉两市`): the parts may exceed the total by that many. */
  countedTwice?: number;
}
