// A page's records as a content script sends them (to the background, and to the popup and side
// panel in its summary): the article's metadata and its figures, with the sizes one page may send.
import * as v from 'valibot';
import { LIMITS } from '../messages';
import type { ArticleMeta, Figure } from '../types';
import { FigureKindSchema, QualifierSchema, finiteNumber, nullableText, text, whole, type Expect, type Same } from './common';

/** An offset into a page's text: no page sends more text than the content script reads. */
export const pageOffset = () => whole(LIMITS.textChars);

export const ArticleMetaSchema = v.object({
  title: nullableText(LIMITS.stringChars),
  date: nullableText(64),
  source: nullableText(LIMITS.stringChars),
  byline: nullableText(LIMITS.stringChars),
  url: nullableText(LIMITS.urlChars),
  siteName: nullableText(LIMITS.stringChars),
});

/** A figure of a page. That it lies inside its page's text, and is its own slice of it, is checked
 * with the text (PagePayloadSchema); a summary carries no text, so its bound is the longest article. */
export const PageFigureSchema = v.pipe(
  v.object({
    id: text(32),
    text: text(200),
    start: pageOffset(),
    end: pageOffset(),
    numberStart: pageOffset(),
    numberEnd: pageOffset(),
    value: finiteNumber(),
    valueMax: v.optional(finiteNumber()),
    unit: nullableText(32),
    qualifier: QualifierSchema,
    kind: FigureKindSchema,
    label: nullableText(200),
    subject: nullableText(200),
    sentence: v.object({ start: pageOffset(), end: pageOffset() }),
  }),
  v.check((f) => f.start < f.end, 'a figure ends before it starts'),
);

// The schemas describe exactly the domain types of lib/types.ts (a change to one without the other does not compile).
export type ArticleMetaMatches = Expect<Same<v.InferOutput<typeof ArticleMetaSchema>, ArticleMeta>>;
export type FigureMatches = Expect<Same<v.InferOutput<typeof PageFigureSchema>, Figure>>;
