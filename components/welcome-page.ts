// The first-run page (entrypoints/welcome/), opened by the background once, on install. Kept
// apart from the page's component so that the background bundles no UI.
import { browser } from 'wxt/browser';

export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
