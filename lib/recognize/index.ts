// Campaign recognition: is this article (or which of its stories) a campaign article, and which
// campaign? Pure: the content script, the background and the command-line tools share it.
//
//   text ─ fold script ─► phrase hits ─► placed in title / heading / lead / body of a section
//        ─► per-section verdict (score, anchor, density) ─► article verdict

import type { Article, CampaignMatch, Recognition, SectionRecognition } from '../types';
import { foldToSimplified } from './chinese-script';
import { findPhraseHits, type PhraseHit } from './phrase-hits';
import { paragraphsOf, sectionsOf, type Paragraph, type Section } from './article-layout';
import { judgeSection, type PlacedHit } from './score';
import { firstAtOrAfter } from '../sorted';

export { CAMPAIGNS, CAMPAIGN_MARKERS } from './campaigns';
export { quickCampaignCheck } from './gate';

function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | undefined {
  const p = paragraphs[firstAtOrAfter(paragraphs, offset + 1, (q) => q.start) - 1];
  return p && offset < p.end ? p : undefined;
}

function placeHit(hit: PhraseHit, text: string, section: Section, paragraphs: Paragraph[], titleSpan: Paragraph | null): PlacedHit {
  const p = paragraphAt(paragraphs, hit.start);
  let where: PlacedHit['evidence']['where'] = 'body';
  if (titleSpan && hit.start >= titleSpan.start && hit.start < titleSpan.end) where = 'title';
  else if (p?.kind === 'heading') where = 'heading';
  else if (section.lead && hit.start >= section.lead.start && hit.start < section.lead.end) where = 'lead';
  return {
    campaignId: hit.campaignId,
    weight: hit.phrase.weight,
    evidence: { phrase: text.slice(hit.start, hit.end), where, offset: hit.start },
  };
}

function mergeMatches(lists: CampaignMatch[][]): CampaignMatch[] {
  const merged = new Map<string, CampaignMatch>();
  for (const list of lists) {
    for (const m of list) {
      const seen = merged.get(m.id);
      if (!seen) merged.set(m.id, { ...m, evidence: [...m.evidence] });
      else {
        seen.score = Math.round((seen.score + m.score) * 10) / 10;
        seen.evidence.push(...m.evidence);
      }
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * Recognizes the campaign(s) an article is about. Evidence offsets index into `article.text`,
 * except for evidence `where: 'title'` taken from `article.meta.title`, which index into the title.
 */
export function recognizeCampaign(article: Article): Recognition {
  const text = article.text;
  const title = article.meta.title ?? '';
  const paragraphs = paragraphsOf(article);
  const sections = sectionsOf(article, paragraphs);

  // When the text itself opens with the title, that heading is the title; otherwise the
  // title (from the page's metadata) is scanned on its own.
  const firstParagraph = paragraphs[0];
  const titleInText =
    firstParagraph && firstParagraph.kind === 'heading' && title && text.slice(firstParagraph.start, firstParagraph.end).trim() === title.trim()
      ? firstParagraph
      : null;
  const titleHits: PlacedHit[] =
    title && !titleInText
      ? findPhraseHits(foldToSimplified(title)).map((h) => ({
          campaignId: h.campaignId,
          weight: h.phrase.weight,
          evidence: { phrase: title.slice(h.start, h.end), where: 'title' as const, offset: h.start },
        }))
      : [];

  const hits = findPhraseHits(foldToSimplified(text));
  let h = 0;
  const judged: SectionRecognition[] = sections.map((section, index) => {
    const placed: PlacedHit[] = index === 0 ? [...titleHits] : [];
    while (h < hits.length && hits[h]!.start < section.end) {
      placed.push(placeHit(hits[h]!, text, section, paragraphs, index === 0 ? titleInText : null));
      h++;
    }
    const campaigns = judgeSection(placed, section.end - section.start);
    const sectionTitle = section.title ? text.slice(section.title.start, section.title.end) : index === 0 ? title || null : null;
    return { start: section.start, end: section.end, title: sectionTitle, isCampaign: campaigns.length > 0, campaigns };
  });

  if (judged.length <= 1) {
    const only = judged[0];
    return { isCampaign: only?.isCampaign ?? false, campaigns: only?.campaigns ?? [] };
  }
  const campaigns = mergeMatches(judged.filter((s) => s.isCampaign).map((s) => s.campaigns));
  return { isCampaign: campaigns.length > 0, campaigns, sections: judged };
}
