// The fixture pages under test/pages (page.html + expected.json each): parsed as a browser parses
// them (scripts/parse-html.ts) for the site and recognition tests, opened in Chromium by the e2e tests.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtmlDocument } from '../../scripts/parse-html';

export interface ExpectedPage {
  url: string;
  isCampaign: boolean;
  campaigns: string[];
  title: string | null;
  date: string | null;
  source: string | null;
  site: string | null;
  seed: string | null;
  /** Strings of the article that its text must keep (its figures). */
  presentInText?: string[];
  /** Strings of the page furniture that its text must not contain. */
  absentFromText?: string[];
}

export interface FixturePage {
  name: string;
  html: string;
  expected: ExpectedPage;
}

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');

export function fixturePages(): FixturePage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'expected.json')))
    .map((d) => ({
      name: d.name,
      html: readFileSync(join(PAGES_DIR, d.name, 'page.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES_DIR, d.name, 'expected.json'), 'utf8')) as ExpectedPage,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function parsePage(html: string): Document {
  return parseHtmlDocument(html);
}
