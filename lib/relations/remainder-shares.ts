// `涉及最多的城市为南宁，留言总量1158条，占64.0%。其余城市分别为：桂林128条，玉林115条，…贺州8条。`: a
// share whose whole is not written, but is the part and the rest the next sentence lists (其余,
// 其他): 1158 over 1158 + 128 + … + 8.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { BARE_SHARE, isAdditive, sameFamily } from './text';

const THE_REST = /^[\s“"]*(?:其余|其他|其它)[\u4e00-\u9fff]{0,6}?(?:分别)?(?:为|是|有)[：:]?/;
const MIN_REST = 2;

export function findRemainderShares(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((share, s) => {
    const part = figures[s - 1];
    if (share.kind !== 'percent' || !part || !isAdditive(part) || !BARE_SHARE.test(text.slice(part.end, share.numberStart))) return;
    // The next sentence, right after the share's, opens with the rest.
    const next = figures[s + 1];
    if (!next || next.sentence.start === share.sentence.start || !/^[。；;]?\s*$/.test(text.slice(share.end, next.sentence.start))) return;
    if (!THE_REST.test(text.slice(next.sentence.start, next.start))) return;
    const rest = figures.slice(s + 1).filter((f, k, list) => f.sentence.start === next.sentence.start && list.slice(0, k).every((g) => g.sentence.start === next.sentence.start));
    if (rest.length < MIN_REST || !rest.every((f) => isAdditive(f) && sameFamily(f, part))) return;
    out.push({ kind: 'share', target: share, operands: [part, ...rest], word: '占比', ofListed: true });
  });
  return out;
}
