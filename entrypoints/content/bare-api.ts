// The extension API as the browser itself provides it, for the gate, which must stay small and so
// bundles no polyfill: Firefox's `browser`, Chromium's `chrome`. Both return promises in MV3 for
// the calls the gate makes (storage.local.get, runtime.sendMessage); its message listener answers
// through sendResponse, which both support. Typed as WXT's `browser` (a type import: no code).
import type { browser as Polyfilled } from 'wxt/browser';

export type ExtensionApi = typeof Polyfilled;

export function bareExtensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
}
