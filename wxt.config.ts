import { defineConfig } from 'wxt';
import { NEWS_SITE_PATTERNS } from './lib/news-sites';
import { GATE_SCRIPT } from './entrypoints/content/stages';

// Permissions are explained one by one in the README ("Permissions").
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // One `browser` object for the whole extension: `wxt/browser` (what our code and WXT's own runtime
  // import) resolves to webextension-polyfill's, so no entry point bundles a second one.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...NEWS_SITE_PATTERNS],
    // Asked at run time, one site at a time, when the reader adds a site on the options page
    // (lib/extra-sites.ts); never granted at install.
    optional_host_permissions: ['*://*/*'],
    // J and K, next and previous as in most readers. Chromium leaves Alt+Shift+N and Alt+Shift+P
    // unassigned (chrome://extensions/shortcuts shows them "Not set"); e2e checks what it grants.
    commands: {
      'next-flagged': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNext__' },
      'previous-flagged': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPrevious__' },
    },
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox 140 is the first with the CSS Custom Highlight API (the highlights) and with
    // data_collection_permissions (142 on Android), which AMO requires of new add-ons: the extension
    // sends nothing anywhere (README, "Permissions"), so it declares that it collects no data.
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: { id: 'figure-check@figurecheck.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // WXT names the action after the popup's <title>; the toolbar tooltip should say what a click does.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // The gate is built as an unlisted script: a WXT content script would carry WXT's context
      // and the polyfill, three times the gate's whole budget (entrypoints/gate.ts).
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: [...NEWS_SITE_PATTERNS], js: [GATE_SCRIPT], run_at: 'document_idle' }];
    },
  },
});
