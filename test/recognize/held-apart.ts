// A set of real pages kept apart for campaign recognition (test/recognize/held-apart/: `<id>.txt` the
// body, `<id>.json` its address, title, date and label), labelled by reading them after the phrase
// lists of lib/recognize/ were last written. Never tuned on: `npm run eval` prints its totals only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/types';

export interface LabelledPage {
  id: string;
  url: string;
  title: string | null;
  date: string | null;
  retrieved: string;
  site: string;
  province: string | null;
  kind: 'campaign' | 'control';
  campaign: string | null;
  note: string;
  /** The stored copy stops part-way through the page. */
  partial?: boolean;
  text: string;
}

const DIR = join(import.meta.dirname, 'held-apart');

export function heldApartPages(): LabelledPage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Omit<LabelledPage, 'text'>;
      return { ...meta, text: readFileSync(join(DIR, f.replace(/\.json$/, '.txt')), 'utf8') };
    });
}

export function asArticle(p: LabelledPage): Article {
  return { text: p.text, meta: { title: p.title, date: p.date, source: null, byline: null, url: p.url, siteName: null }, headings: [] };
}
