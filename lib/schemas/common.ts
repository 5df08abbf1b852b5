// Building blocks of the boundary schemas (valibot): bounded text, finite numbers, offsets, lists
// whose length is checked before their items, and one schema per closed set of lib/enums.ts.
// Used by the background and the extension pages only: the content script never imports lib/schemas/.
import * as v from 'valibot';
import {
  CAMPAIGN_EVIDENCE_PLACES,
  CAMPAIGN_IDS,
  CHECK_IDS,
  DOCUMENT_ORIGINS,
  EVIDENCE_ORIGINS,
  FIGURE_KINDS,
  PAGE_STATUSES,
  QUALIFIERS,
  REFERENCE_SCOPES,
  SKIP_REASONS,
  VERDICTS,
} from '../enums';

/** A string of at most `max` UTF-16 code units. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nullableText = (max: number) => v.nullable(text(max));

/** A number that is not NaN nor ±Infinity. */
export const finiteNumber = () => v.pipe(v.number(), v.finite());

/** An integer from 0 to `max` (by default the largest exact one): an offset into a text, a count, a tab id. */
export const whole = (max = Number.MAX_SAFE_INTEGER) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** A list of at most `max` items, refused on its length before any item is looked at. */
export const boundedList = <const TItem extends v.GenericSchema>(item: TItem, max: number) =>
  v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));

export const FigureKindSchema = v.picklist(FIGURE_KINDS);
export const QualifierSchema = v.nullable(v.picklist(QUALIFIERS));
export const VerdictSchema = v.picklist(VERDICTS);
export const DocumentOriginSchema = v.picklist(DOCUMENT_ORIGINS);
export const EvidenceOriginSchema = v.picklist(EVIDENCE_ORIGINS);
export const CampaignEvidencePlaceSchema = v.picklist(CAMPAIGN_EVIDENCE_PLACES);
export const CampaignIdSchema = v.picklist(CAMPAIGN_IDS);
export const CheckIdSchema = v.picklist(CHECK_IDS);
export const ReferenceScopeSchema = v.picklist(REFERENCE_SCOPES);
export const PageStatusSchema = v.picklist(PAGE_STATUSES);
export const SkipReasonSchema = v.picklist(SKIP_REASONS);

/** True when A and B are the same type (not merely assignable one way). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `type _ = Expect<Same<InferOutput<typeof X>, Y>>` compiles only when the schema describes exactly Y. */
export type Expect<T extends true> = T;
