// Weighs phrase hits into a verdict per campaign: is this section about the campaign, or does it
// mention it in passing? Position matters (a title or lead names what an article is about) and so
// does density (a long report that names the campaign once is about something else).

import { CAMPAIGNS, STRONG_WEIGHT } from './campaigns';
import { MIN_STRONG_HITS_UNANCHORED } from './gate';
import type { CampaignEvidence, CampaignId, CampaignMatch } from '../types';

export interface PlacedHit {
  campaignId: CampaignId;
  weight: number;
  evidence: CampaignEvidence;
  /** In the lead's first sentences, where an article says what it is about. */
  opening?: boolean;
}

const POSITION_FACTOR: Record<CampaignEvidence['where'], number> = { title: 3, heading: 2, lead: 2, body: 1 };
/** Repeats of one phrase count less each time: a slogan repeated ten times is still one slogan. */
const REPEAT_FACTORS = [1, 0.5, 0.5, 0.25];
const REPEAT_FACTOR_TAIL = 0.1;

export const MIN_SCORE = 8;
/** Phrases that name a campaign outright (./campaigns.ts): one in the lead's first sentences anchors it. */
const NAME_WEIGHT = 5;
/** A section shorter than this may be anchored by a single strong hit in a heading or lead. */
const SHORT_SECTION_CHARS = 800;
/** Strong hits per 1,000 characters that make a campaign article without any anchor. */
const MIN_STRONG_DENSITY = 0.6;
/** A second campaign is reported only when it carries this share of the first one's score. */
const SECONDARY_SHARE = 0.3;
const MAX_EVIDENCE = 12;

const campaignName = new Map(CAMPAIGNS.map((c) => [c.id, c.name['zh-Hans']]));
const partOf = new Map(CAMPAIGNS.map((c) => [c.id, c.partOf ?? []]));

export interface CampaignVerdict {
  match: CampaignMatch;
  isCampaign: boolean;
}

function judge(campaignId: CampaignId, hits: PlacedHit[], sectionChars: number): CampaignVerdict {
  const repeats = new Map<string, number>();
  let score = 0;
  let strongHits = 0;
  let titleAnchor = false;
  let softAnchor = false;
  let namedInOpening = false;
  for (const hit of hits) {
    const n = repeats.get(hit.evidence.phrase) ?? 0;
    repeats.set(hit.evidence.phrase, n + 1);
    score += hit.weight * POSITION_FACTOR[hit.evidence.where] * (REPEAT_FACTORS[n] ?? REPEAT_FACTOR_TAIL);
    if (hit.weight < STRONG_WEIGHT) continue;
    strongHits++;
    if (hit.evidence.where === 'title') titleAnchor = true;
    else if (hit.evidence.where === 'heading' || hit.evidence.where === 'lead') {
      softAnchor = true;
      if (hit.weight >= NAME_WEIGHT && hit.opening) namedInOpening = true;
    }
  }
  const density = strongHits / Math.max(1, sectionChars / 1000);
  const anchored =
    titleAnchor ||
    (softAnchor && (hits.length >= 2 || namedInOpening || sectionChars < SHORT_SECTION_CHARS)) ||
    (strongHits >= MIN_STRONG_HITS_UNANCHORED && density >= MIN_STRONG_DENSITY);
  return {
    isCampaign: score >= MIN_SCORE && anchored,
    match: {
      id: campaignId,
      name: campaignName.get(campaignId) ?? campaignId,
      score: Math.round(score * 10) / 10,
      evidence: hits.slice(0, MAX_EVIDENCE).map((h) => h.evidence),
    },
  };
}

/**
 * A routine meeting's report (a government's 常务会议, a Party group's 党组会议, a congress's 主任会议, a
 * 述职 meeting): its campaigns are items of the agenda unless named by two phrases or three times.
 */
export const ROUTINE_MEETING = /常务会议|党组(?:扩大)?会议|主任会议|常委会(?:第[一二三四五六七八九十百]+次)?会议|述职/;

/** The campaigns a section is about, best first; empty when it is about none. In a routine
 * meeting's report, a campaign named by one phrase, once or twice, is an item of its agenda. */
export function judgeSection(hits: PlacedHit[], sectionChars: number, routineMeeting = false): CampaignMatch[] {
  const byCampaign = new Map<CampaignId, PlacedHit[]>();
  for (const hit of hits) {
    const list = byCampaign.get(hit.campaignId);
    if (list) list.push(hit);
    else byCampaign.set(hit.campaignId, [hit]);
  }
  const verdicts: CampaignVerdict[] = [];
  for (const [id, list] of byCampaign) if (!routineMeeting || new Set(list.map((h) => h.evidence.phrase)).size > 1 || list.length > 2) verdicts.push(judge(id, list, sectionChars));
  const found = new Set(verdicts.filter((v) => v.isCampaign).map((v) => v.match.id));
  // A campaign that is part of another found on the page is that one's, not a second campaign.
  const accepted = verdicts.filter((v) => v.isCampaign && !partOf.get(v.match.id)?.some((id) => found.has(id))).map((v) => v.match);
  accepted.sort((a, b) => b.score - a.score);
  const best = accepted[0]?.score ?? 0;
  return accepted.filter((m) => m.score >= best * SECONDARY_SHARE);
}
