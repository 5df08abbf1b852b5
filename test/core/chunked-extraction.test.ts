import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chunkBoundaries, extractInChunks } from '@/lib/chunked-extraction';
import { extractFigures } from '@/lib/extract';

const SEEDS = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

describe('chunk boundaries', () => {
  test.each([
    ['cut after a line break near the limit', 'aaaa\nbbbb\ncccc', 6, [0, 5, 10, 14]],
    ['cut after a sentence end when a paragraph is longer than the limit', '一二三。四五六。七八九。', 5, [0, 4, 8, 12]],
    ['cut at the limit in an endless run', '1234567890', 4, [0, 4, 8, 10]],
    ['no cut in a short text', '短文本', 100, [0, 3]],
    ['empty text', '', 10, [0, 0]],
  ])('%s', (_name, text, size, expected) => {
    expect(chunkBoundaries(text, size)).toEqual(expected);
  });
});

describe('extraction in chunks equals one pass', () => {
  test.each(seeds)('%s', async (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const whole = extractFigures(text);
    let yields = 0;
    const chunked = await extractInChunks(text, extractFigures, {
      chunkChars: 1_000,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThan(text.length / 2_000);
    expect(chunked).toEqual(whole);
  });
});
