// What the gate reads of a page for its campaign test (lib/recognize/gate.ts): the title, then the
// body's text when the title names no campaign (both native reads); headings, lead and furniture
// only when the body names one, each bounded, so that no page makes the gate walk it whole.
import type { GateView } from '@/lib/recognize/gate';

/** Lines the recognizer may take for headings: h1–h6, emphasised lines, and short paragraphs
 * without a sentence end (story titles of newspaper pages are often plain <p> or <strong>). */
const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,strong,b,p';
const MAX_HEADING_CHARS = 40;
const SENTENCE_END = /[。！？；!?;]/;
/** Paragraphs of at least this length open an article (shorter ones are captions, dates, credits). */
const LEAD_MIN_CHARS = 20;
const LEAD_PARAGRAPHS = 2;
/** Bounds on the elements read: an article page has far fewer of each. */
const MAX_ELEMENTS = 5_000;

function headingsOf(doc: Document): string {
  const out: string[] = [];
  const elements = doc.body?.querySelectorAll(HEADING_SELECTOR) ?? [];
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const text = (elements[i]!.textContent ?? '').trim();
    if (text.length > MAX_HEADING_CHARS) continue;
    if (elements[i]!.localName === 'p' && SENTENCE_END.test(text)) continue;
    out.push(text);
  }
  return out.join('\n');
}

function leadOf(doc: Document): string {
  const out = [doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
  const paragraphs = doc.body?.getElementsByTagName('p') ?? [];
  for (let i = 0; i < paragraphs.length && i < MAX_ELEMENTS && out.length <= LEAD_PARAGRAPHS; i++) {
    const text = (paragraphs[i]!.textContent ?? '').trim();
    if (text.length >= LEAD_MIN_CHARS) out.push(text);
  }
  return out.join('\n');
}

function furnitureOf(doc: Document): string {
  const out: string[] = [];
  const elements = doc.body?.querySelectorAll('a,script,style,noscript,template') ?? [];
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const element = elements[i]!;
    // A link inside a paragraph is part of the article's sentence.
    if (element.localName === 'a' && element.closest('p')) continue;
    out.push(element.textContent ?? '');
  }
  return out.join('\n');
}

export function gateView(doc: Document): GateView {
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  let body: string | undefined;
  let lead: string | undefined;
  return {
    title: `${doc.title}\n${ogTitle}`,
    // A copy of the whole text, megabytes on some pages: made once, and only if needed.
    body: () => (body ??= doc.body?.textContent ?? ''),
    headings: () => headingsOf(doc),
    lead: () => (lead ??= leadOf(doc)),
    furniture: () => furnitureOf(doc),
  };
}
