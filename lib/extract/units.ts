import type { FigureKind } from '../types';
import { isSpace } from './text-classes';

export interface UnitMatch {
  /** Normalized unit (`个`, `元`, `立方米/天`). */
  unit: string;
  start: number;
  end: number;
  kind: FigureKind;
  /** `两个多月`, `一个半小时`: a 多 or 半 written inside the unit. */
  inner?: 'more' | 'half';
}

/** Every kind but rank: a rank is told by its wording (第…名, 位列第…), never by its unit. */
type UnitKind = Exclude<FigureKind, 'rank'>;

/** Measure words and units of the genre, grouped by the kind of figure they make. */
const UNITS: Readonly<Record<UnitKind, readonly string[]>> = {
  percent: ['%', '％', '‰'],
  percentage_points: ['个百分点', '百分点', '個百分點', '百分點'],
  ratio: ['倍'],
  amount: ['元/平方米', '元/㎡', '元/吨', '元/噸', '元/股', '元/人', '元', '美元', '欧元', '歐元', '港元', '日元', '英镑', '英鎊'],
  measure: [
    '微克/立方米', '毫克/立方米', '毫克/升', '立方米/天', '立方米/日', '立方米/小时', '吨/日', '吨/天', '吨/年', '公里/小时', '千米/小时',
    // Freight and passenger turnover: tonne- and passenger-kilometres (吨公里, 人公里), not tonnes or people.
    '吨公里', '噸公里', '人公里',
    '平方公里', '平方千米', '平方米', '平米', '㎡', '立方米', '公里', '千米', '厘米', '毫米', '米', '公顷', '亩',
    '吨', '千克', '公斤', '毫克', '微克', '克', '升', '毫升', '千瓦时', '千瓦', '兆瓦', '瓦', '伏', '℃', '度电',
    // An age in full years (`80周岁以上`), not weeks.
    '小时', '分钟', '秒钟', '个工作日', '工作日', '天', '周岁', '週歲', '周', '个月', '個月', '年', '岁', '公里数',
    '噸/日', '噸/天', '噸/年', '立方米/小時', '公里/小時', '千米/小時', '噸', '畝', '千瓦時', '小時', '分鐘', '秒鐘', '個工作日', '週', '歲',
  ],
  other: ['周年', '週年'],
  count: [
    // Places in a ranking gained or lost (`提升6个位次`).
    '个位次', '個位次', '位次',
    // Kinds a list names without 个 (`十方面30项`); 一方面 is no count (./exclusions/set-phrases.ts).
    '方面',
    // Places counted without 个 (`涉及我省12市州`, `16县区`).
    '市州', '县区', '县市区', '縣區', '縣市區',
    '人次', '件次', '场次', '場次', '户次', '家次', '车次', '架次', '批次', '课时', '学时', '大类', '大類',
    '个', '個', '名', '人', '位', '场', '場', '次', '件', '起', '条', '條', '项', '項', '家', '户', '戶',
    '套', '篇', '期', '所', '座', '辆', '輛', '台', '臺', '种', '種', '步', '批', '类', '類', '处', '處',
    '支', '只', '份', '本', '部', '栋', '间', '张', '棵', '株', '例', '宗', '笔', '轮', '届', '组', '队',
    '单', '门', '册', '幅', '首', '盏', '根', '块', '片', '艘', '列', '趟', '班', '网', '口', '所', '床', '分',
    '枚', '封', '袋', '桶', '箱', '瓶', '盒', '双', '件套', '通', '票', '头',
    // Stretches of a river or road (`黑臭水体7段`); 一段 is an article (./exclusions/set-phrases.ts).
    '段',
    '間', '輪', '屆', '張', '筆', '組', '隊', '單', '門', '冊', '塊',
    '車次', '課時', '學時', '戶次', '棟', '盞', '雙', '隻', '頭',
  ],
};

// Each unit word's normal form: its simplified script, or the unit without its measure word (个位次 → 位次).
const NORMAL_FORM: Readonly<Record<string, string>> = {
  個: '个', 個月: '个月', 場: '场', 場次: '场次', 條: '条', 項: '项', 戶: '户', 輛: '辆', 臺: '台', 種: '种', 類: '类', 處: '处', '％': '%',
  間: '间', 輪: '轮', 屆: '届', 張: '张', 筆: '笔', 組: '组', 隊: '队', 單: '单', 門: '门', 冊: '册', 塊: '块',
  個百分點: '个百分点', 百分點: '百分点', 噸: '吨', 噸公里: '吨公里', '噸/日': '吨/日', '噸/天': '吨/天', '噸/年': '吨/年', 畝: '亩', 千瓦時: '千瓦时',
  小時: '小时', '立方米/小時': '立方米/小时', '公里/小時': '公里/小时', '千米/小時': '千米/小时', 分鐘: '分钟', 秒鐘: '秒钟',
  个位次: '位次', 個位次: '位次', 個工作日: '个工作日', 週: '周', 週年: '周年', 週歲: '周岁', 歲: '岁', '元/噸': '元/吨', 歐元: '欧元', 英鎊: '英镑', 車次: '车次', 課時: '课时',
  學時: '学时', 大類: '大类', 縣區: '县区', 縣市區: '县市区', 戶次: '户次', 棟: '栋', 盞: '盏', 雙: '双', 隻: '只', 頭: '头',
};

interface Entry {
  word: string;
  unit: string;
  kind: FigureKind;
}

/** Entries by first character, longest first, so a lookup is a few comparisons. */
const BY_FIRST_CHAR = new Map<string, Entry[]>();
for (const [kind, words] of Object.entries(UNITS) as [UnitKind, readonly string[]][]) {
  for (const word of words) {
    const first = word[0]!;
    const list = BY_FIRST_CHAR.get(first) ?? [];
    if (!list.some((e) => e.word === word)) list.push({ word, unit: NORMAL_FORM[word] ?? word, kind });
    BY_FIRST_CHAR.set(first, list);
  }
}
for (const list of BY_FIRST_CHAR.values()) list.sort((a, b) => b.word.length - a.word.length);

/** Most whitespace allowed between a number and its measure word (`108 个`, a line break in a page). */
const MAX_GAP = 4;

// A span of time with 多 or 半 inside its measure word: `两个多月` is more than two months, `一个半
// 小时` an hour and a half.
const SPLIT_TIME = /^[个個]([多半])(月|小时|小時)/;

// What was added since, in brackets between a number and its measure word (`长沙市1124(+5)件`, a daily report's
// running count): an aside; the count is the number before it.
const ADDED_SINCE = /^[(（][+＋][0-9０-９]{1,6}[)）]/;

/** The measure word or unit right after a number (spaces and a line break allowed), or null. */
export function readUnit(text: string, i: number): UnitMatch | null {
  let j = i;
  while (j < text.length && j - i < MAX_GAP && (isSpace(text[j]) || text[j] === '\n' || text[j] === '\r')) j++;
  // (Read for every number: the slice only where a bracket opens.)
  if (text[j] === '(' || text[j] === '（') j += ADDED_SINCE.exec(text.slice(j, j + 10))?.[0].length ?? 0;
  const split = SPLIT_TIME.exec(text.slice(j, j + 4));
  if (split) {
    const unit = split[2] === '月' ? '个月' : '小时';
    return { unit, start: j, end: j + split[0].length, kind: 'measure', inner: split[1] === '多' ? 'more' : 'half' };
  }
  const list = BY_FIRST_CHAR.get(text[j] ?? '');
  if (!list) return null;
  for (const e of list) {
    if (text.startsWith(e.word, j)) {
      // a line break between number and unit is only a page's wrapping if the unit is a measure word
      if (j > i && /[\n\r]/.test(text.slice(i, j)) && e.kind !== 'count') return null;
      return { unit: e.unit, start: j, end: j + e.word.length, kind: e.kind };
    }
  }
  return null;
}

/** A unit as the extraction writes it: traditional measure words folded (`個` → `个`). */
export function normalizeUnit(unit: string | null): string | null {
  return unit === null ? null : (NORMAL_FORM[unit] ?? unit);
}

export function isUnitWord(word: string): boolean {
  return (BY_FIRST_CHAR.get(word[0] ?? '') ?? []).some((e) => e.word === word);
}
