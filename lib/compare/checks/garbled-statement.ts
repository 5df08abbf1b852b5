// 分别 ("respectively") followed by a list of items and fewer figures than items:
// `分别高出全国、全省34.28个百分点` gives one figure for two comparisons, so one is missing.
// (`A、B分别为10个`, items before 分别 and one figure, means "10 each" and is fine.)
import type { CheckResult } from '../../types';
import type { Check, CheckContext } from '../context';
import { pageEvidence } from '../evidence';
import { figuresWithNumberIn } from '../sentences';

const RESPECTIVELY = '分别';
const CLAUSE_END = /[，,。；;！？!?\n]/;
const ITEM_SEPARATOR = /、|和|与|及/;

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (let at = ctx.text.indexOf(RESPECTIVELY); at >= 0; at = ctx.text.indexOf(RESPECTIVELY, at + RESPECTIVELY.length)) {
    const from = at + RESPECTIVELY.length;
    const rest = ctx.text.slice(from);
    const endRel = rest.search(CLAUSE_END);
    const to = from + (endRel >= 0 ? endRel : rest.length);
    // By the number, not the figure's start: a figure's text may reach back over 分别 itself.
    const inClause = figuresWithNumberIn(ctx.figures, from, to);
    const first = inClause[0];
    if (!first || inClause.length !== 1) continue;
    const listedText = ctx.text.slice(from, first.numberStart);
    // A number among the items (`第22位、第11位`) is a value the extraction missed, not an item.
    if (/[0-9０-９]/.test(listedText)) continue;
    const items = listedText.split(ITEM_SEPARATOR).filter((s) => s.trim().length > 0);
    if (items.length < 2) continue;
    // After the figure, the clause must not go on listing values in words (`和二十个百分点`).
    if (/[0-9０-９一二三四五六七八九十百千万萬两兩]/.test(ctx.text.slice(first.end, to))) continue;
        results.push({
      check: 'garbled-statement',
      figureId: first.id,
      verdict: 'inconsistent',
      confidence: 0.6,
      evidence: [pageEvidence(ctx.text, ctx.meta, first)],
      message_zh: `“分别”后列出${items.length}项（${listedText}），却只有一个数字${first.text}：疑有数字遗漏。`,
      message_en: `"Respectively" lists ${items.length} items but gives one figure (${first.text}): a value is probably missing.`,
    });
  }
  return results;
}

export const garbledStatement: Check = {
  id: 'garbled-statement',
  description: '分别 with more listed items than figures: a value is missing.',
  run,
};
