import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/sites';
import { quickCampaignCheck, recognizeCampaign } from '../../lib/recognize';
import { locate } from '../../lib/page/article-text';
import { fixturePages, parsePage } from '../sites/fixture-pages';

const pages = fixturePages();

describe('campaign recognition on the fixture pages', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const result = readArticle(parsePage(page.html), page.expected.url);
    if (!result) {
      expect(page.expected.isCampaign).toBe(false);
      return;
    }
    const recognition = recognizeCampaign(result.article);
    expect(recognition.isCampaign).toBe(page.expected.isCampaign);
    expect(recognition.campaigns.map((c) => c.id)).toEqual(page.expected.campaigns);
    if (page.expected.isCampaign) {
      expect(quickCampaignCheck(result.article.text)).toBe(true);
      // Evidence points at the words it quotes.
      for (const c of recognition.campaigns) {
        for (const e of c.evidence) {
          const source = e.where === 'title' ? result.article.meta.title ?? '' : result.article.text;
          expect(source.slice(e.offset, e.offset + e.phrase.length)).toBe(e.phrase);
        }
      }
    }
  });

  it('seed 003 as a page: only the lead story of the newspaper page is a campaign section', () => {
    const page = pages.find((p) => p.name === 'seed-003-china-com')!;
    const { article } = readArticle(parsePage(page.html), page.expected.url)!;
    const sections = recognizeCampaign(article).sections ?? [];
    expect(sections.map((s) => s.isCampaign)).toEqual([true, ...sections.slice(1).map(() => false)]);
    expect(sections.length).toBeGreaterThanOrEqual(5);
  });

  it('seed 000 as a page: the appended snow-clearing story is a separate, non-campaign section', () => {
    const page = pages.find((p) => p.name === 'seed-000-zynews')!;
    const { article } = readArticle(parsePage(page.html), page.expected.url)!;
    const sections = recognizeCampaign(article).sections ?? [];
    expect(sections.map((s) => s.isCampaign)).toEqual([true, false]);
    expect(article.text.slice(sections[1]!.start, sections[1]!.end)).toContain('除雪');
  });
});

describe('figure offsets map back to the page', () => {
  it.each([
    ['seed-000-china-com', '9606个参学单位'],
    ['seed-000-zynews', '62.8万多名党员'],
    ['seed-004-people', '162万'],
  ])('%s: %s', (name, figure) => {
    const page = pages.find((p) => p.name === name)!;
    const { article, text } = readArticle(parsePage(page.html), page.expected.url)!;
    const start = article.text.indexOf(figure);
    expect(start).toBeGreaterThanOrEqual(0);
    const from = locate(text.segments, start)!;
    const to = locate(text.segments, start + figure.length)!;
    expect(from.node).toBe(to.node);
    expect(from.node.data.slice(from.offset, to.offset)).toBe(figure);
  });
});
