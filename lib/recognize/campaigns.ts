// The campaigns a reader of city and provincial news meets, and the phrases that name them.
// Data only: recognition logic lives in ./score.ts. Phrases are written in simplified script
// (text is folded before matching, see lib/script-fold.ts).
//
// Phrase syntax: `、` stands for an optional list separator (、，, space or nothing), so
// `学党史、悟思想` also matches `学党史 悟思想` and `学党史悟思想`. A phrase with `pattern` is
// matched by that regex source instead; `text` is then a canonical example the pattern matches.
// Weights: 5–6 names the campaign outright, 3–4 is its own slogan, 1–2 is vocabulary typical of it
// but used elsewhere too. Only phrases of weight ≥ STRONG_WEIGHT can make a page a campaign article.

import type { CampaignId } from '../types';

export const STRONG_WEIGHT = 3;

export interface CampaignPhrase {
  text: string;
  weight: number;
  pattern?: string;
}

export interface Campaign {
  /** One of CAMPAIGN_IDS (lib/enums.ts): every id there has exactly one entry here. */
  id: CampaignId;
  name: { 'zh-Hans': string; 'zh-Hant': string; en: string };
  years: string;
  phrases: CampaignPhrase[];
  /** Campaigns this one is part of on a page that is about them (民生实事 are the projects of 办实事). */
  partOf?: CampaignId[];
}

// Generic "主题教育" is the 2023–24 campaign unless qualified by a school or safety topic.
const GENERIC_THEME_EDUCATION =
  '(?<!安全|消防|禁毒|法治|环保|国防|廉洁|爱国主义|感恩|诚信|文明|交通|防溺水|垃圾分类|心理健康|红色|劳动|读书|科普|反诈|国家安全)主题教育(?!班会|课)';

const CAMPAIGN_LIST = [
  {
    id: 'theme-education',
    name: {
      'zh-Hans': '学习贯彻习近平新时代中国特色社会主义思想主题教育',
      'zh-Hant': '學習貫徹習近平新時代中國特色社會主義思想主題教育',
      en: 'Theme education on Xi Jinping Thought',
    },
    years: '2023–2024',
    phrases: [
      { text: '学习贯彻习近平新时代中国特色社会主义思想主题教育', weight: 6 },
      { text: '第一批主题教育', weight: 5 },
      { text: '第二批主题教育', weight: 5 },
      { text: '主题教育', weight: 4, pattern: GENERIC_THEME_EDUCATION },
      { text: '学思想、强党性、重实践、建新功', weight: 4 },
      { text: '以学铸魂、以学增智、以学正风、以学促干', weight: 4 },
      { text: '以学铸魂', weight: 2 },
      { text: '以学增智', weight: 2 },
      { text: '以学正风', weight: 2 },
      { text: '以学促干', weight: 2 },
      { text: '四下基层', weight: 1.5 },
      { text: '参学单位', weight: 1.5 },
    ],
  },
  {
    id: 'party-history',
    name: { 'zh-Hans': '党史学习教育', 'zh-Hant': '黨史學習教育', en: 'Party history education' },
    years: '2021',
    phrases: [
      { text: '党史学习教育', weight: 5 },
      { text: '学党史、悟思想、办实事、开新局', weight: 5 },
      { text: '学史明理、学史增信、学史崇德、学史力行', weight: 4 },
      { text: '学史明理', weight: 2 },
      { text: '学史增信', weight: 2 },
      { text: '学史崇德', weight: 2 },
      { text: '学史力行', weight: 2 },
    ],
  },
  {
    id: 'serve-the-masses',
    name: {
      'zh-Hans': '“我为群众办实事”实践活动',
      'zh-Hant': '「我為群眾辦實事」實踐活動',
      en: '"Doing practical things for the people" campaign',
    },
    years: '2021–',
    phrases: [
      { text: '我为群众办实事', weight: 5 },
      { text: '办实事项目清单', weight: 2 },
      { text: '急难愁盼', weight: 1.5 },
    ],
  },
  {
    id: 'stay-true-to-mission',
    name: {
      'zh-Hans': '“不忘初心、牢记使命”主题教育',
      'zh-Hant': '「不忘初心、牢記使命」主題教育',
      en: '"Stay true to our original aspiration" theme education',
    },
    years: '2019–2020',
    phrases: [
      { text: '不忘初心、牢记使命主题教育', weight: 6, pattern: '不忘初心[、，,\\s]*牢记使命[”"」』]?主题教育' },
      { text: '守初心、担使命、找差距、抓落实', weight: 5 },
      { text: '不忘初心、牢记使命', weight: 3 },
      { text: '守初心、担使命', weight: 2 },
    ],
  },
  {
    id: 'party-discipline',
    name: { 'zh-Hans': '党纪学习教育', 'zh-Hant': '黨紀學習教育', en: 'Party discipline education' },
    years: '2024',
    phrases: [
      { text: '党纪学习教育', weight: 6 },
      { text: '学纪、知纪、明纪、守纪', weight: 4 },
    ],
  },
  {
    id: 'three-standards',
    name: {
      'zh-Hans': '“三标”活动',
      'zh-Hant': '「三標」活動',
      en: '"Three standards" drive (Zhengzhou)',
    },
    years: '2023–',
    phrases: [
      { text: '工作有标杆、落实有标准、突破有标志', weight: 6 },
      { text: '三标活动', weight: 5, pattern: '[“"『「]?三标[”"』」]?活动' },
      // Bare 三标 is too short to trust; quoted it is the drive's name (『三标』引领勇争先).
      { text: '“三标”', weight: 4, pattern: '[“"『「]三标[”"』」]' },
    ],
  },
  {
    id: 'enterprises-and-projects',
    name: {
      'zh-Hans': '“万人助万企”与“三个一批”活动',
      'zh-Hant': '「萬人助萬企」與「三個一批」活動',
      en: '"Ten thousand help ten thousand firms" and "three batches" of projects (Henan)',
    },
    years: '2021–',
    phrases: [
      { text: '万人助万企', weight: 4 },
      { text: '签约一批、开工一批、投产一批', weight: 5 },
      // Named as an activity it is the drive (淇县“三个一批”项目建设活动); alone, it may be a passing word
      // (1个“三个一批”重点项目).
      { text: '“三个一批”活动', weight: 5, pattern: '[“"「『]?三个一批[”"」』]?(?:项目(?:建设)?)?活动' },
      { text: '三个一批', weight: 3 },
    ],
  },
  {
    id: 'mass-line',
    name: {
      'zh-Hans': '党的群众路线教育实践活动',
      'zh-Hant': '黨的群眾路線教育實踐活動',
      en: 'Mass line education and practice campaign',
    },
    years: '2013–2014',
    phrases: [
      { text: '群众路线教育实践活动', weight: 6 },
      { text: '照镜子、正衣冠、洗洗澡、治治病', weight: 5 },
      { text: '为民务实清廉', weight: 4 },
      // The campaign's target: 形式主义、官僚主义、享乐主义和奢靡之风.
      { text: '反对四风', weight: 2, pattern: '(?:反对|反|整治|纠正|纠治|查摆)[“"]?四风' },
      // In 2013–14 reports the campaign's short name; other 教育实践活动 are qualified (主题, 科普 …).
      { text: '教育实践活动', weight: 3, pattern: '(?<!主题|学习|科普|社会|国防|法治|安全|廉政|廉洁)教育实践活动' },
      // It ran in two batches (第一批 2013, 第二批 2014), and reports of the time name it by its batch.
      { text: '第二批教育实践活动', weight: 5, pattern: '第[一二]批(?:党的群众路线)?教育实践活动' },
    ],
  },
  {
    id: 'three-stricts',
    name: { 'zh-Hans': '“三严三实”专题教育', 'zh-Hant': '「三嚴三實」專題教育', en: '"Three stricts and three earnests" education' },
    years: '2015',
    phrases: [
      { text: '三严三实专题教育', weight: 6, pattern: '[“"『「]?三严三实[”"』」]?专题教育' },
      { text: '三严三实', weight: 5 },
      { text: '严以修身、严以用权、严以律己', weight: 4 },
      { text: '谋事要实、创业要实、做人要实', weight: 4 },
    ],
  },
  {
    id: 'two-studies',
    name: { 'zh-Hans': '“两学一做”学习教育', 'zh-Hant': '「兩學一做」學習教育', en: '"Two studies, one action" education' },
    years: '2016–',
    phrases: [
      { text: '两学一做学习教育', weight: 6, pattern: '[“"『「]?两学一做[”"』」]?学习教育' },
      { text: '两学一做', weight: 5 },
      { text: '学党章党规、学系列讲话，做合格党员', weight: 4, pattern: '学党章党规[、，,\\s]*学系列讲话[、，,\\s]*做合格党员' },
      { text: '做合格党员', weight: 2 },
    ],
  },
  {
    id: 'political-legal-rectification',
    name: { 'zh-Hans': '政法队伍教育整顿', 'zh-Hant': '政法隊伍教育整頓', en: 'Education and rectification of the political-legal ranks' },
    years: '2021–2022',
    phrases: [
      { text: '政法队伍教育整顿', weight: 6 },
      { text: '筑牢政治忠诚、清除害群之马、整治顽瘴痼疾、弘扬英模精神', weight: 5 },
      // Bare 教育整顿 names it in the ranks' own reports, not in a school's or a market's.
      { text: '教育整顿', weight: 4, pattern: '(?<!学校|市场|行业|校园)教育整顿' },
      { text: '顽瘴痼疾', weight: 1.5 },
      { text: '刮骨疗毒', weight: 1.5 },
    ],
  },
  {
    id: 'work-style',
    name: { 'zh-Hans': '作风建设（作风建设年、能力作风建设年）', 'zh-Hant': '作風建設（作風建設年、能力作風建設年）', en: 'Work-style drives (work-style year, capability and work-style year)' },
    years: '2012–',
    phrases: [
      { text: '能力作风建设年', weight: 6 },
      { text: '作风建设年', weight: 5 },
      { text: '作风建设', weight: 3, pattern: '(?:干部|机关|党风|工作|政风|行风|纪律)?作风建设' },
      // Not the monthly count of breaches (查处违反中央八项规定精神问题5178起): that is discipline statistics.
      { text: '中央八项规定精神', weight: 4, pattern: '(?<!违反)中央八项规定(?:及其实施细则)?精神' },
      { text: '四风问题', weight: 2, pattern: '[“"]?四风[”"]?问题' },
    ],
  },
  {
    // The Party's inspection tours (巡视 by the centre and provinces, 巡察 by cities and counties)
    // and the rectification reports they require, published by the inspected body.
    id: 'inspection-rectification',
    name: { 'zh-Hans': '巡视巡察整改', 'zh-Hant': '巡視巡察整改', en: 'Inspection tours and their rectification' },
    years: '2013–',
    phrases: [
      { text: '巡视整改', weight: 5, pattern: '(?:巡视|巡察)组?(?:反馈(?:意见|问题)?)?(?:的)?整改' },
      { text: '巡察工作', weight: 3, pattern: '(?:巡视|巡察)工作' },
      { text: '第十轮巡察', weight: 4, pattern: '第[一二三四五六七八九十]+轮(?:巡视|巡察)|(?:专项|机动)(?:巡视|巡察)|(?:巡视|巡察)[“"]?回头看' },
      { text: '巡察组', weight: 2, pattern: '(?:巡视|巡察)组' },
      { text: '被巡察', weight: 2, pattern: '被(?:巡视|巡察)' },
      { text: '立行立改', weight: 1.5 },
    ],
  },
  {
    // The yearly lists of practical projects for the people that governments promise and report on
    // (十件民生实事, 民心工程, 民生工程), the government side of 办实事.
    id: 'livelihood-projects',
    name: { 'zh-Hans': '民生实事（民心工程、民生工程）', 'zh-Hant': '民生實事（民心工程、民生工程）', en: 'Yearly livelihood projects (民生实事, 民心工程)' },
    years: '2000s–',
    partOf: ['serve-the-masses', 'party-history'],
    phrases: [
      { text: '民生实事', weight: 5 },
      { text: '民心工程', weight: 5 },
      { text: '十件实事', weight: 4, pattern: '[十0-9一二三四五六七八九两]+(?:件|项)(?:重点)?(?:民生)?实事' },
      { text: '民生工程', weight: 3 },
      { text: '重点民生项目', weight: 3 },
      { text: '为民办实事', weight: 3, pattern: '为民(?:办)?实事' },
      // The yearly projects as a government names them (`市政府实事项目`, `区政府2019年实事项目`).
      { text: '实事项目', weight: 4 },
    ],
  },
  {
    // The central environmental inspection (2016–): its groups' tours, their 回头看 rounds, the
    // complaints they pass on to be dealt with while they stay (边督边改), and the rectification after.
    id: 'environmental-inspection',
    name: { 'zh-Hans': '中央生态环境保护督察', 'zh-Hant': '中央生態環境保護督察', en: 'Central environmental protection inspection' },
    years: '2016–',
    phrases: [
      { text: '中央生态环境保护督察', weight: 6, pattern: '中央(?:第[一二三四五六七八九十]+)?(?:生态)?环(?:境)?保(?:护)?督察' },
      { text: '督察回头看', weight: 5, pattern: '督察[“"]?回头看' },
      { text: '边督边改', weight: 4 },
      { text: '环保督察', weight: 4, pattern: '(?:生态)?环(?:境)?保(?:护)?督察' },
      { text: '交办信访件', weight: 1.5, pattern: '(?:交办|转办)[^，,。]{0,8}信访(?:件|举报)' },
    ],
  },
  {
    // The national drive against organised crime (扫黑除恶专项斗争, 2018–2020) and its standing
    // successor (常态化扫黑除恶, 2021–): clue counts, cases, gangs broken, reported as a campaign.
    id: 'anti-gang',
    name: { 'zh-Hans': '扫黑除恶专项斗争', 'zh-Hant': '掃黑除惡專項鬥爭', en: 'Campaign against organised crime (扫黑除恶)' },
    years: '2018–',
    phrases: [
      { text: '扫黑除恶专项斗争', weight: 6 },
      { text: '常态化扫黑除恶', weight: 5 },
      { text: '扫黑除恶', weight: 4 },
    ],
  },
  {
    // The drives against graft and misconduct that touch the people: the poverty-relief drive
    // (扶贫领域腐败和作风问题专项治理, 2018–2020) and the concentrated rectification of 2024–
    // (群众身边不正之风和腐败问题集中整治, 群腐集中整治). Not the bare 群众身边腐败和作风问题: discipline bodies
    // count those every month, campaign or not.
    id: 'grassroots-graft',
    name: { 'zh-Hans': '群众身边不正之风和腐败问题集中整治（扶贫领域专项治理）', 'zh-Hant': '群眾身邊不正之風和腐敗問題集中整治（扶貧領域專項治理）', en: 'Drives against graft near the people' },
    years: '2018–',
    phrases: [
      { text: '群众身边不正之风和腐败问题集中整治', weight: 6, pattern: '(?:集中|重点)?整治群众身边不正之风和腐败问题|群众身边不正之风和腐败问题(?:集中)?整治' },
      { text: '群腐集中整治', weight: 5 },
      { text: '扶贫领域腐败和作风问题专项治理', weight: 6 },
    ],
  },
  {
    // 福建's yearly project drive (策划生成、签约、开工、竣工、投产 each "一批", 2013–), the province's
    // counterpart of 河南's 三个一批.
    id: 'five-batches',
    name: { 'zh-Hans': '“五个一批”项目活动', 'zh-Hant': '「五個一批」項目活動', en: '"Five batches" of projects (Fujian)' },
    years: '2013–',
    phrases: [
      { text: '“五个一批”', weight: 5, pattern: '[“"「『]五个一批[”"」』]' },
      { text: '五个一批', weight: 3 },
    ],
  },
  {
    // The national civilized-city drive (全国文明城市创建, 创城; cities apply in three-year cycles and
    // report their inspections, problems found and put right, and keep the title through 巩固 drives).
    id: 'civilized-city',
    name: { 'zh-Hans': '全国文明城市创建', 'zh-Hant': '全國文明城市創建', en: 'National civilized-city drive (创城)' },
    years: '2004–',
    phrases: [
      { text: '创建全国文明城市', weight: 5, pattern: '(?:创建|巩固|争创|迎接)(?:提升)?(?:全国)?文明城市|(?:全国)?文明城市(?:创建|测评|复审|复查)' },
      { text: '创城', weight: 3, pattern: '创城(?!区)' },
      { text: '文明城市', weight: 2 },
    ],
  },
  {
    // The rural living-environment drive of the agriculture ministry and 18 other bodies (2018–):
    // its yearly 村庄清洁行动 with seasonal 战役, and the three- and five-year 农村人居环境整治 plans.
    id: 'village-cleanup',
    name: { 'zh-Hans': '村庄清洁行动（农村人居环境整治）', 'zh-Hant': '村莊清潔行動（農村人居環境整治）', en: 'Village clean-up drive (rural living environment)' },
    years: '2018–',
    phrases: [
      { text: '村庄清洁行动', weight: 5 },
      { text: '农村人居环境整治', weight: 2, pattern: '农村人居环境整治(?:提升)?' },
    ],
  },
  {
    // The water ministry's drive against the four disorders on rivers and lakes (乱占、乱采、乱堆、乱建,
    // 2018–), reported as problems found and cleared, under the river and lake chiefs (河长制).
    id: 'rivers-and-lakes',
    name: { 'zh-Hans': '河湖“清四乱”专项行动', 'zh-Hant': '河湖「清四亂」專項行動', en: 'Rivers and lakes: clearing the "four disorders"' },
    years: '2018–',
    phrases: [
      { text: '清四乱', weight: 5 },
      { text: '“四乱”问题', weight: 2, pattern: '[“"「]?四乱[”"」]?问题' },
    ],
  },
  {
    // 浙江's own province-wide drives: 五水共治 (water, 2013–) and 三改一拆 (old estates, old plants and
    // urban villages rebuilt, unlawful buildings pulled down, 2013–).
    id: 'zhejiang-drives',
    name: { 'zh-Hans': '五水共治、三改一拆（浙江）', 'zh-Hant': '五水共治、三改一拆（浙江）', en: 'Zhejiang: "five waters" and "three rebuilds, one demolition"' },
    years: '2013–',
    phrases: [
      { text: '五水共治', weight: 5 },
      { text: '三改一拆', weight: 5 },
    ],
  },
  {
    // 新疆's cadres sent to live in villages (访民情、惠民生、聚民心, 2014–), one team a year per village.
    id: 'village-residence',
    name: { 'zh-Hans': '“访惠聚”驻村工作', 'zh-Hant': '「訪惠聚」駐村工作', en: 'Cadres stationed in villages (访惠聚, Xinjiang)' },
    years: '2014–',
    phrases: [
      { text: '访惠聚', weight: 5 },
      { text: '驻村工作队', weight: 2 },
    ],
  },
  {
    // Party organisations of offices and their members report to the community where they are based
    // or live (双报到, 2015–) and serve there, counted in members reported and wishes fulfilled.
    id: 'two-reports',
    name: { 'zh-Hans': '在职党员“双报到”', 'zh-Hant': '在職黨員「雙報到」', en: 'Party members report to their communities (双报到)' },
    years: '2015–',
    phrases: [
      { text: '双报到', weight: 5 },
      { text: '到社区报到', weight: 2 },
    ],
  },
  {
    // A drive that names none of the above, told by its genre (./genre.ts), not by phrases.
    id: 'unnamed-drive',
    name: { 'zh-Hans': '未具名的专项活动（据文体判断）', 'zh-Hant': '未具名的專項活動（據文體判斷）', en: 'A drive not named above (judged by the genre)' },
    years: '',
    phrases: [],
  },
] satisfies Campaign[];

/** The campaign id of a drive recognized by its genre rather than by name. */
export const UNNAMED_DRIVE = 'unnamed-drive' satisfies CampaignId;

export const CAMPAIGNS: readonly Campaign[] = CAMPAIGN_LIST;

// Every campaign id has its entry: an id of lib/enums.ts without one does not compile (and
// test/recognize/campaigns.test.ts checks that no id has two).
type CampaignsWithoutEntry = Exclude<CampaignId, (typeof CAMPAIGN_LIST)[number]['id']>;
const everyCampaignHasAnEntry: [CampaignsWithoutEntry] extends [never] ? true : CampaignsWithoutEntry = true;
void everyCampaignHasAnEntry;

/**
 * Short strings of which every phrase of weight ≥ STRONG_WEIGHT contains at least one; the
 * content script's pre-filter looks only for these. A test holds the two lists together.
 */
export const CAMPAIGN_MARKERS: readonly string[] = [
  '主题教育',
  '学习教育',
  '强党性',
  '以学',
  '学党史',
  '学史',
  // Not 实事 alone: 实事求是 is everywhere.
  '办实事',
  '民生实事',
  '件实事',
  '项实事',
  '为民实事',
  '实事项目',
  '初心',
  '使命',
  '学纪',
  '三标',
  '标杆',
  '万人助万企',
  '开工一批',
  '三个一批',
  '五个一批',
  '扫黑除恶',
  '群众身边不正之风',
  '群腐',
  '扶贫领域腐败',
  '群众路线',
  '教育实践活动',
  '为民务实',
  '照镜子',
  '三严三实',
  '严以',
  '要实',
  '两学一做',
  '党章党规',
  '教育整顿',
  '政治忠诚',
  '作风建设',
  '八项规定',
  '巡视',
  '巡察',
  '民心工程',
  '民生工程',
  '民生项目',
  '督察',
  '边督边改',
  '文明城市',
  '创城',
  '村庄清洁',
  '清四乱',
  '五水共治',
  '三改一拆',
  '访惠聚',
  '双报到',
];
