import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { emptyTally, metricsOf, scoreArticle, type GoldFigure } from './gold-scoring';

const ROOT = join(__dirname, '..', '..');
const GOLD_DIR = join(ROOT, 'test', 'gold');
const SEED_DIR = join(ROOT, 'seeds');

const goldFiles = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
const seedsWithoutGold = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt') && !goldFiles.includes(f.replace(/\.txt$/, '.json')))
  .sort();

function seedText(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

describe('extraction against the hand-labelled gold figures', () => {
  const tally = emptyTally();
  for (const file of goldFiles) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as { figures: GoldFigure[] };
    const text = seedText(file.replace(/\.json$/, '.txt'));
    scoreArticle(file.slice(0, 3), extractFigures(text), gold.figures, tally);
  }
  const m = metricsOf(tally);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    [
      `gold: ${goldFiles.length} articles, ${tally.gold} required figures, ${tally.predicted} extracted`,
      '| measure                         | precision | recall |',
      '|---------------------------------|-----------|--------|',
      `| found (numeric parts overlap)   | ${pct(m.detection.precision).padStart(9)} | ${pct(m.detection.recall).padStart(6)} |`,
      `| value + unit + qualifier        | ${pct(m.valueUnitQualifier.precision).padStart(9)} | ${pct(m.valueUnitQualifier.recall).padStart(6)} |`,
      `| figure text spans overlap       | ${pct(m.span.precision).padStart(9)} | ${pct(m.span.recall).padStart(6)} |`,
      `| figure text exactly as gold     |           | ${pct(m.span.exactText).padStart(6)} |`,
      `label right: ${pct(m.label)}   kind right: ${pct(m.kind)}   subject right: ${pct(m.subject)}  (over correct figures)`,
      ...tally.errors.map((e) => `  ${e}`),
    ].join('\n'),
  );

  it('finds value, unit and qualifier with precision ≥ 0.97', () => {
    expect(m.valueUnitQualifier.precision).toBeGreaterThanOrEqual(0.97);
  });
  it('finds value, unit and qualifier with recall ≥ 0.97', () => {
    expect(m.valueUnitQualifier.recall).toBeGreaterThanOrEqual(0.97);
  });
  it('names what is counted right for ≥ 85% of figures', () => {
    expect(m.label).toBeGreaterThanOrEqual(0.85);
  });
});

/** Shapes that are never figures, whatever the article. */
const NOT_A_FIGURE: [string, RegExp][] = [
  // A span of years (`连续四年`, `履职一年`) is a figure; a year or a day of the calendar is not.
  ['a date or year', /^\d{4}\s*年|^\d{1,2}\s*[月日号]|^[〇零一二三四五六七八九]{4}年|^[〇零一二三四五六七八九十]+[月日]/],
  ['a clock time', /^\d{1,2}[:：]\d{2}/],
  ['a line or route name', /^\d+\s*号线/],
  ['a generation label', /^\d{2}后/],
  ['a numbered formula', /^\d+\+\d+/],
];

describe.each(seedsWithoutGold)('seed without gold %s gives no obvious garbage', (name) => {
  const text = seedText(name);
  const figures = extractFigures(text);

  it('finds figures', () => expect(figures.length).toBeGreaterThan(5));

  it.each(NOT_A_FIGURE)('no figure is %s', (_what, shape) => {
    const bad = figures.filter((f) => shape.test(text.slice(f.numberStart, f.end)));
    expect(bad.map((f) => f.text)).toEqual([]);
  });

  it('every figure has finite value, its own text, and a unit unless it is a rank or share', () => {
    for (const f of figures) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.numberStart).toBeGreaterThanOrEqual(f.start);
      expect(f.numberEnd).toBeLessThanOrEqual(f.end);
      expect(f.sentence.start <= f.numberStart && f.numberEnd <= f.sentence.end).toBe(true);
    }
  });

  it('figures do not overlap and come in document order', () => {
    for (let i = 1; i < figures.length; i++) expect(figures[i]!.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
  });
});
