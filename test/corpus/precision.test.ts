// The eval leaves out planted changes that the operands' own rounding allows; these are real lines.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { withinPrecision } from './precision';
import type { LabelledRelation } from './corpus';

/** The figure whose number stands in the first place `written` is found. */
function figureOf(text: string, written: string) {
  const at = text.indexOf(written);
  const found = extractFigures(text).find((f) => f.numberStart >= at && f.numberStart < at + written.length);
  expect(found, written).toBeDefined();
  return found!;
}

function planted(text: string, rel: LabelledRelation, changed: string) {
  const plantedText = text.replace(rel.context, rel.context.replace(rel.target, changed));
  const operands = rel.operands.map((o) => figureOf(text, o));
  return withinPrecision(rel, text, operands, plantedText, figureOf(plantedText, changed));
}

describe('planted changes within the operands\' precision', () => {
  // k10-01-xizang: 228万 / 364万 may be 62.52 %–62.76 % from rounding alone.
  const text = '年末全区常住人口总数为364万人。其中,城镇人口136万人,占总人口的37.36%;乡村人口228万人,占总人口的62.64%。';
  const share: LabelledRelation = { type: 'share', target: '62.64%', context: '占总人口的62.64%', operands: ['364万人', '228万人'], arithmetic: '', status: 'holds' };

  it('leaves out a share that 万-rounded counts allow (62.46 %)', () => {
    expect(planted(text, share, '62.46%')).toBe(true);
  });

  it('keeps one they do not allow (68.90 %)', () => {
    expect(planted(text, share, '68.90%')).toBe(false);
  });

  it('takes whole counts as exact: 1 of 2 is 50 %, never 55 %', () => {
    // c10-02-xiaoxian.
    const line = '2个嵌入式养老机构建设已完成1个(50%)';
    const rate: LabelledRelation = { type: 'rate', target: '50%', context: '1个(50%)', operands: ['2个', '1个'], arithmetic: '', status: 'holds' };
    expect(planted(line, rate, '55%')).toBe(false);
  });
});
