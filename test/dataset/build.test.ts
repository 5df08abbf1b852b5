import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../lib/dataset/build';
import { applyCuration, unusedCurationEntries } from '../../lib/dataset/curation';
import { canonicalJson, cyrb53, textFingerprint } from '../../lib/dataset/hash';
import { isDataset } from '../../lib/schemas/dataset';
import { extractFigures } from '../../lib/extract';
import { curation, seeds } from '../compare/seed-pages';

describe('buildDataset on the seeds', () => {
  const dataset = buildDataset(seeds, curation);

  it('keys, quotes and dates every figure from its seed', () => {
    expect(dataset.documents.map((d) => d.id)).toEqual(seeds.map((s) => s.meta.id).sort());
    for (const f of dataset.figures) {
      const seed = seeds.find((s) => s.meta.id === f.docId)!;
      expect(seed.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.numberText).toBe(seed.text.slice(f.numberStart, f.numberEnd));
      expect(f.key).toBe(`${f.docId}#${f.id}`);
      expect(seed.text.replace(/\s+/g, ' ')).toContain(f.quote.replace(/^…|…$/g, '').replace(/\s+/g, ' '));
      expect(f.campaign).toBe(seed.meta.campaign);
      if (f.label) expect(f.labelKey).toMatch(/\|/);
    }
    expect(isDataset(JSON.parse(JSON.stringify(dataset)))).toBe(true);
  });

  it('has the same version for the same content, in any seed order, and another for other content', () => {
    expect(buildDataset([...seeds].reverse(), curation).version).toBe(dataset.version);
    const edited = seeds.map((s, i) => (i === 0 ? { ...s, meta: { ...s.meta, date: '2024-01-02' } } : s));
    expect(buildDataset(edited, curation).version).not.toBe(dataset.version);
  });

  it('applies every reviewed curation entry, and each still matches a figure', () => {
    const byDoc = new Map(seeds.map((s) => [s.meta.id, extractFigures(s.text)]));
    expect(unusedCurationEntries(byDoc, curation)).toEqual([]);
    for (const entry of curation.entries ?? []) {
      const curated = applyCuration(entry.doc, byDoc.get(entry.doc)!, curation).filter((f) => f.text === entry.text);
      for (const f of curated) expect(f).toMatchObject(entry.set ?? {});
      expect(entry.why.length).toBeGreaterThan(10);
    }
  });
});

describe('hashing', () => {
  it.each([
    ['key order does not matter', canonicalJson({ a: 1, b: [1, { d: 2, c: 3 }] }), canonicalJson({ b: [1, { c: 3, d: 2 }], a: 1 })],
    ['whitespace and full-width forms do not change a text fingerprint', textFingerprint('９６０６个 参学单位\n'), textFingerprint('9606个参学单位')],
  ])('%s', (_name, a, b) => {
    expect(a).toBe(b);
  });

  it('is a fixed function of its input', () => {
    expect(cyrb53('figure-check')).toBe(cyrb53('figure-check'));
    expect(cyrb53('figure-check')).not.toBe(cyrb53('figure-checK'));
    expect(cyrb53('a')).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('isDataset refuses what would break the store', () => {
  const good = buildDataset(seeds.slice(0, 1), curation);
  it.each([
    ['another schema', { ...good, schema: 2 }],
    ['a figure of an unknown document', { ...good, figures: [{ ...good.figures[0]!, docId: 'nope' }] }],
    ['a figure without a numeric value', { ...good, figures: [{ ...good.figures[0]!, value: 'x' }] }],
    ['no figures array', { ...good, figures: null }],
  ])('%s', (_name, data) => {
    expect(isDataset(data)).toBe(false);
  });
});
