// Spaces some sites set between words and numbers (`青岩古镇 87347 人次`): the relation finders read past them, and a
// table's columns keep theirs. Lines from corpus articles.
import { describe, expect, it } from 'vitest';
import { spacingCuts } from '../../lib/number-spacing';
import { cutOut } from '../../lib/glosses';
import { lines, resultsOn } from '../compare/corpus-rows';

const read = (text: string) => cutOut(text, spacingCuts(text))?.text ?? text;

describe('spaces between words and numbers', () => {
  it('are read past on both sides of a number in words (k105-01-guizhou)', () => {
    expect(read('青岩古镇 87347 人次、赤水丹霞 26668 人次,共计 577416 人次')).toBe('青岩古镇87347人次、赤水丹霞26668人次,共计577416人次');
    expect(read('共接待游客 442.60 万人次(较去年同期增长 7.57%)')).toBe('共接待游客442.60万人次(较去年同期增长7.57%)');
  });

  it('stay between the columns of a table row, and between words', () => {
    expect(read('光纤 350 350 100.0%')).toBe('光纤 350 350 100.0%');
    expect(read('地区生产总值 1244033.6 0.2')).toBe('地区生产总值 1244033.6 0.2');
    expect(read('市委 市政府')).toBe('市委 市政府');
  });

  it('map the offsets of what is read back to the page', () => {
    const text = '共计 577416 人次';
    const cut = cutOut(text, spacingCuts(text))!;
    expect(cut.original(cut.text.indexOf('577416'))).toBe(text.indexOf('577416'));
  });
});

describe('a page that spaces its numbers', () => {
  it('has the parts of a total it sums after a list read, and the total 10000 too many flagged (k105-01-guizhou)', async () => {
    // `8 家 5A 级旅游景区累计接待量分别为:青岩古镇 87347 人次、…、荔波樟江 144230 人次,共计 577416 人次`: the eight make
    // 87347 + 26668 + 63562 + 17458 + 48299 + 29311 + 150541 + 144230 = 567416, not 577416.
    const results = await resultsOn(lines('k105-01-guizhou', '共计 577416 人次'), 'parts-vs-total');
    const flagged = results.filter((r) => r.verdict === 'inconsistent');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.message_zh).toContain('567416');
  });
});
