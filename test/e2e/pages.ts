// The demo pages under test/pages/ as the browser tests open them: each under the news site's
// host name its expected.json gives, resolved to the local demo server.
import { fixturePages, type FixturePage } from '../sites/fixture-pages';
import type { Harness } from './harness';

export type DemoPage = FixturePage;

export function demoPages(): DemoPage[] {
  return fixturePages();
}

/** The page as served locally under its news site's host name (resolved to 127.0.0.1). */
export function demoUrl(h: Harness, page: DemoPage): string {
  return `${h.site(new URL(page.expected.url).hostname)}/${page.name}.html`;
}
