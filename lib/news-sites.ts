// The news sites on which the content script runs by itself (manifest host permissions and
// content-script matches). Every other page is checked only when the user asks (activeTab).
export const NEWS_SITE_PATTERNS: readonly string[] = [
  '*://*.china.com/*',
  '*://*.china.com.cn/*',
  '*://*.zynews.cn/*',
  '*://*.zzrb.com.cn/*',
  '*://*.dahe.cn/*',
  '*://*.henandaily.cn/*',
  '*://*.people.com.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.news.cn/*',
];
