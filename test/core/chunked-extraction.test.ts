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
    ['no cut at a semicolon, which does not end a sentence', '一二；三四五六七八九。十一', 8, [0, 11, 13]],
    ['no cut before a closing quote the sentence keeps', '他说：“好。”又说：“行。”完', 7, [0, 7, 14, 15]],
    ['no cut between a number and its measure word on the next line', '共有279\n个城。排名第', 6, [0, 9, 12]],
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

// A cut must fall where the extractor itself ends a sentence: `；` does not end one, so a cut there
// split a sentence and changed its figures' labels, subjects and sentence spans.
describe('extraction in chunks equals one pass on text without line breaks', () => {
  const cases = seeds.flatMap((file) =>
    [200, 500, 1_000, 3_000].flatMap((size) => [
      { file, size, breaks: 'kept' },
      { file, size, breaks: 'removed' },
    ]),
  );
  test.each(cases)('$file, $size characters a chunk, line breaks $breaks', async ({ file, size, breaks }) => {
    const raw = readFileSync(join(SEEDS, file), 'utf8');
    const text = breaks === 'removed' ? raw.replace(/[\r\n]+/g, '') : raw;
    const chunked = await extractInChunks(text, extractFigures, { chunkChars: size });
    expect(chunked).toEqual(extractFigures(text));
  });
});
