// The cheap tests that come before recognition: whether a text names any campaign at all, and
// whether a page may be a campaign article, judged from the few strings a page gives cheaply.
// The gate script runs this on every page of a news site, so this file imports only the markers,
// already written in both scripts (no phrase regexes, no scoring, no script mapping).
import markerForms from './marker-forms.json';

/** Every marker in both scripts (scripts/build-gate-markers.ts), searched for as literal strings:
 * in Chromium a regex alternation of them took 5–8 ms on its first run in a new page, the literal
 * searches a fraction of that. */
const MARKER_FORMS: readonly string[] = markerForms.campaign;
/** Markers of a drive that names no known campaign (./genre.ts), in both scripts. */
const DRIVE_FORMS: readonly string[] = markerForms.drive;
const { quotes, listed, after, before } = markerForms.quotedDrive;

/** A closing quote with a drive's kind or qualifier right after it (”活动, ”等活动) or a kind before it (工程”). */
function namesQuotedDrive(text: string): boolean {
  for (const quote of quotes) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      const next = text.startsWith(listed, at + 1) ? at + 1 + listed.length : at + 1;
      if (after.some((w) => text.startsWith(w, next)) || before.some((w) => text.endsWith(w, at))) return true;
    }
  }
  return false;
}

const namesDrive = (text: string) => DRIVE_FORMS.some((form) => text.includes(form)) || namesQuotedDrive(text);

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
 * density alone; or a drive that names no known campaign named in the title or the lead (./genre.ts
 * also takes one named in a heading). False means recognizeCampaign would say no to the article
 * the engine finds, save for such a drive named only in a heading.
 */
export function mayBeCampaignArticle(page: GateView): boolean {
  if (quickCampaignCheck(page.title) || namesDrive(page.title)) return true;
  // The lead is a few paragraphs: cheap to read on any page.
  if (!quickCampaignCheck(page.body())) return namesDrive(page.lead());
  if (quickCampaignCheck(page.headings()) || quickCampaignCheck(page.lead()) || namesDrive(page.lead())) return true;
  const needed = MIN_STRONG_HITS_UNANCHORED + countCampaignMarkers(page.furniture());
  return countCampaignMarkers(page.body(), needed) >= needed;
}
