// The pages kept apart for campaign recognition are well formed; how they are recognised is printed
// by `npm run eval` (totals only), never asserted here, so that they are not tuned on. The pages for
// tuning (test/recognize/tuning/) are of the same form.
import { describe, expect, it } from 'vitest';
import { heldApartPages, tuningPages, type LabelledPage } from './held-apart';

const pages = heldApartPages();
const tuning = tuningPages();

/** At least `campaigns` campaign pages and `controls` controls, each with its address, its text and its label. */
function expectWellFormed(set: LabelledPage[], campaigns: number, controls: number): void {
  expect(set.filter((p) => p.kind === 'campaign').length).toBeGreaterThanOrEqual(campaigns);
  expect(set.filter((p) => p.kind === 'control').length).toBeGreaterThanOrEqual(controls);
  for (const p of set) {
    expect(p.url, p.id).toMatch(/^https?:\/\//);
    expect(p.text.trim().length, p.id).toBeGreaterThan(50);
    expect(p.note.length, p.id).toBeGreaterThan(0);
    expect(p.kind === 'campaign' ? p.campaign : 'control', p.id).toBeTruthy();
  }
}

describe('pages kept apart for recognition', () => {
  it('has at least 40 campaign pages and 30 controls, each with its address, its text and its label', () => {
    expectWellFormed(pages, 40, 30);
  });

  it('the tuning set has at least 40 campaign pages and 20 controls, of the same form', () => {
    expectWellFormed(tuning, 40, 20);
  });

  it('repeats no page, within the sets, between them or of the evaluation corpus', async () => {
    const all = [...pages, ...tuning];
    expect(new Set(all.map((p) => p.url)).size).toBe(all.length);
    const { loadCorpus } = await import('../corpus/corpus');
    const urls = new Set(loadCorpus().map((a) => a.url));
    expect(all.filter((p) => urls.has(p.url)).map((p) => p.id)).toEqual([]);
  });
});
