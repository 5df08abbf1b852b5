// The pages kept apart for campaign recognition are well formed; how they are recognised is printed
// by `npm run eval` (totals only), never asserted here, so that they are not tuned on.
import { describe, expect, it } from 'vitest';
import { heldApartPages, tuningPages } from './held-apart';

const pages = heldApartPages();
const tuning = tuningPages();

describe('pages kept apart for recognition', () => {
  it('has at least 40 campaign pages and 30 controls, each with its address, its text and its label', () => {
    expect(pages.filter((p) => p.kind === 'campaign').length).toBeGreaterThanOrEqual(40);
    expect(pages.filter((p) => p.kind === 'control').length).toBeGreaterThanOrEqual(30);
    for (const p of pages) {
      expect(p.url, p.id).toMatch(/^https?:\/\//);
      expect(p.text.trim().length, p.id).toBeGreaterThan(50);
      expect(p.note.length, p.id).toBeGreaterThan(0);
      expect(p.kind === 'campaign' ? p.campaign : 'control', p.id).toBeTruthy();
    }
  });

  it('repeats no page, within the sets, between them or of the evaluation corpus', async () => {
    const all = [...pages, ...tuning];
    expect(new Set(all.map((p) => p.url)).size).toBe(all.length);
    const { loadCorpus } = await import('../corpus/corpus');
    const urls = new Set(loadCorpus().map((a) => a.url));
    expect(all.filter((p) => urls.has(p.url)).map((p) => p.id)).toEqual([]);
  });

  it('the tuning set is of the same form: at least 40 campaign pages and 20 controls, each with its address and label', () => {
    expect(tuning.filter((p) => p.kind === 'campaign').length).toBeGreaterThanOrEqual(40);
    expect(tuning.filter((p) => p.kind === 'control').length).toBeGreaterThanOrEqual(20);
    for (const p of tuning) {
      expect(p.url, p.id).toMatch(/^https?:\/\//);
      expect(p.text.trim().length, p.id).toBeGreaterThan(50);
      expect(p.kind === 'campaign' ? p.campaign : 'control', p.id).toBeTruthy();
    }
  });
});
