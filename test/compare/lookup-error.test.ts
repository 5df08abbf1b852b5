// A reference lookup that fails (storage wiped, connection closed) costs the comparisons only:
// the checks within the page still run, and the caller gets a reason to show.
import { describe, expect, it } from 'vitest';
import { checkPage, LOOKUP_FAILED } from '../../lib/compare';
import type { ReferenceLookup } from '../../lib/dataset/lookup';
import { extractFigures } from '../../lib/extract';
import { meta, SEED, seedText } from './hand-figures';

describe('checkPage when the reference lookup throws', () => {
  it('returns the page-only checks and says why the comparisons did not run', async () => {
    const text = seedText(SEED.jinshui);
    const input = { text, figures: extractFigures(text), meta: meta({ url: 'https://hn.china.com/news/jinshui.html' }) };
    const failing: ReferenceLookup = {
      findByLabelKeys: () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError')),
      getDocuments: () => Promise.resolve([]),
    };
    const reasons: string[] = [];
    const checks = await checkPage(input, failing, (reason) => reasons.push(reason));
    expect(checks).toEqual(await checkPage(input, null));
    expect(checks.some((c) => c.verdict === 'implausible')).toBe(true);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain(LOOKUP_FAILED);
    expect(reasons[0]).toContain('The database connection is closing.');
  });
});
