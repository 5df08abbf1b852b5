// `投诉类2954件，占比80.80%；举报类480件，占比13.13%；…咨询类17件，占比0.46%`: shares of one total in a
// paragraph that add up to 100 % (at the precision written) say their parts are the whole, so the
// parts must add up to the total too: a list of them the finders read is closed, and one they did
// not read is added. Shares that miss the total they were paired with, where the text lists their parts under
// another total, are of that other whole (`收到提案3045件，经审查立案2686件，其中委员提案1640件，占提案总数的61.1%`).
import type { Figure } from '../types';
import { judge } from './judge';
import type { Relation } from './relation';
import { halfLastDigit, lineStart } from './text';

export function closeByShares(text: string, relations: readonly Relation[]): Relation[] {
  const out = [...relations];
  const shares = relations.filter((r) => r.kind === 'share' && !r.summed && !r.wholeSum && r.word === '占比').sort((a, b) => a.target.start - b.target.start);
  const listed = new Map(relations.flatMap((r, k) => (r.kind === 'parts' ? [[key(r.target, r.operands), k] as const] : [])));
  for (let i = 0; i < shares.length; i++) {
    const total = shares[i]!.operands[0]!;
    const line = lineStart(text, shares[i]!.target.start);
    // The shortest run of shares from here that makes 100 %: a list and then its sub-list, both of
    // the same total, are two runs.
    let sum = 0;
    let slack = 0;
    for (let j = i; j < shares.length && shares[j]!.operands[0] === total && lineStart(text, shares[j]!.target.start) === line; j++) {
      const share = shares[j]!.target;
      if (share.qualifier !== null) break;
      sum += share.value;
      // Each share may be off by half a unit of its last digit.
      slack += halfLastDigit(text, share);
      if (j === i || Math.abs(sum - 100) > slack + 1e-9) continue;
      // A share after it that brings the sum nearer 100 % is one more of the list (`…生态问题83个，占13.7%；
      // 其他类问题4个，占0.7%`: 99.3 % within the rounding, 100.0 % with it).
      const next = shares[j + 1];
      if (next && next.operands[0] === total && lineStart(text, next.target.start) === line && next.target.qualifier === null && Math.abs(sum + next.target.value - 100) < Math.abs(sum - 100)) continue;
      const parts = shares.slice(i, j + 1).map((r) => r.operands[1]!);
      if (new Set(parts).size !== parts.length) break;
      const elsewhere = relations.some((r) => r.kind === 'parts' && r.target !== total && r.operands.includes(parts[0]!));
      const missed = shares.slice(i, j + 1).some((r) => judge(text, r)?.verdict === 'inconsistent');
      if (elsewhere && missed) break;
      // Shares that miss their total but are each their part over the parts' sum, a count the text lists under that total
      // (`事件类有效立案数共971件,占总案件量的97.5%;部件类…25件,占…2.5%` under `受理…1054件,其中立案996件`), are of that count, not
      // of the total they were paired with. (Of a sum the text does not give, they are the text's error: `占信访总量的34%` of 47,
      // not of 71.)
      const ofTheirSum = (r: Relation) => judge(text, { ...r, operands: [r.operands[1]!, r.operands[1]!, ...parts.filter((q) => q !== r.operands[1])], wholeSum: true })?.verdict === 'consistent';
      const partsSum = parts.reduce((n, p) => n + p.value, 0);
      const subWhole = relations.find((r) => r.kind === 'parts' && r.target === total)?.operands.find((f) => f.value === partsSum && f.unit === total.unit);
      const whole = missed && subWhole && shares.slice(i, j + 1).every(ofTheirSum) ? subWhole : total;
      if (whole !== total) for (const r of shares.slice(i, j + 1)) out[out.indexOf(r)] = { ...r, operands: [whole, r.operands[1]!] };
      const known = listed.get(key(whole, parts));
      if (known !== undefined) out[known] = { ...out[known]!, closed: true, partition: true };
      else out.push({ kind: 'parts', target: whole, operands: parts, word: '占比合计', closed: true, partition: true });
      i = j;
      break;
    }
  }
  return out;
}

const key = (total: Figure, parts: readonly Figure[]) => [total.id, ...parts.map((p) => p.id)].join(' ');
