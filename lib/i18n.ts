// UI strings in Chinese and English, chosen by the browser's language. Plain data so that the
// same table serves the content script, the extension pages, the exports and the tests. Every
// closed set of values (lib/enums.ts) the reader sees has its one label table here, except the
// campaigns' names, which lib/recognize/campaigns.ts holds (components/campaign-label.ts): no
// code (`count`, `rate-vs-counts`, `lead`, `party-history`) reaches the interface.
import type { CAMPAIGN_EVIDENCE_PLACES, CHECK_IDS, EVIDENCE_ORIGINS, FIGURE_KINDS, VERDICTS } from './enums';

export type Lang = 'zh' | 'en';
type Label = { readonly zh: string; readonly en: string };

export function pickLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('zh') ? 'zh' : 'en';
}

const STRINGS = {
  appName: { zh: '数据核查', en: 'Figure Check' },
  close: { zh: '关闭', en: 'Close' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  counts: { zh: '统计对象', en: 'Counts' },
  scope: { zh: '主体', en: 'Whose' },
  kind: { zh: '类型', en: 'Kind' },
  checks: { zh: '核查', en: 'Checks' },
  noChecks: { zh: '暂无可比对的数据：本页和参考库都无法判断这个数字。', en: 'Nothing to compare with: neither the page nor the reference data can decide this figure.' },
  undecidedNote: { zh: '找到了可比对的数字，但口径或日期不明，无法判断。', en: 'A comparison was found, but its scope or dates are not known: it cannot be decided.' },
  inThisSentence: { zh: '原文', en: 'In the text' },
  confidence: { zh: '把握', en: 'Confidence' },
  confidenceHelp: { zh: '核查对这一结论有多大把握：高（80% 以上）、中（50%–80%）、低（50% 以下）', en: 'How sure the check is of this finding: high (over 80 %), medium (50–80 %), low (under 50 %)' },
  boundWhy: { zh: '已知上限：同类数字不可能超过它', en: 'A known upper bound: a count of this kind cannot exceed it' },
  legend: { zh: '图例', en: 'Legend' },
  legendHelp: { zh: '页面中数字的底色和下划线表示核查结论：', en: 'The colour and underline of a figure in the page give its verdict:' },
  attentionOnly: { zh: '只看需注意的', en: 'Only what needs attention' },
  pageAttentionOnly: { zh: '页面中只标出需注意的数字', en: 'In the page, mark only what needs attention' },
  keepAsIRead: { zh: '阅读时自动收入参考库', en: 'Keep as I read' },
  keepAsIReadHelp: {
    zh: '打开的每篇专题文章都自动加入我的参考库，供以后的文章比对（只在“网站”设置允许自动运行的网站上）。默认关闭；选项页的参考库列表可随时移除任何一篇，并显示已用存储。',
    en: 'Every campaign article you open is added to your library, for later articles to be compared with (only on the sites where the extension runs by itself, as set under Sites). Off by default; the library list on the options page removes any entry at any time and shows the storage used.',
  },
  showAll: { zh: '显示全部', en: 'Show all' },
  filteredBy: { zh: '筛选', en: 'Filter' },
  noRows: { zh: '没有符合条件的数字。', en: 'No figure matches these filters.' },
  needsToolbar: {
    zh: '此网站不在自动核查的新闻网站之列。请先点击浏览器工具栏上的“数据核查”按钮（拼图图标里可将它固定），再在弹出窗口中点“核查本页数字”；核查后这里会显示结果。',
    en: 'This site is not one of the news sites checked by themselves. Click the Figure Check button in the browser toolbar first (pin it from the puzzle-piece menu), then “Check the figures on this page” in its popup; the results then show here.',
  },
  history: { zh: '走势', en: 'History' },
  historyFell: { zh: '比上一份报道少：累计数不应减少', en: 'lower than the report before: a running total should not fall' },
  sideBySide: { zh: '两篇报道对比', en: 'Two reports side by side' },
  compareWith: { zh: '对比的报道', en: 'Compare with' },
  sharedMetrics: { zh: '共有指标', en: 'Shared metrics' },
  onlyHere: { zh: '只在本页的指标', en: 'Only on this page' },
  onlyThere: { zh: '只在对比报道中的指标', en: 'Only in the other report' },
  readingOther: { zh: '正在读取对比报道…', en: 'Reading the other report…' },
  metric: { zh: '指标', en: 'Metric' },
  change: { zh: '变化', en: 'Change' },
  noComparison: { zh: '参考数据和我的参考库中没有与本页共有指标的报道。', en: 'No report in the reference data or the library shares a metric with this page.' },
  moreActions: { zh: '更多操作', en: 'More actions' },
  flaggedCount: { zh: '个需注意', en: 'need attention' },
  source: { zh: '来源', en: 'Source' },
  thisPage: { zh: '本页', en: 'this page' },
  openSource: { zh: '打开来源', en: 'Open source' },
  figures: { zh: '数字', en: 'Figures' },
  flagged: { zh: '需注意', en: 'Flagged' },
  allKinds: { zh: '全部类型', en: 'All kinds' },
  allChecks: { zh: '全部核查', en: 'All checks' },
  campaign: { zh: '活动', en: 'Campaign' },
  notCampaign: { zh: '本页不像是活动报道。', en: 'This page does not look like a campaign article.' },
  notArticle: { zh: '本页没有找到正文。', en: 'No article found on this page.' },
  notChecked: { zh: '本页尚未核查。', en: 'This page has not been checked yet.' },
  working: { zh: '正在核查…', en: 'Checking…' },
  checkThisPage: { zh: '核查本页数字', en: 'Check the figures on this page' },
  cannotRunHere: { zh: '浏览器不允许扩展在此页面运行（如扩展商店或设置页）。', en: 'The browser does not let extensions run on this page (such as the store or settings pages).' },
  openSidePanel: { zh: '打开详细摘要', en: 'Open the full summary' },
  export: { zh: '导出', en: 'Export' },
  download: { zh: '下载', en: 'Download' },
  copyToClipboard: { zh: '复制到剪贴板', en: 'Copy to clipboard' },
  error: { zh: '出错了', en: 'Something went wrong' },
  datasetMissing: { zh: '参考数据未载入，只做了文内核查。', en: 'The reference data is not loaded: only checks within the page ran.' },
  why: { zh: '依据', en: 'Why' },
  showInPage: { zh: '在页面中定位', en: 'Show in page' },
  addToLibrary: { zh: '加入我的参考库', en: 'Add this page to my library' },
  addedToLibrary: { zh: '已加入参考库', en: 'Added to your library' },
  updatedInLibrary: { zh: '已更新参考库中的这篇', en: 'Updated in your library' },
  changedSinceKept: { zh: '与上次保存相比：新增 {added} 个数字，不再有 {removed} 个', en: 'Since it was last kept: {added} figures new, {removed} gone' },
  reference: { zh: '参考', en: 'Reference' },
  scope_both: { zh: '内置数据和我的参考库', en: 'Bundled data and my library' },
  scope_bundled: { zh: '仅内置数据', en: 'Bundled data only' },
  scope_library: { zh: '仅我的参考库', en: 'My library only' },
  manageLibrary: { zh: '管理参考库', en: 'Manage my library' },
  articleTooLong: { zh: '文章太长，只核查了前 {n} 个字。', en: 'The article is very long: only its first {n} characters were checked.' },
  pageTooLarge: { zh: '页面太大，未自动核查；可点击下方按钮手动核查。', en: 'The page is too large to check by itself; use the button below to check it.' },
  qualifier_more_than: { zh: '多于', en: 'more than' },
  qualifier_about: { zh: '约', en: 'about' },
  qualifier_at_least: { zh: '至少', en: 'at least' },
  qualifier_less_than: { zh: '少于', en: 'less than' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** A figure's verdict; `undecided` is a figure whose checks found a comparison but could not decide. */
export const VERDICT_LABELS: Record<(typeof VERDICTS)[number] | 'undecided', Label> = {
  implausible: { zh: '量级不可能', en: 'impossible' },
  inconsistent: { zh: '前后矛盾', en: 'inconsistent' },
  differs: { zh: '与其他报道不符', en: 'differs from other reports' },
  changed_over_time: { zh: '随时间变化', en: 'changed over time' },
  different_scope: { zh: '口径不同', en: 'different scope' },
  consistent: { zh: '一致', en: 'consistent' },
  undecided: { zh: '无法判断', en: 'undecided' },
  unknown: { zh: '未核查', en: 'unchecked' },
};

export const KIND_LABELS: Record<(typeof FIGURE_KINDS)[number], Label> = {
  count: { zh: '数量', en: 'count' },
  amount: { zh: '金额', en: 'amount' },
  percent: { zh: '百分比', en: 'percentage' },
  percentage_points: { zh: '百分点', en: 'percentage points' },
  rank: { zh: '名次', en: 'rank' },
  ratio: { zh: '倍数或比例', en: 'ratio' },
  measure: { zh: '度量', en: 'measure' },
  other: { zh: '其他', en: 'other' },
};

export const CHECK_LABELS: Record<(typeof CHECK_IDS)[number], Label> = {
  'rate-vs-counts': { zh: '比率与数量', en: 'rate against its counts' },
  'share-of-total': { zh: '占比与总数', en: 'share of a total' },
  'parts-vs-total': { zh: '分项与合计', en: 'parts and their total' },
  'growth-vs-values': { zh: '增幅与前后数值', en: 'growth against both values' },
  'average-vs-total': { zh: '平均数与总数', en: 'average against its total' },
  'done-vs-planned': { zh: '完成数与计划数', en: 'done against planned' },
  'plausible-magnitude': { zh: '量级是否可能', en: 'possible magnitude' },
  'same-metric': { zh: '其他报道中的同一指标', en: 'the same metric elsewhere' },
  'garbled-statement': { zh: '表述错乱', en: 'garbled statement' },
};

/** Where in the article a campaign phrase was found. */
export const PLACE_LABELS: Record<(typeof CAMPAIGN_EVIDENCE_PLACES)[number], Label> = {
  title: { zh: '标题', en: 'title' },
  lead: { zh: '导语', en: 'opening paragraph' },
  heading: { zh: '小标题', en: 'heading' },
  body: { zh: '正文', en: 'body' },
};

/** Where a quoted side of a check comes from. */
export const ORIGIN_LABELS: Record<(typeof EVIDENCE_ORIGINS)[number], Label> = {
  page: { zh: '本页', en: 'this page' },
  bundled: { zh: '内置参考数据', en: 'bundled reference data' },
  library: { zh: '我的参考库', en: 'my library' },
  bounds: { zh: '已知上限', en: 'known bound' },
};

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = {
  figure: { zh: '数字', en: 'figure' },
  value: { zh: '数值', en: 'value' },
  value_max: { zh: '数值上限', en: 'value_max' },
  unit: { zh: '单位', en: 'unit' },
  qualifier: { zh: '限定', en: 'qualifier' },
  kind: { zh: '类型', en: 'kind' },
  label: { zh: '统计对象', en: 'label' },
  subject: { zh: '主体', en: 'subject' },
  verdict: { zh: '结论', en: 'verdict' },
  checks: { zh: '核查', en: 'checks' },
  quote: { zh: '原文', en: 'quote' },
  start: { zh: '起始位置', en: 'start' },
  end: { zh: '结束位置', en: 'end' },
  page_url: { zh: '网址', en: 'page_url' },
} as const satisfies Record<string, Label>;

/** The columns of the side-by-side CSV, in order. */
export const CSV_SIDE_BY_SIDE = {
  label: { zh: '指标', en: 'metric' },
  pageText: { zh: 'A 原文', en: 'a_figure' },
  pageValue: { zh: 'A 数值', en: 'a_value' },
  pageDate: { zh: 'A 日期', en: 'a_date' },
  otherText: { zh: 'B 原文', en: 'b_figure' },
  otherValue: { zh: 'B 数值', en: 'b_value' },
  otherDate: { zh: 'B 日期', en: 'b_date' },
  change: { zh: '变化', en: 'change' },
  changeRatio: { zh: '变化率', en: 'change_ratio' },
  verdict: { zh: '结论', en: 'verdict' },
} as const satisfies Record<string, Label>;

/** How sure a check is, in a word: the percentage alone says nothing to a reader. */
export function confidenceLabel(confidence: number, lang: Lang): string {
  const level = confidence >= 0.8 ? 0 : confidence >= 0.5 ? 1 : 2;
  return [
    { zh: '高', en: 'high' },
    { zh: '中', en: 'medium' },
    { zh: '低', en: 'low' },
  ][level]![lang];
}

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** What adding a page to the library did, in words. */
export function libraryAddMessage(lang: Lang, result: { ok: boolean; error?: string; updated?: boolean; changes?: { added: string[]; removed: string[] } | null }): string {
  if (!result.ok) return `${t(lang, 'error')}: ${result.error ?? ''}`;
  if (!result.updated) return t(lang, 'addedToLibrary');
  const changes = result.changes;
  if (!changes || (changes.added.length === 0 && changes.removed.length === 0)) return t(lang, 'updatedInLibrary');
  const detail = t(lang, 'changedSinceKept').replace('{added}', String(changes.added.length)).replace('{removed}', String(changes.removed.length));
  const examples = [...changes.removed.slice(0, 3).map((x) => `−${x}`), ...changes.added.slice(0, 3).map((x) => `+${x}`)].join(' ');
  return `${t(lang, 'updatedInLibrary')}. ${detail}: ${examples}`;
}
