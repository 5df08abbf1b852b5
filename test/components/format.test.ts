// A figure's value as the side panel and the card show it. By hand: 1387亿 = 138,700,000,000;
// 约5万 = about 50,000; 44984万 = 4.4984亿.
import { describe, expect, test } from 'vitest';
import { formatValue } from '@/components/format';
import type { Figure } from '@/lib/types';

const figure = (value: number, unit: string | null, qualifier?: Figure['qualifier'], valueMax?: number) => ({ value, unit, qualifier, valueMax }) as Figure;

describe('formatValue', () => {
  test('Chinese runs qualifier, number and unit together, in 亿 and 万', () => {
    expect(formatValue(figure(138_700_000_000, '元'), 'zh')).toBe('1387亿元');
    expect(formatValue(figure(50_000, '人次', 'about'), 'zh')).toBe('约5万人次');
    expect(formatValue(figure(449_840_000, '名'), 'zh')).toBe('4.4984亿名');
    expect(formatValue(figure(1_620_000, null), 'zh')).toBe('162万');
  });

  test('English groups the digits and spaces the words', () => {
    expect(formatValue(figure(138_700_000_000, '元'), 'en')).toBe('138,700,000,000 元');
    expect(formatValue(figure(50_000, '人次', 'about'), 'en')).toBe('about 50,000 人次');
    expect(formatValue(figure(3, '%', undefined, 5), 'en')).toBe('3–5 %');
  });
});
