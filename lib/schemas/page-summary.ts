// A checked page's summary as a content script returns it to the popup, the side panel and the
// background: validated on that side, every nested record as deeply as a page the background
// receives (the page's text is not sent, so figure offsets are bounded by the longest article).
import * as v from 'valibot';
import { LIMITS, type PageSummary } from '../messages';
import type { CampaignMatch, CheckResult, Evidence, Recognition } from '../types';
import {
  CampaignEvidencePlaceSchema,
  CampaignIdSchema,
  CheckIdSchema,
  EvidenceOriginSchema,
  PageStatusSchema,
  ReferenceScopeSchema,
  SkipReasonSchema,
  VerdictSchema,
  boundedList,
  finiteNumber,
  nullableText,
  text,
  type Expect,
  type Same,
} from './common';
import { ArticleMetaSchema, PageFigureSchema, pageOffset } from './page';

const EvidenceSchema = v.object({
  quote: text(LIMITS.stringChars),
  figureText: nullableText(200),
  value: v.nullable(finiteNumber()),
  source: v.object({
    origin: EvidenceOriginSchema,
    documentId: nullableText(128),
    title: nullableText(LIMITS.stringChars),
    url: nullableText(LIMITS.urlChars),
    date: nullableText(64),
    siteName: nullableText(LIMITS.stringChars),
  }),
});

const CheckResultSchema = v.object({
  check: CheckIdSchema,
  figureId: text(32),
  verdict: VerdictSchema,
  confidence: v.pipe(finiteNumber(), v.minValue(0), v.maxValue(1)),
  evidence: boundedList(EvidenceSchema, LIMITS.figures),
  message_zh: text(LIMITS.stringChars),
  message_en: text(LIMITS.stringChars),
});

const CampaignMatchSchema = v.object({
  id: CampaignIdSchema,
  name: text(200),
  score: finiteNumber(),
  evidence: boundedList(v.object({ phrase: text(200), where: CampaignEvidencePlaceSchema, offset: pageOffset() }), LIMITS.figures),
});

const campaignMatches = () => boundedList(CampaignMatchSchema, LIMITS.figures);

const RecognitionSchema = v.object({
  isCampaign: v.boolean(),
  campaigns: campaignMatches(),
  sections: v.optional(
    boundedList(
      v.object({ start: pageOffset(), end: pageOffset(), title: nullableText(LIMITS.stringChars), isCampaign: v.boolean(), campaigns: campaignMatches() }),
      LIMITS.figures,
    ),
  ),
});

/** A plain object (not an array) whose values are all bounded text. */
const textRecord = (max: number) =>
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
    v.record(v.string(), text(max)),
  );

export const PageSummarySchema = v.object({
  status: PageStatusSchema,
  url: text(LIMITS.urlChars),
  meta: v.nullable(ArticleMetaSchema),
  recognition: v.nullable(RecognitionSchema),
  figures: boundedList(PageFigureSchema, LIMITS.figures),
  checks: v.array(CheckResultSchema),
  quotes: textRecord(LIMITS.stringChars),
  checkedAt: nullableText(64),
  error: nullableText(LIMITS.stringChars),
  timing: v.nullable(v.object({ totalMs: finiteNumber(), busyMs: finiteNumber(), longestSliceMs: finiteNumber() })),
  scope: ReferenceScopeSchema,
  skipped: v.optional(v.object({ reason: SkipReasonSchema, checkedChars: pageOffset() })),
});

// The schema describes exactly the documented types (lib/messages.ts, lib/types.ts).
export type PageSummaryMatches = Expect<Same<v.InferOutput<typeof PageSummarySchema>, PageSummary>>;
export type CheckResultMatches = Expect<Same<v.InferOutput<typeof CheckResultSchema>, CheckResult>>;
export type EvidenceMatches = Expect<Same<v.InferOutput<typeof EvidenceSchema>, Evidence>>;
export type RecognitionMatches = Expect<Same<v.InferOutput<typeof RecognitionSchema>, Recognition>>;
export type CampaignMatchMatches = Expect<Same<v.InferOutput<typeof CampaignMatchSchema>, CampaignMatch>>;

/** True when `v` is a well-formed page summary. The summary is used as it came (nothing is copied):
 * validation only. */
export function isPageSummary(value: unknown): value is PageSummary {
  return v.is(PageSummarySchema, value);
}
