// UI strings in Chinese and English, chosen by the browser's language. Plain data so that the
// same table serves the content script, the extension pages and the tests.
export type Lang = 'zh' | 'en';

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
  source: { zh: '来源', en: 'Source' },
  thisPage: { zh: '本页', en: 'this page' },
  openSource: { zh: '打开来源', en: 'Open source' },
  figures: { zh: '数字', en: 'Figures' },
  flagged: { zh: '需注意', en: 'Flagged' },
  flaggedOnly: { zh: '只看需注意的', en: 'Flagged only' },
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
