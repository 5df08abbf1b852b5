import { describe, expect, test } from 'vitest';
import { csvCell, neutralizeFormula, toCsv } from '@/lib/export';
import { summaryInput } from './fixtures';
import { parseCsv } from './csv-reader';

describe('CSV export', () => {
  test('starts with a BOM so that Excel reads UTF-8 Chinese', () => {
    expect(toCsv(summaryInput()).charCodeAt(0)).toBe(0xfeff);
  });

  test('one row per figure, fields read back intact', () => {
    const rows = parseCsv(toCsv(summaryInput()).slice(1));
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows;
    expect(header!.slice(0, 3)).toEqual(['figure', 'value', 'value_max']);
    expect(first![0]).toBe('9606个参学单位');
    expect(first![1]).toBe('9606');
    expect(first![header!.indexOf('verdict')]).toBe('consistent');
    expect(second![header!.indexOf('qualifier')]).toBe('more_than');
    expect(second![header!.indexOf('verdict')]).toBe('implausible');
    expect(second![header!.indexOf('quote')]).toContain('62.8万多名党员');
  });

  test('in Chinese, headers and the verdict, kind and qualifier values are words, not codes', () => {
    const rows = parseCsv(toCsv(summaryInput(), 'zh').slice(1));
    const [header, first, second] = rows;
    expect(header).toEqual(['数字', '数值', '数值上限', '单位', '限定', '类型', '统计对象', '主体', '结论', '核查', '原文', '起始位置', '结束位置', '网址']);
    expect(first![header!.indexOf('结论')]).toBe('一致');
    expect(first![header!.indexOf('类型')]).toBe('数量');
    expect(first![header!.indexOf('核查')]).toBe('其他报道中的同一指标：一致 — 与另一篇报道一致');
    expect(second![header!.indexOf('限定')]).toBe('多于');
    expect(second![header!.indexOf('结论')]).toBe('量级不可能');
  });

  test('a figure whose check found a comparison but could not decide reads 无法判断, not 未核查', () => {
    const input = summaryInput();
    input.checks[0] = { ...input.checks[0]!, verdict: 'unknown' };
    const rows = parseCsv(toCsv(input, 'zh').slice(1));
    expect(rows[1]![rows[0]!.indexOf('结论')]).toBe('无法判断');
    expect(rows[1]![rows[0]!.indexOf('核查')]).toMatch(/^其他报道中的同一指标：无法判断/);
  });

  test.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['党员', '党员'],
  ])('text cell %s is neutralized as %s', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  test.each([
    ['quotes are doubled', 'say "hi"', '"say ""hi"""'],
    ['commas are quoted', 'a,b', '"a,b"'],
    ['line breaks are quoted', 'a\nb', '"a\nb"'],
    ['numbers stay numbers, even negative', -5, '-5'],
    ['null is empty', null, ''],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('a figure label planted with a formula cannot run in a spreadsheet', () => {
    const input = summaryInput();
    input.figures[0] = { ...input.figures[0]!, label: '=cmd|"/c calc"!A0' };
    const rows = parseCsv(toCsv(input).slice(1));
    expect(rows[1]![rows[0]!.indexOf('label')]).toBe(`'=cmd|"/c calc"!A0`);
  });
});
