// The article's own place, which `全市`, `我区` and `市委` refer to: from the title, the dateline,
// the outlet and site (郑州日报, zynews.cn), and the places the text names most, at the level the
// text speaks of itself (`全市` / `我区` …).
import { ancestry, CHINA, countiesByStem, division, type Division, type PlaceLevel } from './divisions';
import hosts from './hosts.json';
import { findPlaceMentions, type PlaceMention } from './mentions';
import { foldScript } from '../script-fold';

export interface PlaceSources {
  title: string | null;
  /** 来源 and the site's name: `郑州日报` names 郑州. */
  source: string | null;
  siteName: string | null;
  url: string | null;
}

const HOSTS: Record<string, string> = hosts.hosts;
const WEIGHT = { title: 4, host: 3, source: 3, government: 8, dateline: 2, text: 1 } as const;
/** A page a government publishes speaks of its own jurisdiction, whatever places its text names. */
const GOVERNMENT = /(?:人民政府|政府办公室|政府办|委员会|[党区县市省]委|管委会)$/;
/** The opening of a text where a dateline (`本报讯`, `新华社郑州10月15日电`) stands. */
const DATELINE = 120;
/** Mentions in a long text beyond this many add nothing: the opening tells the place. */
export const TEXT_SCAN = 20_000;

function hostPlace(url: string | null): string | null {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host) return null;
  for (const [suffix, code] of Object.entries(HOSTS)) if (host === suffix || host.endsWith(`.${suffix}`)) return code;
  return null;
}

/**
 * The place a name like `四平市铁西区人民政府` gives: each mention read within the one before it
 * (铁西区 of 四平, not of 沈阳 or 鞍山).
 */
function chainedPlace(name: string): string | null {
  let current: string | null = null;
  for (const m of findPlaceMentions(name)) {
    if (m.relative) continue;
    const outer: string | null = current;
    const within: Division[] = outer ? m.candidates.filter((d) => ancestry(d.code).some((a) => a.code === outer)) : [];
    const pick: Division | null = within.length === 1 ? within[0]! : m.candidates.length === 1 ? m.candidates[0]! : null;
    if (pick && pick.code !== CHINA) current = pick.code;
    else if (!current) return null;
  }
  return current;
}

/** `双峰：…`, `本报双峰讯`: a county named without its suffix where a dateline stands. */
const TITLE_STEM = /^([\u4e00-\u9fff]{2,4})[:：\s]/;

const OWN_LEADERSHIP = /^([省市区县州旗])委[、，,和与及]\1政府/;

/** Which level the text speaks of itself at: the most frequent of `全市`/`我市`, `全区` … */
function selfLevel(mentions: PlaceMention[], text: string): PlaceLevel | null {
  const counts = new Map<PlaceLevel, number>();
  for (const m of mentions) {
    // `该区` in a report speaks of the place it reports on (`集美区委书记…说,该区…`); so does a level's party committee
    // named with its government (`在市委、市政府的正确领导下`), as a place's own report credits them.
    if (!m.relative || !(/^[全我本该]/.test(foldScript(text.slice(m.start, m.end))) || OWN_LEADERSHIP.test(foldScript(text.slice(m.start, m.start + 8))))) continue;
    counts.set(m.relative, (counts.get(m.relative) ?? 0) + 1);
  }
  let best: PlaceLevel | null = null;
  for (const [level, n] of counts) if (best === null || n > counts.get(best)!) best = level;
  // As often at two levels (`围绕省委“…走在全省发展前列”…全市重点项目`): the text does not tell.
  return best !== null && [...counts.values()].filter((n) => n === counts.get(best!)).length > 1 ? null : best;
}

/** The article's place as a GB/T 2260 code, or null when nothing names one. */
export function articlePlace(text: string, meta: PlaceSources, scanned = findPlaceMentions(text, 0, Math.min(text.length, TEXT_SCAN))): string | null {
  // What names the article's own place (title, outlet, site, dateline), and what its text mentions.
  const scores = new Map<string, number>();
  const inText = new Map<string, number>();
  const add = (code: string | null, weight: number, into = scores) => {
    if (code) into.set(code, (into.get(code) ?? 0) + weight);
  };
  const addMentions = (mentions: PlaceMention[], weight: number, into = scores) => {
    for (const m of mentions) {
      const places = m.candidates.filter((d) => d.code !== CHINA);
      for (const d of places) add(d.code, weight / places.length, into);
    }
  };
  const title = meta.title && foldScript(meta.title);
  if (title) {
    addMentions(findPlaceMentions(title), WEIGHT.title);
    const stem = TITLE_STEM.exec(title)?.[1];
    const counties = stem ? countiesByStem(stem) : [];
    if (counties.length === 1) add(counties[0]!.code, WEIGHT.title);
  }
  add(hostPlace(meta.url), WEIGHT.host);
  let government: string | null = null;
  for (const written of [meta.source, meta.siteName]) {
    const name = written && foldScript(written);
    const named = name ? chainedPlace(name) : null;
    if (name && named && GOVERNMENT.test(name)) government ??= named;
    add(named, name && GOVERNMENT.test(name) ? WEIGHT.government : WEIGHT.source);
  }
  addMentions(scanned.filter((m) => m.start < DATELINE), WEIGHT.dateline);
  addMentions(scanned, WEIGHT.text, inText);
  if (scores.size === 0 && inText.size === 0) return null;
  // A place counts the text's mentions of the places within it at half weight (a city report names
  // its districts); what names the article's own place counts for that place alone.
  const total = new Map(scores);
  for (const [code, score] of inText) {
    add(code, score, total);
    for (const up of ancestry(code).slice(1)) add(up.code, score / 2, total);
  }
  const level = selfLevel(scanned, text);
  const levelOk = (code: string) => {
    const d = division(code)!;
    if (!level) return true;
    // 北京市 is a province, and 高安市 a county, that their reports call 全市.
    return d.level === level || (level === 'city' && d.level !== 'city' && d.name.endsWith('市'));
  };
  // A government's own page speaks of its jurisdiction (`高安市人民政府` however often it names 宜春),
  // unless the text speaks of itself at another level.
  if (government && levelOk(government)) return government;
  let best: string | null = null;
  for (const [code, score] of total) {
    if (!levelOk(code)) continue;
    if (best === null || score > total.get(best)!) best = code;
  }
  if (best) return best;
  // No place at the level the text speaks of: the most named place of any level, unless the text speaks of itself below it
  // (`全县` in a county bulletin that names only `视察江西和赣州`): its own place, within that one, goes unnamed.
  for (const [code, score] of total) if (best === null || score > total.get(best)!) best = code;
  return best && level && RANK[division(best)!.level] < RANK[level] ? null : best;
}

const RANK: Record<PlaceLevel, number> = { country: 0, province: 1, city: 2, county: 3 };
