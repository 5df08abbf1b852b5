// Shared domain types. Plain data only: everything here crosses message boundaries and is
// stored in IndexedDB, so no classes, no functions, no Dates (ISO strings instead).
// The closed sets of values come from lib/enums.ts; the schemas in lib/schemas/ validate these
// shapes where they cross a boundary and are checked, at compile time, to describe exactly them.
import type {
  CAMPAIGN_EVIDENCE_PLACES,
  CAMPAIGN_IDS,
  CHECK_IDS,
  EVIDENCE_ORIGINS,
  FIGURE_KINDS,
  QUALIFIERS,
  VERDICTS,
} from './enums';

/** What a qualifier says about the stated number (see test/gold/README.md). */
export type Qualifier = (typeof QUALIFIERS)[number] | null;

export type FigureKind = (typeof FIGURE_KINDS)[number];

export type Verdict = (typeof VERDICTS)[number];

export type CampaignId = (typeof CAMPAIGN_IDS)[number];

export type CheckId = (typeof CHECK_IDS)[number];

/** A half-open range of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** One figure as written in an article. Offsets index into the article text. */
export interface Figure {
  /** Stable within one extraction run: `f0`, `f1`, … in document order. */
  id: string;
  /** `text.slice(start, end)` of the article: the figure as written (`62.8万多名党员`). */
  text: string;
  start: number;
  end: number;
  /** Where the numeric part starts and ends (`62.8万多` in `62.8万多名党员`). */
  numberStart: number;
  numberEnd: number;
  /** The resolved number, multiplier folded in: `7796.68亿元` → 779668000000. */
  value: number;
  /** Upper end of a range (`2~3件` → value 2, valueMax 3). */
  valueMax?: number;
  /** Measure word or unit without multiplier (`个`, `元`, `%`, `个百分点`), or null. */
  unit: string | null;
  qualifier: Qualifier;
  kind: FigureKind;
  /** What is counted, short and normalized (`党员`, `中心组学习`, `办复率`), or null. */
  label: string | null;
  /** Who or which scope, where the text says (`郑州市`, `金水区`), or null. */
  subject: string | null;
  /** The sentence that holds the figure. */
  sentence: Span;
}

/** Metadata of an article as far as the page or file tells it. All optional: pages lie and omit. */
export interface ArticleMeta {
  title: string | null;
  /** ISO date `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` where the page gives a time. */
  date: string | null;
  /** 来源: the outlet that first published the article (郑州日报, 河南日报 …). */
  source: string | null;
  /** 记者 / 通讯员 line. */
  byline: string | null;
  /** Canonical URL. */
  url: string | null;
  /** The site that shows the page (中华网, 郑州日报 …). */
  siteName: string | null;
}

/** An article reduced to what the DOM-free core needs. */
export interface Article {
  text: string;
  meta: ArticleMeta;
  /** Headings inside the body (sub-titles of a 综述, story titles on a newspaper page). */
  headings: Span[];
}

export interface CampaignEvidence {
  phrase: string;
  where: (typeof CAMPAIGN_EVIDENCE_PLACES)[number];
  offset: number;
}

export interface CampaignMatch {
  id: CampaignId;
  name: string;
  score: number;
  evidence: CampaignEvidence[];
}

export interface SectionRecognition extends Span {
  title: string | null;
  isCampaign: boolean;
  campaigns: CampaignMatch[];
}

export interface Recognition {
  isCampaign: boolean;
  campaigns: CampaignMatch[];
  /** Present when the article has several stories (a newspaper page, an appended story). */
  sections?: SectionRecognition[];
}

/** Where a quoted side of a check comes from; null fields mean the page itself does not say. */
export interface EvidenceSource {
  /** 'page' for the article being checked, 'bundled' or 'library' for reference documents. */
  origin: (typeof EVIDENCE_ORIGINS)[number];
  documentId: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  siteName: string | null;
}

export interface Evidence {
  /** The quoted words, e.g. the figure with a little context. */
  quote: string;
  /** The figure as written, where the side is a figure. */
  figureText: string | null;
  value: number | null;
  source: EvidenceSource;
}

export interface CheckResult {
  /** Id of the check that produced this (`rate-vs-counts`, `same-metric` …). */
  check: CheckId;
  figureId: string;
  verdict: Verdict;
  /** 0..1: how sure the check is of its verdict. */
  confidence: number;
  evidence: Evidence[];
  message_zh: string;
  message_en: string;
}
