// The cheap tests that come before recognition: whether a text names any campaign at all, and
// whether a page may be a campaign article, judged from the few strings a page gives cheaply.
// The gate script runs this on every page of a news site, so this file imports only the markers,
// already written in both scripts (no phrase regexes, no scoring, no script mapping).
import markerForms from './marker-forms.json';

/** Every marker in both scripts (scripts/build-gate-markers.ts), searched for as literal strings:
 * in Chromium a regex alternation of them took 5–8 ms on its first run in a new page, the literal
 * searches a fraction of that. */
const MARKER_FORMS: readonly string[] = markerForms.campaign;
/** Title markers of a drive that names no known campaign (./genre.ts), in both scripts. */
const DRIVE_TITLE_FORMS: readonly string[] = markerForms.driveTitle;

/** Strong hits that make a section a campaign article with no title, heading or lead naming it
 * (./score.ts): every strong phrase holds a marker, so fewer markers than this cannot do it. */
export const MIN_STRONG_HITS_UNANCHORED = 3;

/**
 * Cheap pre-filter: false means "certainly not a campaign article".
 * True for every text that recognizeCampaign accepts (unless a marker in it mixes the two
 * scripts), and for some others.
 */
export function quickCampaignCheck(text: string): boolean {
  return MARKER_FORMS.some((form) => text.includes(form));
}

/** Marker occurrences in `text` (a marker inside a longer one counts too), counting stops at `atMost`. */
export function countCampaignMarkers(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (const form of MARKER_FORMS) {
    for (let at = text.indexOf(form); at >= 0 && n < atMost; at = text.indexOf(form, at + form.length)) n++;
  }
  return n;
}

/** What the gate reads of a page. The getters are asked only when the body names a campaign. */
export interface GateView {
  /** The document's title (and Open Graph title). */
  title: string;
  /** The body's whole text (asked when the title names no campaign). */
  body(): string;
  /** Headings: h1–h6 and short emphasised lines (story titles on newspaper pages). */
  headings(): string;
  /** The article's first paragraphs, where it says what it is about. */
  lead(): string;
  /** Text that is never article text: links outside paragraphs (menus, sidebars), scripts, styles. */
  furniture(): string;
}

/**
 * Whether the engine should look at the page: a campaign named in the title, a heading or the
 * lead, or named often enough in the body's own text (furniture aside) to make an article by
 * density alone, or a title that names a drive (an unnamed one is recognized only from its title
 * here, though recognizeCampaign also takes one named in a heading or the lead). False means
 * recognizeCampaign would say no to the article the engine finds, save for such unnamed drives.
 */
export function mayBeCampaignArticle(page: GateView): boolean {
  const titled = quickCampaignCheck(page.title) || DRIVE_TITLE_FORMS.some((form) => page.title.includes(form));
  if (!titled && !quickCampaignCheck(page.body())) return false;
  if (titled || quickCampaignCheck(page.headings()) || quickCampaignCheck(page.lead())) return true;
  const needed = MIN_STRONG_HITS_UNANCHORED + countCampaignMarkers(page.furniture());
  return countCampaignMarkers(page.body(), needed) >= needed;
}
