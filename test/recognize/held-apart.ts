// Sets of real pages for campaign recognition (`<id>.txt` the body, `<id>.json` its address, title,
// date and label), labelled by reading them: test/recognize/held-apart/, labelled after the phrase
// lists of lib/recognize/ were last written and never tuned on (`npm run eval` prints its totals
// only), and test/recognize/tuning/, whose failures may be read while the lists are written.
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

function pagesIn(dir: string): LabelledPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<LabelledPage, 'text'>;
      return { ...meta, text: readFileSync(join(dir, f.replace(/\.json$/, '.txt')), 'utf8') };
    });
}

export const heldApartPages = (): LabelledPage[] => pagesIn(join(import.meta.dirname, 'held-apart'));

/** Pages of the same form for tuning recognition (test/recognize/tuning/): their failures may be read. */
export const tuningPages = (): LabelledPage[] => pagesIn(join(import.meta.dirname, 'tuning'));

export function asArticle(p: LabelledPage): Article {
  return { text: p.text, meta: { title: p.title, date: p.date, source: null, byline: null, url: p.url, siteName: null }, headings: [] };
}
