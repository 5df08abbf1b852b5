// `全县常住人口〔2〕中,0-14岁人口为60699人,占30.28%;15-59岁人口为117216人,占58.47%;60岁及以上人口为22559人,占14.18%,
// 其中65岁及以上人口为16536人,占8.25%`: a sentence that opens by naming a whole it does not count (`…中,`) and lists
// its groups, each a count and its share, gives every share of the groups' sum; a group after 其中 is one of the
// group before it, a share of the same sum but no part of it. When the shares of all groups but one are their count
// over that sum (two at least), the groups are the whole and the one that is not is wrong; otherwise which whole the
// writer meant is unsure, and nothing is read.
import type { Figure } from '../types';
import { BARE_SHARE, halfLastDigit, isAdditive, sameFamily, WHOLE_FRAME } from './text';
import type { Relation } from './relation';

// Between one group's share and the next group's count: a clause break, perhaps 其中 for a group of the one before.
const NEXT_GROUP = /^[；;，,]\s*(其中[，,：:]?)?[^，,；;。]{0,24}$/;
const MIN_FITS = 2;

interface Group {
  count: Figure;
  share: Figure;
  sub: boolean;
}

export function findFramedGroups(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (figures[i - 1]?.sentence.start === first.sentence.start || !WHOLE_FRAME.test(text.slice(first.sentence.start, first.numberStart))) continue;
    const groups: Group[] = [];
    let k = i;
    for (; k + 1 < figures.length && figures[k + 1]!.sentence.start === first.sentence.start; k += 2) {
      const [count, share] = [figures[k]!, figures[k + 1]!];
      const lead = groups.length === 0 ? '' : text.slice(groups.at(-1)!.share.end, count.numberStart);
      if (groups.length > 0 && !NEXT_GROUP.test(lead)) break;
      if (!isAdditive(count) || (groups.length > 0 && !sameFamily(count, groups[0]!.count)) || share.kind !== 'percent' || !BARE_SHARE.test(text.slice(count.end, share.numberStart))) break;
      groups.push({ count, share, sub: NEXT_GROUP.exec(lead)?.[1] !== undefined });
    }
    i = Math.max(i, k - 1);
    const members = groups.filter((g) => !g.sub).map((g) => g.count);
    if (members.length < MIN_FITS) continue;
    const sum = members.reduce((n, f) => n + f.value, 0);
    const fits = groups.filter((g) => !g.sub && Math.abs((100 * g.count.value) / sum - g.share.value) <= halfLastDigit(text, g.share) + 1e-9).length;
    if (fits < Math.max(MIN_FITS, members.length - 1)) continue;
    // Each share over the members together: the first member, the group's count, the other members (Relation.wholeSum).
    for (const g of groups) out.push({ kind: 'share', target: g.share, operands: [members[0]!, g.count, ...members.slice(1)], word: '占比', wholeSum: true });
  }
  return out;
}
