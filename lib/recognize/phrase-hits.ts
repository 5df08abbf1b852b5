// Finds campaign phrases in (script-folded) text. One compiled regex per phrase: V8 scans literal
// prefixes quickly, which keeps a 10,000-character article well under a millisecond.

import { CAMPAIGNS, type CampaignPhrase } from './campaigns';
import type { CampaignId } from '../types';

export interface PhraseHit {
  campaignId: CampaignId;
  phrase: CampaignPhrase;
  start: number;
  end: number;
}

interface CompiledPhrase {
  campaignId: CampaignId;
  phrase: CampaignPhrase;
  regex: RegExp;
}

const SEPARATOR = '[、，,·\\s]*';
const QUOTES = '“”"『』「」‘’';

function phraseSource(phrase: CampaignPhrase): string {
  if (phrase.pattern) return phrase.pattern;
  let src = '';
  for (const ch of phrase.text) {
    if (ch === '、') src += SEPARATOR;
    else if (QUOTES.includes(ch)) src += `[${QUOTES}]?`;
    else src += ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  }
  return src;
}

const COMPILED: CompiledPhrase[] = CAMPAIGNS.flatMap((campaign) =>
  campaign.phrases.map((phrase) => ({
    campaignId: campaign.id,
    phrase,
    regex: new RegExp(phraseSource(phrase), 'g'),
  })),
);

/** The compiled regex of a phrase, for tests that hold data and matcher together. */
export function phraseRegex(phrase: CampaignPhrase): RegExp {
  return new RegExp(phraseSource(phrase));
}

/**
 * All phrase occurrences, in order of position. Where phrases overlap (主题教育 inside
 * 不忘初心、牢记使命主题教育), only the longest counts: it says which campaign is meant.
 */
export function findPhraseHits(foldedText: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const compiled of COMPILED) {
    const { regex } = compiled;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(foldedText)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ campaignId: compiled.campaignId, phrase: compiled.phrase, start: m.index, end: m.index + m[0].length });
    }
  }
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseHit[] = [];
  let coveredUntil = -1;
  for (const hit of hits) {
    if (hit.end <= coveredUntil) continue; // inside a longer, earlier-starting hit
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      // Partial overlap: keep the longer of the two.
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      coveredUntil = Math.max(coveredUntil, hit.end);
      continue;
    }
    kept.push(hit);
    coveredUntil = hit.end;
  }
  return kept;
}
