import { defineConfig } from 'wxt';

// Sites whose campaign articles the content script checks on its own. Anything else is
// checked on request through the toolbar button (activeTab), so no broad host permission.
export const NEWS_SITES = [
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

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: NEWS_SITES,
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'figure-check@figurecheck.org', strict_min_version: '115.0' } } : undefined,
  }),
});
