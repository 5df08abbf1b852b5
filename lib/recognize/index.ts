// Campaign recognition: is this article (or which of its stories) a campaign article, and which
// campaign? Pure: the content script, the background and the command-line tools share it.
//
//   text ─ readings out, script folded ─► phrase hits ─► placed in title / heading / lead / body of a
//        section ─► per-section verdict (score, anchor, density; else the genre of an unnamed drive)
//        ─► article verdict

import type { Article, CampaignEvidence, CampaignMatch, Recognition, SectionRecognition } from '../types';
import { foldScript } from '../script-fold';
import { findPhraseHits } from './phrase-hits';
import { paragraphsOf, sectionsOf, type Paragraph, type Section } from './article-layout';
import { judgeSection, ROUTINE_MEETING, type PlacedHit } from './score';
import { findGenreHits, judgeGenre, type GenreHit, type PlacedGenreHit } from './genre';
import { CAMPAIGNS, UNNAMED_DRIVE } from './campaigns';
import { firstAtOrAfter } from '../sorted';
import { withoutGlosses } from '../glosses';
import { isSentenceBreak } from '../extract/text-classes';

export { CAMPAIGNS, CAMPAIGN_MARKERS } from './campaigns';
export { quickCampaignCheck } from './gate';

function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | undefined {
  const p = paragraphs[firstAtOrAfter(paragraphs, offset + 1, (q) => q.start) - 1];
  return p && offset < p.end ? p : undefined;
}

/** Where in its section a hit in the text is: the title (when the text opens with it), a heading, the lead or the body. */
function placeOf(start: number, section: Section, paragraphs: Paragraph[], titleSpan: Paragraph | null): CampaignEvidence['where'] {
  if (titleSpan && start >= titleSpan.start && start < titleSpan.end) return 'title';
  if (paragraphAt(paragraphs, start)?.kind === 'heading') return 'heading';
  if (section.lead && start >= section.lead.start && start < section.lead.end) return 'lead';
  return 'body';
}

/** Where the sentence that opens at `from` ends. */
function sentenceEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSentenceBreak(text[i])) i++;
  return i;
}

// `以开展学习贯彻…主题教育为动力,…`: a campaign a statistics bulletin or a work report names as what drove the year is no
// subject of the page, however early it stands.
const MEANS_BEFORE = /以(?:开展|深入开展|扎实开展)?$/;
const MEANS_AFTER = /^(?:活动)?为(?:动力|契机|抓手|引领|统领|主线|牵引|指引)/;

function framedAsMeans(text: string, hit: { start: number; end: number }): boolean {
  return MEANS_BEFORE.test(foldScript(text.slice(Math.max(0, hit.start - 6), hit.start))) && MEANS_AFTER.test(foldScript(text.slice(hit.end, hit.end + 6)));
}

function evidenceOf(hit: { start: number; end: number }, text: string, where: CampaignEvidence['where']): CampaignEvidence {
  return { phrase: text.slice(hit.start, hit.end), where, offset: hit.start };
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

/** A text as recognition reads it (readings in brackets out, script folded), and its hits placed back in the text. */
function readable(text: string): { folded: string; back<H extends { start: number; end: number }>(hit: H): H } {
  const plain = withoutGlosses(text);
  if (!plain) return { folded: foldScript(text), back: (hit) => hit };
  return { folded: foldScript(plain.text), back: (hit) => ({ ...hit, start: plain.original(hit.start), end: plain.originalEnd(hit.end) }) };
}

const unnamedDriveName = CAMPAIGNS.find((c) => c.id === UNNAMED_DRIVE)!.name['zh-Hans'];

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
  const titleRead = readable(title && !titleInText ? title : '');
  const titleHits: PlacedHit[] = findPhraseHits(titleRead.folded).map(titleRead.back).map((h) => ({
    campaignId: h.campaignId,
    weight: h.phrase.weight,
    evidence: evidenceOf(h, title, 'title'),
  }));

  const textRead = readable(text);
  const hits = findPhraseHits(textRead.folded).map(textRead.back);
  // Only pages that name no campaign are read for the genre's words.
  let genreHits: GenreHit[] | undefined;
  let titleGenreHits: PlacedGenreHit[] | undefined;
  let h = 0;
  const judged: SectionRecognition[] = sections.map((section, index) => {
    const titleSpan = index === 0 ? titleInText : null;
    const placed: PlacedHit[] = index === 0 ? [...titleHits] : [];
    // Two sentences: a lead may open with a saying (一元复始,万象更新。) before its news.
    const openingEnd = section.lead ? sentenceEnd(text, sentenceEnd(text, section.lead.start) + 1) : -1;
    for (; h < hits.length && hits[h]!.start < section.end; h++) {
      const hit = hits[h]!;
      const where = placeOf(hit.start, section, paragraphs, titleSpan);
      const opening = where === 'lead' && hit.start < openingEnd && !framedAsMeans(text, hit);
      placed.push({ campaignId: hit.campaignId, weight: hit.phrase.weight, evidence: evidenceOf(hit, text, where), opening });
    }
    const routineMeeting = ROUTINE_MEETING.test(foldScript(`${index === 0 ? title : ''}\n${openingEnd < 0 ? '' : text.slice(section.start, openingEnd)}`));
    let campaigns = judgeSection(placed, section.end - section.start, routineMeeting);
    // A drive in a routine meeting's report is an item of its agenda.
    if (campaigns.length === 0 && !routineMeeting) {
      genreHits ??= findGenreHits(textRead.folded).map(textRead.back);
      titleGenreHits ??= findGenreHits(titleRead.folded).map(titleRead.back).map((g) => ({ family: g.family, evidence: evidenceOf(g, title, 'title') }));
      const inSection = genreHits
        .filter((g) => g.start >= section.start && g.start < section.end)
        .map((g) => ({ family: g.family, evidence: evidenceOf(g, text, placeOf(g.start, section, paragraphs, titleSpan)) }));
      const drive = judgeGenre(index === 0 ? [...titleGenreHits, ...inSection] : inSection);
      if (drive) campaigns = [{ id: UNNAMED_DRIVE, name: unnamedDriveName, ...drive }];
    }
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
