// The gate's campaign test on real pages: it must open for every page the engine would take for a
// campaign article (or the engine never sees it), and stay shut on pages that only link to one.
import { describe, expect, it } from 'vitest';
import { gateView } from '@/entrypoints/content/gate-view';
import { countCampaignMarkers, mayBeCampaignArticle, quickCampaignCheck } from '@/lib/recognize/gate';
import { bothScriptForms } from '@/scripts/build-gate-markers';
import { recognizeCampaign } from '@/lib/recognize';
import { UNNAMED_DRIVE } from '@/lib/recognize/campaigns';
import { readArticle } from '@/lib/sites';
import { fixturePages, parsePage } from '../sites/fixture-pages';
import { holdoutIds, loadCorpus } from '../corpus/corpus';
import { asArticle, tuningPages } from '../recognize/held-apart';
import { withoutGlosses } from '@/lib/glosses';

const pages = fixturePages();

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('the markers, searched for as literal strings', () => {
  it('are looked for in both scripts, every traditional variant included', () => {
    expect(bothScriptForms('为群众')).toEqual(expect.arrayContaining(['为群众', '為群眾', '為群衆', '爲羣眾']));
    expect(quickCampaignCheck('深入開展黨史學習教育')).toBe(true);
    expect(quickCampaignCheck('深入开展党史学习教育')).toBe(true);
    expect(quickCampaignCheck('春运首日郑州公交地铁运送乘客156.3万人次')).toBe(false);
  });

  it('are counted at every occurrence, up to the bound asked', () => {
    // 主题教育 in each script, and 学党史.
    expect(countCampaignMarkers('主题教育……主題教育……学党史')).toBe(3);
    expect(countCampaignMarkers('主题教育……主題教育……学党史', 2)).toBe(2);
  });
});

describe('the gate on the fixture pages', () => {
  it.each(pages.filter((p) => p.expected.isCampaign).map((p) => [p.name, p] as const))('%s (a campaign article) opens it', (_name, page) => {
    expect(mayBeCampaignArticle(gateView(parsePage(page.html)))).toBe(true);
  });

  it('opens for every page whose article the recognizer accepts', () => {
    const accepted = pages.filter((p) => {
      const read = readArticle(parsePage(p.html), p.expected.url);
      return read !== null && recognizeCampaign(read.article).isCampaign;
    });
    expect(accepted.length).toBeGreaterThan(10);
    expect(accepted.filter((p) => !mayBeCampaignArticle(gateView(parsePage(p.html)))).map((p) => p.name)).toEqual([]);
  });

  it('stays shut on a page that names campaigns only in its menu and sidebar links', () => {
    const page = pages.find((p) => p.name === 'control-campaign-links-in-sidebar')!;
    const view = gateView(parsePage(page.html));
    // The body's text does name them: the links are what the gate sets aside.
    expect(countCampaignMarkers(view.body())).toBeGreaterThanOrEqual(3);
    expect(mayBeCampaignArticle(view)).toBe(false);
  });

  it('stays shut on a page whose campaign words are only in its scripts', () => {
    const page = pages.find((p) => p.name === 'control-mostly-scripts')!;
    const view = gateView(parsePage(page.html));
    expect(countCampaignMarkers(view.body())).toBeGreaterThan(0);
    expect(mayBeCampaignArticle(view)).toBe(false);
  });

  it('stays shut on the controls that name no campaign', () => {
    const quiet = pages.filter((p) => !p.expected.isCampaign && countCampaignMarkers(gateView(parsePage(p.html)).body()) === 0);
    expect(quiet.length).toBeGreaterThan(8);
    expect(quiet.filter((p) => mayBeCampaignArticle(gateView(parsePage(p.html)))).map((p) => p.name)).toEqual([]);
  });
});

describe('the gate on the real corpus, each article laid out as a page', () => {
  // Title as <h1>, each line as a paragraph: the layout of most of the news pages it comes from.
  const asPage = (title: string | null, text: string) =>
    parsePage(
      `<!doctype html><html><head><title>${escape(title ?? '')}</title></head><body><h1>${escape(title ?? '')}</h1>` +
        text
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => `<p>${escape(l)}</p>`)
          .join('') +
        '</body></html>',
    );
  const corpus = loadCorpus();

  it('opens for every article the recognizer accepts, save copies with readings in brackets that break every marker (辦實(shí)事) and drives named in a heading only', () => {
    const recognition = (a: (typeof corpus)[number]) => recognizeCampaign({ text: a.text, meta: { title: a.title, date: null, source: null, byline: null, url: a.url, siteName: null }, headings: [] });
    // The gate's contract (lib/recognize/gate.ts): a drive that names no known campaign, named in a heading only
    // (`(四)“大走访”受理情况`), is left to the reader's request.
    const onlyHeadingDrive = (a: (typeof corpus)[number]) => recognition(a).campaigns.every((c) => c.id === UNNAMED_DRIVE && c.evidence.every((e) => e.where === 'heading'));
    const accepted = corpus.filter((a) => recognition(a).isCampaign);
    expect(accepted.length).toBeGreaterThan(12);
    const missed = accepted.filter((a) => !mayBeCampaignArticle(gateView(asPage(a.title, a.text))) && withoutGlosses(a.text) === null && !onlyHeadingDrive(a));
    // The held-apart articles are measured, never tuned on: their misses are printed, not asserted.
    const held = holdoutIds();
    console.log(`gate on the corpus's held-apart articles the recognizer accepts: ${missed.filter((a) => held.has(a.id)).length} not opened of ${accepted.filter((a) => held.has(a.id)).length}`);
    expect(missed.filter((a) => !held.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('opens for every page of the recognition tuning sets the recognizer accepts, save copies with readings in brackets (發(fā)), which the literal markers miss', () => {
    const accepted = tuningPages().filter((p) => withoutGlosses(p.text) === null && recognizeCampaign(asArticle(p)).isCampaign);
    expect(accepted.length).toBeGreaterThan(200);
    expect(accepted.filter((p) => !mayBeCampaignArticle(gateView(asPage(p.title, p.text)))).map((p) => p.id)).toEqual([]);
  });

  it('opens for a drive named in the lead, though the page names no campaign (c1-06: “联镇街入村社、走企业访群众”活动)', () => {
    const a = corpus.find((x) => x.id === 'c1-06-ningbo')!;
    const view = gateView(asPage(a.title, a.text));
    expect(countCampaignMarkers(`${view.title}\n${view.body()}`)).toBe(0);
    expect(mayBeCampaignArticle(view)).toBe(true);
  });

  it('stays shut on most controls', () => {
    const controls = corpus.filter((a) => a.kind === 'control');
    const opened = controls.filter((a) => mayBeCampaignArticle(gateView(asPage(a.title, a.text))));
    expect(controls.length).toBeGreaterThan(10);
    expect(opened.length).toBeLessThanOrEqual(controls.length / 4);
  });
});
