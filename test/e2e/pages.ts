// The demo pages under test/pages/, each with the URL it stands for in its expected.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Harness } from './harness';

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');

export interface DemoPage {
  name: string;
  expected: {
    url: string;
    isCampaign: boolean;
    campaigns: string[];
    title: string | null;
    seed: string | null;
    hostile?: boolean;
  };
}

export function demoPages(): DemoPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'expected.json')))
    .map((d) => ({ name: d.name, expected: JSON.parse(readFileSync(join(PAGES_DIR, d.name, 'expected.json'), 'utf8')) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The page as served locally under its news site's host name (resolved to 127.0.0.1). */
export function demoUrl(h: Harness, page: DemoPage): string {
  return `${h.site(new URL(page.expected.url).hostname)}/${page.name}.html`;
}
