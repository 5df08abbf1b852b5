// An amount converted at a rate the sentence states: `人均地区生产总值200647元…按当年平均汇率(1美元兑6.228元人民币)
// 折合30206美元`. The converted amount is the amount over the rate.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { indexOf, wordsBefore } from './text';

// `1美元兑6.228元`, `1美元=6.9元`, `1美元折合人民币6.7元`: the rate's figure stands right after these words.
const RATE_LEAD = /1\s*美元\s*(?:兑换?|兌換?|=|＝|折合|合)(?:人民币|人民幣)?$/;
// `折合30206美元`, `约合3.2万美元`.
const CONVERTED_LEAD = /(?:折合|约合|約合|合)$/;

export function findConversions(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((converted, i) => {
    if (converted.unit !== '美元' || !CONVERTED_LEAD.test(wordsBefore(text, converted, 3))) return;
    const inSentence = figures.slice(0, i).filter((f) => f.sentence.start === converted.sentence.start);
    const rate = inSentence.at(-1);
    if (!rate || rate.unit !== '元' || !RATE_LEAD.test(wordsBefore(text, rate, 10))) return;
    // The amount: the last in 元 before the rate, in this sentence or the one before (`…200647元,增长16.8%。按…汇率`).
    const amount = figures
      .slice(0, indexOf(figures, rate))
      .filter((f) => f.unit === '元' && f.kind === 'amount' && f.sentence.start >= previousSentenceStart(figures, converted))
      .at(-1);
    if (amount) out.push({ kind: 'average', target: converted, operands: [amount, rate], word: '折合' });
  });
  return out;
}

/** Where the sentence before `f`'s begins (its own, when it is the first with figures). */
function previousSentenceStart(figures: readonly Figure[], f: Figure): number {
  const earlier = figures.filter((g) => g.sentence.start < f.sentence.start).at(-1);
  return earlier ? earlier.sentence.start : f.sentence.start;
}
