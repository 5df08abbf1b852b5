// What content scripts and extension pages send to the background. The background parses every
// message with this schema first: a message that does not have exactly the expected shape and
// sizes is refused, whoever sent it (who may ask what is checked in entrypoints/background/).
import * as v from 'valibot';
import { LIMITS } from '../messages';
import { CampaignIdSchema, ReferenceScopeSchema, boundedList, text, whole } from './common';
import { ArticleMetaSchema, PageFigureSchema, pageOffset } from './page';

/** What every page sends of itself. No page sends more text than the content script reads of an article. */
const PAGE_FIELDS = { url: text(LIMITS.urlChars), meta: ArticleMetaSchema, text: text(LIMITS.textChars) };

/** A page with its figures: every figure inside the text, and exactly the text at its offsets. */
export const PagePayloadSchema = v.pipe(
  v.object({ ...PAGE_FIELDS, figures: boundedList(PageFigureSchema, LIMITS.figures) }),
  v.check(
    (page) => page.figures.every((f) => f.end <= page.text.length && f.sentence.end <= page.text.length && page.text.slice(f.start, f.end) === f.text),
    'a figure is not the text at its offsets',
  ),
);

/** An article as the engine reads it from the page: its text, metadata and headings (offsets into
 * the text). Recognition, extraction and the checks run in the background on it. */
export const ArticlePayloadSchema = v.pipe(
  v.object({ ...PAGE_FIELDS, headings: boundedList(v.object({ start: pageOffset(), end: pageOffset() }), LIMITS.headings) }),
  v.check((page) => page.headings.every((h) => h.start <= h.end && h.end <= page.text.length), 'a heading is not inside the text'),
);

export const BackgroundRequestSchema = v.variant('type', [
  // A missing or unknown scope is the default, both sources. `campaignOnly`: a page the engine
  // looked at by itself is read no further than recognition when it is no campaign article.
  v.object({
    type: v.literal('check-page'),
    article: ArticlePayloadSchema,
    scope: v.fallback(ReferenceScopeSchema, 'both'),
    campaignOnly: v.fallback(v.boolean(), true),
  }),
  v.object({ type: v.literal('check-tab'), tabId: whole() }),
  // What the gate knows of a tab where the engine has not run.
  v.object({ type: v.literal('gate-summary'), tabId: whole() }),
  v.object({ type: v.literal('dataset-status'), reload: v.fallback(v.boolean(), false) }),
  v.object({ type: v.literal('library-add'), page: PagePayloadSchema, campaign: v.nullable(CampaignIdSchema) }),
  // One stored report's figures (bundled dataset or library), for two reports side by side.
  v.object({ type: v.literal('document-figures'), documentId: v.pipe(text(128), v.minLength(1)) }),
  v.object({ type: v.literal('load-card-ui') }),
  v.object({ type: v.literal('load-engine') }),
]);

export type PagePayload = v.InferOutput<typeof PagePayloadSchema>;
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** The request, with nothing but its known fields, if it is well-formed; else null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  const result = v.safeParse(BackgroundRequestSchema, message, { abortEarly: true });
  return result.success ? result.output : null;
}
