// A campaign article whose campaign has no name in ./campaigns.ts: a county's own 专项行动, a
// city's "两转一提一抓"活动. The genre gives it away: a drive (a quoted name with 活动 or 行动, a
// 专项整治) named where the article says what it is about, run by Party bodies and cadres, and
// reported through what campaigns report — study sessions, problems found and put right,
// practical things done for the people, results. Each family counts once, so repeating one kind
// of word cannot make a page a campaign article; statistics, hotline reports and Party news that
// runs no drive lack the drive or the families around it.

import type { CampaignEvidence, CampaignMatch } from '../types';
import { CLAUSE_BREAK_CHARS } from '../extract/text-classes';

export type GenreFamily = 'drive' | 'party' | 'study' | 'rectify' | 'serve' | 'outcome';

// A drive's name, in pieces: the gate's literal markers (DRIVE_MARKERS) and the drive pattern are
// both made from them, so that every drive the pattern finds holds a marker.
const CLOSING_QUOTES = ['”', '"', '」', '』'];
/** After a quoted name (“两转一提一抓”活动, 「清风」专项行动), or ending it (“百县千镇万村高质量发展工程”): a drive's
 * kind, maybe after one of its qualifiers. */
const QUALIFIERS = ['主题', '专项', '集中', '实践'];
/** The last of several quoted names (“百企千员面对面”“百名群众来评价”等活动). */
const LISTED = '等';
const KINDS = ['活动', '行动', '攻坚战', '工程', '整治', '动员大会', '推进会', '群众教育'];
/** Drives named by their kind alone (专项整治, 百日攻坚, 大走访, 活动开展以来). */
const DRIVE_WORDS = [
  ...['专项', '集中', '百日', '攻坚'].flatMap((a) => ['行动', '整治', '治理', '攻坚'].map((b) => a + b)),
  '专项监督',
  ...['大会战', '百日会战', '百日冲刺'],
  ...['走访', '排查', '调研', '接访', '整治', '练兵', '比武', '讨论'].map((b) => `大${b}`),
  ...['活动', '行动', '整治'].flatMap((a) => ['开展', '启动'].map((b) => `${a}${b}以来`)),
];

/** An unquoted drive opened by 开展 (开展了村庄清洁行动, 开展一场干部作风整顿行动): its kind is the marker. */
const OPENED_DRIVE_KIND = '行动';

/**
 * What the gate (./gate.ts) looks for in the title and the lead, in both scripts
 * (scripts/build-gate-markers.ts): every drive the genre's pattern finds holds one of `words`, or
 * a closing quote with one of `afterQuote` after it (maybe after `listed`) or `beforeQuote` before it.
 */
export const DRIVE_MARKERS = {
  words: [...DRIVE_WORDS, OPENED_DRIVE_KIND],
  quotes: CLOSING_QUOTES,
  listed: LISTED,
  afterQuote: [...QUALIFIERS, ...KINDS],
  beforeQuote: KINDS,
} as const;

/** A character within one clause: a few of them join a verb to its object (发现…问题). */
const IN_CLAUSE = `[^${CLAUSE_BREAK_CHARS.replace(/[\\\]\[^-]/g, '\\$&')}]`;

/** Patterns on script-folded text (lib/script-fold.ts), one alternation per family. */
const FAMILY_PATTERNS: Record<GenreFamily, string> = {
  drive: `[“"「『][^“”"「」『』\\n]{2,24}(?:[${CLOSING_QUOTES.join('')}]${LISTED}?(?:${QUALIFIERS.join('|')})?(?:${KINDS.join('|')})|(?:${KINDS.join('|')})[${CLOSING_QUOTES.join('')}])|${DRIVE_WORDS.join('|')}|开展(?:了|一场|一次)?${IN_CLAUSE}{2,14}${OPENED_DRIVE_KIND}`,
  // The Party committee of a place (市委, 县委, 旗委), its discipline inspection (纪委, 监委) and the cadres it
  // sends are the drive's actors.
  party: '党委|党组|党工委|党支部|党总支|基层党组织|[省市州盟县区旗]委|纪委|监委|纪检监察|组织部|党员干部|领导干部|干部|在职党员|第一书记|[省市县]级领导|县处级(?:以上)?领导',
  study: '专题学习|集中学习|学习研讨|研讨交流|交流研讨|专题党课|讲党课|中心组(?:集体)?学习|读书班|主题党日|专题辅导',
  rectify: `(?:查摆|梳理|排查|发现|收集|征集)${IN_CLAUSE}{0,8}问题|整改(?:问题|完成|到位|销号|落实|台账|清单)|立行立改|问题清单`,
  // Practical things done for people, and for firms (a drive to better the business environment).
  serve: `办实事|办好事|(?:优化|护航)营商环境|解决${IN_CLAUSE}{0,10}(?:问题|诉求|难题|急难愁盼)|走访(?:群众|企业|农户|住户|党员|村民|居民)|(?:服务|联系)群众`,
  outcome: '见行见效|长效机制|阶段性成效|取得(?:明显|显著|积极|实际)成效|取得实效|满意(?:度|率)|获得感',
};

const GENRE_FAMILIES = Object.keys(FAMILY_PATTERNS) as GenreFamily[];

const POSITION_FACTOR: Record<CampaignEvidence['where'], number> = { title: 3, heading: 2, lead: 2, body: 1 };
const FAMILY_WEIGHT: Record<GenreFamily, number> = { drive: 3, party: 2, study: 2, rectify: 2, serve: 2, outcome: 1 };
const MAX_EVIDENCE = 6;

const COMPILED = GENRE_FAMILIES.map((family) => ({ family, regex: new RegExp(FAMILY_PATTERNS[family], 'g') }));

export interface GenreHit {
  family: GenreFamily;
  start: number;
  end: number;
}

/** Every family word in (script-folded) text, in order of position. */
export function findGenreHits(foldedText: string): GenreHit[] {
  const hits: GenreHit[] = [];
  for (const { family, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (let m = regex.exec(foldedText); m; m = regex.exec(foldedText)) hits.push({ family, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export interface PlacedGenreHit {
  family: GenreFamily;
  evidence: CampaignEvidence;
}

/**
 * The unnamed drive a section is about, or null: a drive named in its title, a heading or its
 * lead, Party bodies or cadres, and at least one of the families a campaign reports through.
 */
export function judgeGenre(hits: readonly PlacedGenreHit[]): Omit<CampaignMatch, 'id' | 'name'> | null {
  const best = new Map<GenreFamily, PlacedGenreHit>();
  for (const hit of hits) {
    const seen = best.get(hit.family);
    if (!seen || POSITION_FACTOR[hit.evidence.where] > POSITION_FACTOR[seen.evidence.where]) best.set(hit.family, hit);
  }
  const drive = best.get('drive');
  if (!drive || drive.evidence.where === 'body') return null;
  const reporting = (['study', 'rectify', 'serve', 'outcome'] as const).some((f) => best.has(f));
  // A drive named where the article opens and named again is what the article is about, whoever runs
  // it (a county's 专项行动, a ministry's 清四乱); named once, it is one item of a meeting's agenda
  // unless Party actors and what campaigns report stand around it.
  const namedAgain = hits.filter((h) => h.family === 'drive').length >= 2;
  if (!namedAgain && !(best.has('party') && reporting)) return null;
  let score = 0;
  for (const [family, hit] of best) score += FAMILY_WEIGHT[family] * POSITION_FACTOR[hit.evidence.where];
  const others = [...best.values()].filter((h) => h !== drive);
  return { score, evidence: [drive, ...others].slice(0, MAX_EVIDENCE).map((h) => h.evidence) };
}
