// Place names in a text: absolute (`郑州市`, `金水区`, `河南`) and relative to the article's own place
// (`全市`, `我区`, `市委`, `市城管局`), found in one pass with names looked up by their first two characters.
import { ancestorAt, bigramKey, divisions, division, NAME_FIRST, NAME_SECOND, type Division, type PlaceLevel } from './divisions';
import { foldScript } from '../script-fold';

export interface PlaceMention {
  start: number;
  end: number;
  /** Every place this name may be (several for `鼓楼区`); empty for a relative mention. */
  candidates: readonly Division[];
  /** For a relative mention, the level it names (`全市` → city). */
  relative: PlaceLevel | null;
}

const LEVEL_CHAR: Record<string, PlaceLevel> = { 省: 'province', 市: 'city', 州: 'city', 区: 'county', 县: 'county' };

// `全市`, `我区`, `本县`, `该省`, an autonomous prefecture's `全州` (not `全市场`).
const SELF = /[全我本该]([省市州区县])(?![场民值面长容貌])/y;
// `市委`, `区政府`, `县纪委`, `市直`, `市城管局`, `区教体局`: at the start of a word only.
const ORGAN = /([省市州区县])(?=委|政府|人大|政协|纪委|监委|直属|直|级|[\u4e00-\u9fff]{1,6}?(?:局|厅|中心))/y;
const WORD_BEFORE = /[\u4e00-\u9fff]/;
const SELF_START = '全我本该';
const LEVEL_CHARS = '省市州区县';
const JOINS_WORDS = /[、和及与的在是由对向将]/;

// Districts whose whole name is a common word (阳泉市城区, 铜陵市郊区, 攀枝花市东区): a place only
// right after the name of the city that holds them; alone, `城区` is any town's urban area.
const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(['城区', '郊区', '矿区', '东区', '西区']);

// A short name (`郑州`) followed by these is a street, a gate or a brand, not the place.
const NOT_A_PLACE_AFTER = /[路街道桥门巷里站港湾牌]/;
// …and one followed by these names a company (`湖南能源300万千瓦光伏…项目`, `山东高速`, `四川路桥`), which
// may build anywhere.
const COMPANY_AFTER = /^(?:能源|集团|建工|电建|电力|路桥|交投|高速|银行|控股|水务|燃气|电网|钢铁|煤业|化工|医药|农信|烟草)/;

/** Per UTF-16 unit: the division table's name flags, and RELATIVE_START for 全我本该 and 省市区县. */
const RELATIVE_START = 4;
let scanTable: Uint8Array | null = null;
function charTable(nameChars: Uint8Array): Uint8Array {
  if (scanTable) return scanTable;
  const table = Uint8Array.from(nameChars);
  for (const c of SELF_START + LEVEL_CHARS) table[c.charCodeAt(0)]! |= RELATIVE_START;
  return (scanTable = table);
}

/** Every place mention in text[from, to), left to right, longest name first at each position;
 * in traditional script too (`巧家縣`, `雲南`), read folded (one unit to one, offsets kept). */
export function findPlaceMentions(page: string, from = 0, to = page.length): PlaceMention[] {
  // Only the part searched is folded: callers search short spans of long pages.
  const span = page.slice(from, to);
  const folded = foldScript(span);
  const text = folded === span ? page : page.slice(0, from) + folded + page.slice(to);
  const { byName, namesByBigram, nameChars } = divisions();
  const table = charTable(nameChars);
  const out: PlaceMention[] = [];
  for (let i = from; i < to; ) {
    // Most characters open no name and no relative mention: one table read each.
    const flags = table[text.charCodeAt(i)]!;
    if (flags === 0) {
      i++;
      continue;
    }
    const names = flags & NAME_FIRST && i + 1 < to && table[text.charCodeAt(i + 1)]! & NAME_SECOND ? namesByBigram.get(bigramKey(text, i)) : undefined;
    let matched: string | null = null;
    if (names) {
      for (const name of names) {
        if (i + name.length > to || !text.startsWith(name, i)) continue;
        const candidates = byName.get(name)!;
        const isShort = candidates.every((d) => d.name !== name);
        if (isShort && (NOT_A_PLACE_AFTER.test(text[i + name.length] ?? '') || COMPANY_AFTER.test(text.slice(i + name.length, i + name.length + 2)))) continue;
        let found = candidates;
        if (COMMON_WORD_NAMES.has(name)) {
          const before = out.at(-1);
          found = before?.end === i ? candidates.filter((d) => before.candidates.some((c) => c.code === d.parent)) : [];
          if (found.length === 0) continue;
        }
        matched = name;
        out.push({ start: i, end: i + name.length, candidates: found, relative: null });
        break;
      }
    }
    if (matched) {
      i += matched.length;
      continue;
    }
    if (!(flags & RELATIVE_START)) {
      i++;
      continue;
    }
    SELF.lastIndex = i;
    ORGAN.lastIndex = i;
    // `城市管理` holds 市 but names no place: an organ's level char opens a word.
    const wordStart = i === from || !WORD_BEFORE.test(text[i - 1]!) || JOINS_WORDS.test(text[i - 1]!);
    const rel = SELF.exec(text) ?? (wordStart ? ORGAN.exec(text) : null);
    if (rel) {
      const len = rel[0].length;
      out.push({ start: i, end: i + len, candidates: [], relative: LEVEL_CHAR[rel[1]!]! });
      i += len;
      continue;
    }
    i++;
  }
  return out;
}

/** The place a relative mention names, given the article's own place (null when it cannot tell). */
export function resolveRelative(level: PlaceLevel, articlePlace: string | null): string | null {
  const own = division(articlePlace);
  if (!own) return null;
  if (level === 'county') return own.level === 'county' ? own.code : null;
  if (level === 'city') {
    // 丰城市, a county-level city, is 我市 to its own reports.
    if (own.level === 'county' && own.name.endsWith('市')) return own.code;
    const city = ancestorAt(own.code, 'city');
    if (city) return city.code;
    // 北京市, 上海市 …: a province-level city is 全市 to its own reports.
    const province = ancestorAt(own.code, 'province');
    return province && province.name.endsWith('市') ? province.code : null;
  }
  return ancestorAt(own.code, level)?.code ?? null;
}

/**
 * One place for a mention: the only candidate, else the one within the article's province, else
 * the highest level (`吉林` is the province before the city); null when that still leaves several.
 */
export function resolveMention(mention: PlaceMention, articlePlace: string | null): string | null {
  if (mention.relative) return resolveRelative(mention.relative, articlePlace);
  const { candidates } = mention;
  if (candidates.length === 1) return candidates[0]!.code;
  const province = articlePlace ? ancestorAt(articlePlace, 'province')?.code : undefined;
  const near = province ? candidates.filter((d) => ancestorAt(d.code, 'province')?.code === province) : [];
  if (near.length === 1) return near[0]!.code;
  const rank: Record<PlaceLevel, number> = { country: 0, province: 1, city: 2, county: 3 };
  const top = Math.min(...candidates.map((d) => rank[d.level]));
  const highest = candidates.filter((d) => rank[d.level] === top);
  return highest.length === 1 ? highest[0]!.code : null;
}
