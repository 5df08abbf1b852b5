import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import type { Figure } from '../../lib/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? 20231015 : Number(process.env.FUZZ_SEED);
const PARAMS = { numRuns: RUNS, seed: SEED };
/** A long run (`npm run fuzz`) gets time in proportion to its runs. */
const TIMEOUT_MS = Math.max(120_000, RUNS * 200);

const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');
const seedText = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
  .join('\n');

/** The first broken invariant a consumer of figures relies on, or null. Plain checks: a page can hold 500,000 figures. */
function brokenInvariant(text: string, figures: Figure[]): string | null {
  let previousEnd = 0;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const where = `figure ${i} ${JSON.stringify(f.text.slice(0, 40))}`;
    if (f.id !== `f${i}`) return `${where}: id ${f.id}`;
    if (!(0 <= f.start && f.start < f.end && f.end <= text.length)) return `${where}: span ${f.start}..${f.end}`;
    if (f.text !== text.slice(f.start, f.end)) return `${where}: text is not the slice`;
    if (!(f.start <= f.numberStart && f.numberStart < f.numberEnd && f.numberEnd <= f.end)) return `${where}: number outside`;
    if (!(f.sentence.start <= f.numberStart && f.numberEnd <= f.sentence.end && f.sentence.end <= text.length)) return `${where}: sentence`;
    if (!Number.isFinite(f.value)) return `${where}: value ${f.value}`;
    if (f.valueMax !== undefined && !(Number.isFinite(f.valueMax) && f.valueMax > f.value)) return `${where}: valueMax ${f.valueMax}`;
    if (f.start < previousEnd) return `${where}: overlaps the previous figure`;
    previousEnd = f.end;
  }
  return null;
}

function checkFigures(text: string, figures: Figure[]): void {
  expect(brokenInvariant(text, figures)).toBeNull();
}

/** Characters that stress the scanner: digits of every script, multipliers, qualifiers, units, separators. */
const NUMERIC_ALPHABET = [...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿萬億几多余近约超逾个名人次件项元%％‰.．,，、~-—至/分之第前年月日号线后+“”。\n 　的和党员率'];

const numericText = fc.string({ unit: fc.constantFrom(...NUMERIC_ALPHABET), maxLength: 300 });
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const seedSlices = fc
  .tuple(fc.nat(seedText.length), fc.nat(400), fc.string({ unit: fc.constantFrom(...NUMERIC_ALPHABET), maxLength: 20 }))
  .map(([at, len, noise]) => seedText.slice(at, at + len) + noise + seedText.slice(at + len, at + len + 50));

describe('extractFigures on random text', () => {
  it('keeps its invariants on numeral-heavy strings', () => {
    fc.assert(fc.property(numericText, (t) => checkFigures(t, extractFigures(t))), PARAMS);
  }, TIMEOUT_MS);
  it('keeps its invariants on any code units, lone surrogates included', () => {
    fc.assert(fc.property(anyText, (t) => checkFigures(t, extractFigures(t))), PARAMS);
  }, TIMEOUT_MS);
  it('keeps its invariants on article text with noise spliced in', () => {
    fc.assert(fc.property(seedSlices, (t) => checkFigures(t, extractFigures(t))), PARAMS);
  }, TIMEOUT_MS);
});

const MB = 1 << 20;
const ADVERSARIAL: [string, string][] = [
  ['a megabyte of digits', '9'.repeat(MB)],
  ['a megabyte of digits then a unit', '9'.repeat(MB) + '个'],
  ['a megabyte of 万', '万'.repeat(MB)],
  ['a megabyte of 多', '多'.repeat(MB)],
  ['a megabyte of 一万', '一万'.repeat(MB / 2)],
  ['a megabyte of 十', '十'.repeat(MB)],
  ['a quarter megabyte of 1个 in one sentence', '1个'.repeat(MB / 8)],
  ['decimal points without end', '1.'.repeat(MB / 2)],
  ['thousands groups without end', '1,000'.repeat(MB / 5)],
  ['ranges without end', '1-2~3—4至5'.repeat(MB / 10)],
  ['lone surrogates around numbers', '\ud8001个\udc00两万余人\ud83d'.repeat(1000)],
  ['a huge number with 万亿', '9'.repeat(300) + '万亿元'],
  ['the largest finite-looking figure', '999999999999999999万亿元'],
  ['mixed scripts', 'abc１２３αβγ四五六٣٤٥百分之五十ＡＢＣ三分之一'.repeat(1000)],
];

describe('extractFigures on adversarial text', () => {
  it.each(ADVERSARIAL)('%s: never throws, offsets valid, values finite', (_name, text) => {
    checkFigures(text, extractFigures(text));
  }, 60_000);
});

/** Best of a few runs, so that one slow run (another process on the machine) cannot fail the check. */
function bestTime(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    extractFigures(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const GROWTH_INPUTS: [string, string][] = [
  ['article text', seedText],
  ['one endless sentence of figures', '共计1个单位、2万名党员、'.repeat(2000)],
  ['Chinese numerals without units', '一二三四五六七八九十'.repeat(3000)],
  ['numbers inside long quotes', `“${'12个'.repeat(3000)}”`],
];

describe('extractFigures grows linearly with its input', () => {
  it.each(GROWTH_INPUTS)('%s: 10× the text takes well under 100× the time', (_name, unit) => {
    bestTime(unit); // warm-up
    const t1 = bestTime(unit);
    const t10 = bestTime(unit.repeat(10));
    // linear is about 10×; quadratic would be 100×. The slack absorbs timer noise on small inputs.
    expect(t10).toBeLessThan(40 * t1 + 40);
  }, 60_000);
});
