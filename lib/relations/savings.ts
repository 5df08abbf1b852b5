// Public tendering and procurement reports (公共资源交易) give, for each kind of deal, the budget or ceiling price, what the
// deals came to and what was saved, and the saving as a rate of the budget: `招标控制价259.57亿元,中标金额254.282亿元,节约资金
// 5.288亿元,中标下浮率2.04%`, `预算金额12.614亿元,成交金额12.389亿元,节约资金0.225亿元,节约率1.78%`. By definition the budget is
// the deals and the saving together, and the rate is the saving over the budget (not over the deals). Read within one clause
// group (up to a semicolon or a full stop), in that order.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { CLAUSE_END } from './text';

const BUDGET = /(?:预算|控制价|最高限价|招标限价|采购限价)(?:金额|资金|总额|总金额)?$/;
const DEAL = /(?:成交|中标|合同)(?:金额|价|价格|总额|总金额)?$/;
const SAVED = /(?:节约|节省|节资)(?:资金|金额)?$/;
/** A saving's rate: of the budget, which the savings finder pairs; no other count is its base. */
export const SAVED_RATE = /(?:节约率|节资率|下浮率|节约比例|节资比例)$/;

export function findSavings(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const named = (f: Figure | undefined, re: RegExp) => f !== undefined && re.test(f.label ?? '');
  figures.forEach((saved, s) => {
    if (saved.kind !== 'amount' || !named(saved, SAVED)) return;
    const deal = figures[s - 1];
    const budget = figures[s - 2];
    if (!named(deal, DEAL) || !named(budget, BUDGET) || deal!.kind !== 'amount' || budget!.kind !== 'amount') return;
    if (CLAUSE_END.test(text.slice(budget!.end, saved.numberStart))) return;
    out.push({ kind: 'parts', target: budget!, operands: [deal!, saved], word: '节约资金', closed: true, partition: true });
    const rate = figures[s + 1];
    if (rate?.kind === 'percent' && named(rate, SAVED_RATE) && !CLAUSE_END.test(text.slice(saved.end, rate.numberStart))) {
      out.push({ kind: 'rate', target: rate, operands: [budget!, saved], word: rate.label! });
    }
  });
  return out;
}
