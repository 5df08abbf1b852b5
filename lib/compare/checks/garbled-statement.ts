// A statement whose own words disagree. 分别 ("respectively") followed by a list of items and fewer
// figures than items:
// `分别高出全国、全省34.28个百分点` gives one figure for two comparisons, so one is missing.
// (`A、B分别为10个`, items before 分别 and one figure, means "10 each" and is fine.)
import type { CheckResult } from '../../types';
import type { Check, CheckContext } from '../context';
import { pageEvidence } from '../evidence';
import { figuresWithNumberIn } from '../sentences';
import { parseNumber } from '../../numbers/numeral';
import { isKindCount, isQuantity } from '../../relations/text';

const RESPECTIVELY = '分别';
const CLAUSE_END = /[，,。；;！？!?\n]/;
const ITEM_SEPARATOR = /、|和|与|及/;
const NAMES_FOLLOW = /^[是为為]?[:：]/;

// `本月主要反映6类诉求:教育行政管理、公共卫生、…、住房保障与房地产,`: a count of kinds with a colon, then
// the kinds by name (no numbers), one per 、, to the clause's end; `等` leaves the list open.
const ANNOUNCED_LIST = /(?:^|[^0-9０-９第前])([0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:大类|类|个方面|方面|项|种)[\u4e00-\u9fff]{0,6}[:：]([^，,。；;！？!?\n:：]{2,200})[，,。；;]/g;
const MAX_ITEM = 12;

const OPENERS = '“‘"《（(「';
const CLOSERS = '”’"》）)」';

/** The items of a list joined by 、: one inside quotes, title marks or brackets is one item
 * (`“知识产权权属、侵权纠纷”`, `“走私、贩卖、运输、制造毒品罪”`). */
function itemsOf(listed: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < listed.length; i++) {
    const c = listed[i]!;
    // A straight double quote opens when nothing is open and closes otherwise.
    if (c === '"') depth += depth > 0 ? -1 : 1;
    else if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) {
      items.push(listed.slice(from, i));
      from = i + 1;
    }
  }
  items.push(listed.slice(from));
  return items;
}

/** A count of kinds followed by the kinds themselves, fewer or more than it says. */
function miscountedLists(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const m of ctx.text.matchAll(ANNOUNCED_LIST)) {
    const listed = m[2]!;
    if (/[0-9０-９]|等$|等等/.test(listed)) continue;
    const items = itemsOf(listed);
    if (items.length < 2 || items.some((item) => item.trim().length === 0 || item.length > MAX_ITEM)) continue;
    const announced = parseNumber(m[1]!)?.value;
    if (announced === undefined || announced === items.length) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const figure = ctx.figures.find((f) => f.numberStart <= at && at < f.numberEnd);
    if (!figure) continue;
    // The sentence may go on to count the list right (`…住房保障与房地产，7类诉求总占比71.1%`).
    const listEnd = m.index + m[0].length;
    const recount = ctx.figures.find((f) => f.numberStart >= listEnd && f.sentence.start === figure.sentence.start && f.value === items.length && f.unit === figure.unit);
    results.push({
      check: 'garbled-statement',
      figureId: figure.id,
      verdict: 'inconsistent',
      confidence: 0.6,
      evidence: [pageEvidence(ctx.text, ctx.meta, figure), ...(recount ? [pageEvidence(ctx.text, ctx.meta, recount)] : [])],
      message_zh: `文中说${figure.text}，随后却列出${items.length}项（${listed}）${recount ? `，下文亦作${recount.text}` : ''}：数目不符。`,
      message_en: `The text announces ${announced} kinds but names ${items.length}.`,
    });
  }
  return results;
}

// `抽检保健食品等16大类食品共427批次,经检验全部合格,具体为饼干42批次、茶叶及相关制品1批次、…、保健食品1批次`: a count of kinds and
// the total of what they hold, then, a clause or two on, the kinds each with its count in the total's unit: as many as it
// says, unless an 等 leaves the list open. (A 其中 list divides the total another way: `10个方面100件实事,…其中:政策措施类实事51件,
// 工程建设类实事49件`.)
const ITEMS_OPEN = /具[体體][为為是]|分[别別][为為是]|依次[为為]|包括/;
// Between the count of kinds and its total (`16大类食品共427批次`), and from the total to the list's opening.
const TO_TOTAL = /^[\u4e00-\u9fff]{0,4}$/;
const OPENING_REACH = 30;
const NEXT_ITEM = /^[、，,]\s*[^，,、。；;：:！？\n0-9０-９]{1,20}$/;

/** A count of kinds followed by its kinds with their counts, more or fewer than it says. */
function miscountedItemLists(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  ctx.figures.forEach((kinds, k) => {
    if (!isKindCount(kinds) || kinds.value < 2 || !Number.isInteger(kinds.value)) return;
    const total = ctx.figures[k + 1];
    if (!total || total.sentence.start !== kinds.sentence.start || !isQuantity(total) || !TO_TOTAL.test(ctx.text.slice(kinds.end, total.numberStart))) return;
    const opener = ITEMS_OPEN.exec(ctx.text.slice(total.end, Math.min(kinds.sentence.end, total.end + OPENING_REACH)));
    if (!opener) return;
    const from = total.end + opener.index + opener[0].length;
    const first = ctx.figures.findIndex((f, i) => i > k && f.numberStart >= from);
    const head = ctx.figures[first];
    if (!head || head.sentence.start !== kinds.sentence.start || head.unit !== total.unit || /[，,。；;]/.test(ctx.text.slice(from, head.numberStart))) return;
    const items = [head];
    for (let i = first + 1; i < ctx.figures.length; i++) {
      const f = ctx.figures[i]!;
      if (f.sentence.start !== kinds.sentence.start || f.unit !== head.unit || !NEXT_ITEM.test(ctx.text.slice(items.at(-1)!.end, f.numberStart))) break;
      items.push(f);
    }
    const last = items.at(-1)!;
    if (items.length < 2 || /^\s*等/.test(ctx.text.slice(last.end, last.end + 2)) || items.length === kinds.value) return;
    results.push({
      check: 'garbled-statement',
      figureId: kinds.id,
      verdict: 'inconsistent',
      confidence: 0.6,
      evidence: [pageEvidence(ctx.text, ctx.meta, kinds), pageEvidence(ctx.text, ctx.meta, items[0]!), pageEvidence(ctx.text, ctx.meta, last)],
      message_zh: `文中说${kinds.text}，随后却逐项列出${items.length}项（${items[0]!.text}……${last.text}）：数目不符。`,
      message_en: `The text announces ${kinds.value} kinds but lists ${items.length}, each with its count.`,
    });
  });
  return results;
}

function run(ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [...miscountedLists(ctx), ...miscountedItemLists(ctx)];
  for (let at = ctx.text.indexOf(RESPECTIVELY); at >= 0; at = ctx.text.indexOf(RESPECTIVELY, at + RESPECTIVELY.length)) {
    const from = at + RESPECTIVELY.length;
    // `分别是：福州科技馆新馆、…`: after a colon come the things themselves, by name.
    if (NAMES_FOLLOW.test(ctx.text.slice(from, from + 2))) continue;
    const rest = ctx.text.slice(from);
    const endRel = rest.search(CLAUSE_END);
    const to = from + (endRel >= 0 ? endRel : rest.length);
    // By the number, not the figure's start: a figure's text may reach back over 分别 itself.
    const inClause = figuresWithNumberIn(ctx.figures, from, to);
    const first = inClause[0];
    if (!first || inClause.length !== 1) continue;
    const listedText = ctx.text.slice(from, first.numberStart);
    // A number among the items (`第22位、第11位`, `位列第一和第二`) is a value the extraction missed, not an item;
    // one inside a quoted name (`分别是“…无电村通电”和“全省每个县建成1个残疾人服务中心”`) is part of a name.
    if (/[0-9０-９]|第[一二三四五六七八九十]/.test(listedText) || /[“"「][^”"」]*$/.test(listedText)) continue;
    // A colon or 其中 opens a list whose items give their own counts clause by clause (`将973件建议分别交有关机关和组织研究办理:
    // 其中市人大常委会机关12件,市人民政府877件,…`): the one figure in 分别's clause is the first of them.
    if (/[：:]|其中/.test(listedText)) continue;
    // So is a change written in words (`分别同比持平、下降1%`: level, then down 1 %).
    if (/持平|不变|不變|零增长|零增長/.test(listedText)) continue;
    const items = listedText.split(ITEM_SEPARATOR).filter((s) => s.trim().length > 0);
    if (items.length < 2) continue;
    // Or it counts the last item's own members (`6个监测站分别设在经开区、数据资源局及4个工业乡镇`: 1 + 1 + 4).
    if (/[、和及与]\s*$/.test(listedText)) continue;
    // The one figure may count the items themselves (`分别任瓯海、鹿城、缙云3个县委书记`).
    if (first.kind === 'count' && first.value === items.length) continue;
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
  description: '分别 with more listed items than figures, or a count of kinds that its list of names contradicts.',
  run,
};
