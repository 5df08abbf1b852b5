import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumber, readNumeral } from '../../lib/numbers';

type Row = [name: string, input: string, value: number, extra?: { valueMax?: number; approx?: 'more'; proportion?: string }];

const WHOLE: Row[] = [
  ['plain integer', '9606', 9606],
  ['decimal', '95.3', 95.3],
  ['thousands separators', '1,234,567', 1234567],
  ['full-width digits', '９６０６', 9606],
  ['full-width decimal point', '９５．３', 95.3],
  ['full-width thousands separator', '１，２３４', 1234],
  ['decimal with 万', '1.5万', 15000],
  ['decimal with 亿 is exact', '7796.68亿', 779668000000],
  ['万亿 multiplier', '2万亿', 2e12],
  ['千万 multiplier', '5千万', 5e7],
  ['千 after digits', '3千', 3000],
  ['多 after 万', '62.8万多', 628000, { approx: 'more' }],
  ['多 before 万', '20多万', 200000, { approx: 'more' }],
  ['余 after digits', '100余', 100, { approx: 'more' }],
  ['余 after 万', '7万余', 70000, { approx: 'more' }],
  ['Chinese ten', '十', 10],
  ['Chinese teens', '十三', 13],
  ['Chinese tens and units', '二十三', 23],
  ['Chinese hundreds with zero', '一百零五', 105],
  ['Chinese thousands', '三千二百', 3200],
  ['两 as two', '两万', 20000],
  ['implied tail after 万', '一万五', 15000],
  ['implied tail after 百', '三百五', 350],
  ['亿 and 万 together', '三亿五千万', 350000000],
  ['一万亿', '一万亿', 1e12],
  ['traditional 萬', '三萬', 30000],
  ['〇 digit string', '二〇二三', 2023],
  ['十余', '十余', 10, { approx: 'more' }],
  ['千余 is more than a thousand', '千余', 1000, { approx: 'more' }],
  ['万余 is more than ten thousand', '万余', 10000, { approx: 'more' }],
  ['两万余', '两万余', 20000, { approx: 'more' }],
  ['十多万', '十多万', 100000, { approx: 'more' }],
  ['十几 is more than 10, up to 19', '十几', 10, { valueMax: 19, approx: 'more' }],
  ['fraction 三分之一', '三分之一', 1 / 3, { proportion: 'ratio' }],
  ['fraction 1/3', '1/3', 1 / 3, { proportion: 'ratio' }],
  ['百分之三十', '百分之三十', 30, { proportion: 'percent' }],
  ['千分之五', '千分之五', 5, { proportion: 'permille' }],
  ['range with tilde', '2~3', 2, { valueMax: 3 }],
  ['range with em dash', '2—3', 2, { valueMax: 3 }],
  ['range with hyphen', '2-3', 2, { valueMax: 3 }],
  ['range with 至', '2至3', 2, { valueMax: 3 }],
  ['range sharing 万', '2-3万', 20000, { valueMax: 30000 }],
  ['两三 range', '两三', 2, { valueMax: 3 }],
  ['三四十 range', '三四十', 30, { valueMax: 40 }],
  ['十七八 range', '十七八', 17, { valueMax: 18 }],
  ['十四五 reads as 14 to 15 (its plan-name sense is excluded in context)', '十四五', 14, { valueMax: 15 }],
];

describe('parseNumber reads whole numerals', () => {
  it.each(WHOLE)('%s: %s', (_name, input, value, extra) => {
    const n = parseNumber(input);
    expect(n).not.toBeNull();
    expect(n!.value).toBeCloseTo(value, 9);
    expect(n!.valueMax).toBe(extra?.valueMax);
    expect(n!.approx).toBe(extra?.approx ?? null);
    expect(n!.proportion).toBe(extra?.proportion ?? null);
  });
});

const NOT_ONE_NUMBER: [string, string][] = [
  ['adjacent unrelated digits (二七区)', '二七'],
  ['doubled place 十十', '十十'],
  ['doubled 万', '一万万'],
  ['bare 万', '万'],
  ['bare 百', '百'],
  ['digits too long for a figure', '1234567890123456789012'],
];

describe('parseNumber rejects what is not one number', () => {
  it.each(NOT_ONE_NUMBER)('%s: %s', (_name, input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

type Prefix = [name: string, text: string, at: number, end: number, value: number];
const IN_TEXT: Prefix[] = [
  ['stops before measure word', '9606个参学单位', 0, 4, 9606],
  ['千米 is a unit, not a thousand', '5千米', 0, 1, 5],
  ['comma then short group is punctuation', '51,18个', 0, 2, 51],
  ['Chinese comma is not a separator between ASCII digits', '12，345', 0, 2, 12],
  ['date with hyphens is not a range', '2021-12-27', 0, 4, 2021],
  ['date with slashes is not a fraction', '2021/12/27', 0, 4, 2021],
  ['reads at an offset', '共梳理1181件', 3, 7, 1181],
];

describe('readNumeral reads a number inside text', () => {
  it.each(IN_TEXT)('%s', (_name, text, at, end, value) => {
    const n = readNumeral(text, at);
    expect(n?.end).toBe(end);
    expect(n?.value).toBe(value);
  });
});

describe('parseChineseInteger', () => {
  it.each([
    ['二十', 20],
    ['一百一十', 110],
    ['两千三', 2300],
    ['五百万', 5000000],
    ['零', 0],
  ] as const)('%s → %d', (s, v) => expect(parseChineseInteger(s)).toBe(v));
});
