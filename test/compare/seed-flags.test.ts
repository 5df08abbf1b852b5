// Every flag the checks raise on the five seeds (each checked against the dataset of the others,
// figures from extraction alone), printed so that a person can judge each one.
import { describe, expect, it } from 'vitest';
import { seeds, checkSeedAgainstOthers } from './seed-pages';

describe('flags on the seeds', () => {
  it('prints every flag with its evidence; each quotes the page and says why', async () => {
    const lines: string[] = [];
    for (const seed of seeds) {
      const checked = await checkSeedAgainstOthers(seed.meta.id);
      const byId = new Map(checked.figures.map((f) => [f.id, f]));
      for (const r of checked.results) {
        if (r.verdict === 'consistent' || r.verdict === 'unknown') continue;
        const f = byId.get(r.figureId)!;
        const others = r.evidence.filter((e) => e.source.origin !== 'page').map((e) => `${e.figureText ?? e.quote} [${e.source.documentId ?? e.source.title} ${e.source.date ?? ''}]`);
        lines.push(`${seed.meta.id.slice(0, 3)} ${r.check} ${r.verdict} (${r.confidence}) «${f.text}» ${others.join('; ')} — ${r.message_zh}`);
        expect(r.evidence.length).toBeGreaterThan(0);
        expect(r.message_zh.length).toBeGreaterThan(0);
        expect(r.message_en.length).toBeGreaterThan(0);
        const onPage = r.evidence.find((e) => e.source.origin === 'page');
        expect(onPage && checked.text.includes(onPage.quote.replace(/^…|…$/g, ''))).toBe(true);
      }
    }
    console.log(`${lines.length} flags:\n${lines.join('\n')}`);
  });
});

describe('what the checks leave undecided on the seeds', () => {
  it('prints the unknown results (a same label whose scope or dates cannot be told)', async () => {
    const lines: string[] = [];
    for (const seed of seeds) {
      const checked = await checkSeedAgainstOthers(seed.meta.id);
      const byId = new Map(checked.figures.map((f) => [f.id, f]));
      for (const r of checked.results.filter((x) => x.verdict === 'unknown')) {
        lines.push(`${seed.meta.id.slice(0, 3)} ${r.check} «${byId.get(r.figureId)!.text}» — ${r.message_zh}`);
        expect(r.confidence).toBeLessThanOrEqual(0.3);
      }
    }
    console.log(`${lines.length} unknown:\n${lines.join('\n')}`);
  });
});
