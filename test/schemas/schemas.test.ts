// The boundary schemas (lib/schemas/) beyond what test/messages, test/dataset and test/fuzz pin:
// the closed sets come from lib/enums.ts, what a schema accepts holds only known fields, and the
// content script's hand-checked parser agrees with them on the values they share.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/lib/dataset/build';
import { checkLibraryFile, LIBRARY_FILE_SCHEMA } from '@/lib/dataset/library-file';
import { CAMPAIGN_IDS, CHECK_IDS, FIGURE_KINDS, QUALIFIERS, REFERENCE_SCOPES, VERDICTS } from '@/lib/enums';
import { parseContentRequest } from '@/lib/messages';
import { CAMPAIGNS } from '@/lib/recognize/campaigns';
import { parseBackgroundRequest } from '@/lib/schemas/background-request';
import { isDataset } from '@/lib/schemas/dataset';
import { isPageSummary } from '@/lib/schemas/page-summary';
import type { PageSummary } from '@/lib/messages';
import { VERDICT_ORDER } from '@/lib/verdicts';
import { curation, seeds } from '../compare/seed-pages';
import { SENTENCE, summaryInput } from '../export/fixtures';

const page = () => {
  const input = summaryInput();
  return { url: input.url, meta: input.meta!, text: SENTENCE, figures: input.figures };
};
const article = () => {
  const input = summaryInput();
  return { url: input.url, meta: input.meta!, text: SENTENCE, headings: [{ start: 0, end: 4 }] };
};
const libraryAdd = (p: object) => ({ type: 'library-add', page: p, campaign: null });

function summary(): PageSummary {
  const input = summaryInput();
  return {
    status: 'checked', url: input.url, meta: input.meta!, recognition: input.recognition!, figures: input.figures, checks: input.checks,
    quotes: input.quotes!, checkedAt: input.checkedAt!, error: null, timing: null, scope: 'both',
  };
}

describe('one list per closed set', () => {
  it('the verdict order is the verdict list', () => {
    expect(VERDICT_ORDER).toBe(VERDICTS);
  });

  it('every campaign id has one campaign, in the order of the list', () => {
    expect(CAMPAIGNS.map((c) => c.id)).toEqual([...CAMPAIGN_IDS]);
  });

  it.each([
    ['kind', FIGURE_KINDS, (k: string) => ({ ...page().figures[0]!, kind: k })],
    ['qualifier', QUALIFIERS, (q: string) => ({ ...page().figures[0]!, qualifier: q })],
  ] as const)('a page figure of every %s is accepted, and of no other', (_name, list, make) => {
    for (const value of list) expect(parseBackgroundRequest(libraryAdd({ ...page(), figures: [make(value)] }))).not.toBeNull();
    expect(parseBackgroundRequest(libraryAdd({ ...page(), figures: [make('several')] }))).toBeNull();
  });
});

describe('requests to the background', () => {
  it('keep only their known fields', () => {
    const request = parseBackgroundRequest({
      type: 'check-page',
      article: { ...article(), extra: '<script>', headings: [{ start: 0, end: 4, onclick: 'x' }] },
      scope: 'library',
      also: 1,
    });
    expect(request).not.toBeNull();
    expect(Object.keys(request!)).toEqual(['type', 'article', 'scope', 'campaignOnly']);
    expect(request!.type === 'check-page' && Object.keys(request!.article)).toEqual(['url', 'meta', 'text', 'headings']);
    expect(request!.type === 'check-page' && Object.keys(request!.article.headings[0]!)).toEqual(['start', 'end']);
    const added = parseBackgroundRequest({ ...libraryAdd({ ...page(), extra: '<script>', figures: [{ ...page().figures[0]!, onclick: 'x' }] }), also: 1 });
    expect(added!.type === 'library-add' && Object.keys(added!.page)).toEqual(['url', 'meta', 'text', 'figures']);
    expect(added!.type === 'library-add' && 'onclick' in added!.page.figures[0]!).toBe(false);
  });

  it('check-page reads no further than recognition unless asked, and refuses a heading outside the text', () => {
    expect(parseBackgroundRequest({ type: 'check-page', article: article() })).toMatchObject({ campaignOnly: true });
    expect(parseBackgroundRequest({ type: 'check-page', article: article(), campaignOnly: false })).toMatchObject({ campaignOnly: false });
    expect(parseBackgroundRequest({ type: 'check-page', article: { ...article(), headings: [{ start: 2, end: SENTENCE.length + 1 }] } })).toBeNull();
    expect(parseBackgroundRequest({ type: 'check-page', article: { ...article(), headings: [{ start: 4, end: 2 }] } })).toBeNull();
  });

  it.each(REFERENCE_SCOPES.map((s) => [s]))('scope %s is kept; an unknown or missing scope is both sources, on either side', (scope) => {
    expect(parseBackgroundRequest({ type: 'check-page', article: article(), scope })).toMatchObject({ scope });
    expect(parseContentRequest({ type: 'run', scope })).toMatchObject({ scope });
    for (const other of ['everything', undefined, 3]) {
      expect(parseBackgroundRequest({ type: 'check-page', article: article(), scope: other })).toMatchObject({ scope: 'both' });
      expect(parseContentRequest({ type: 'run', scope: other })).toMatchObject({ scope: 'both' });
    }
  });

  it('library-add names a known campaign, or none', () => {
    expect(parseBackgroundRequest({ type: 'library-add', page: page(), campaign: CAMPAIGN_IDS[0] })).not.toBeNull();
    expect(parseBackgroundRequest({ type: 'library-add', page: page(), campaign: null })).not.toBeNull();
    expect(parseBackgroundRequest({ type: 'library-add', page: page(), campaign: 'my-campaign' })).toBeNull();
  });

  it('a figure that ends before it starts is refused', () => {
    const f = page().figures[0]!;
    expect(parseBackgroundRequest(libraryAdd({ ...page(), figures: [{ ...f, start: f.end, end: f.start }] }))).toBeNull();
  });

  it('dataset-status reloads only when asked with true', () => {
    expect(parseBackgroundRequest({ type: 'dataset-status', reload: true })).toEqual({ type: 'dataset-status', reload: true });
    expect(parseBackgroundRequest({ type: 'dataset-status', reload: 'yes' })).toEqual({ type: 'dataset-status', reload: false });
    expect(parseBackgroundRequest({ type: 'dataset-status' })).toEqual({ type: 'dataset-status', reload: false });
  });
});

describe('page summaries', () => {
  it.each([
    ['a check of an unknown id', (s: PageSummary) => ({ ...s, checks: [{ ...s.checks[0]!, check: 'my-check' }] })],
    ['a campaign of an unknown id', (s: PageSummary) => ({ ...s, recognition: { ...s.recognition!, campaigns: [{ ...s.recognition!.campaigns[0]!, id: 'my-campaign' }] } })],
    ['a confidence above 1', (s: PageSummary) => ({ ...s, checks: [{ ...s.checks[0]!, confidence: 1.5 }] })],
    ['quotes that are a list', (s: PageSummary) => ({ ...s, quotes: ['x'] })],
  ])('refuse %s', (_name, change) => {
    expect(isPageSummary(summary())).toBe(true);
    expect(isPageSummary(change(summary()))).toBe(false);
  });

  it('accept every check id and verdict', () => {
    for (const check of CHECK_IDS) for (const verdict of VERDICTS) {
      expect(isPageSummary({ ...summary(), checks: [{ ...summary().checks[0]!, check, verdict }] })).toBe(true);
    }
  });
});

describe('the bundled dataset', () => {
  const good = buildDataset(seeds.slice(0, 1), curation);
  it.each([
    ['a library document', { ...good, documents: [{ ...good.documents[0]!, origin: 'library' }] }],
    ['a library id', { ...good, documents: [{ ...good.documents[0]!, id: 'lib-x' }], figures: good.figures.map((f) => ({ ...f, docId: 'lib-x' })) }],
    ['an unknown campaign', { ...good, documents: [{ ...good.documents[0]!, campaign: 'my-campaign' }] }],
    ['a figure of an unknown kind', { ...good, figures: [{ ...good.figures[0]!, kind: 'lots' }] }],
    ['a figure with no sentence', { ...good, figures: [{ ...good.figures[0]!, sentence: null }] }],
  ])('refuses %s', (_name, data) => {
    expect(isDataset(good)).toBe(true);
    expect(isDataset(data)).toBe(false);
  });
});

describe('library files: each refusal names its first bad record', () => {
  const doc = { id: 'lib-1', origin: 'library', title: null, source: null, date: null, dateBasis: null, campaign: null, url: null, byline: null, siteName: null, textHash: 'abc', figureCount: 1 };
  const fig = {
    key: 'lib-1#f0', docId: 'lib-1', id: 'f0', text: '9个', value: 9, start: 0, end: 2, numberStart: 0, numberEnd: 1, kind: 'count', qualifier: null, unit: '个',
    label: null, subject: null, scopeKey: null, campaign: null, metricKey: '', labelKey: '', quote: 'q', numberText: '9', sentence: { start: 0, end: 2 },
  };
  const file = (over: object) => ({ schema: LIBRARY_FILE_SCHEMA, documents: [doc], figures: [fig], ...over });

  it('accepts a file without its export date, and keeps only known fields', () => {
    const result = checkLibraryFile(file({ documents: [{ ...doc, extra: '<b>' }], figures: [{ ...fig, extra: 1 }] }));
    expect(result.ok).toBe(true);
    expect(result.ok && 'extra' in result.file.documents[0]!).toBe(false);
    expect(result.ok && 'extra' in result.file.figures[0]!).toBe(false);
  });

  it.each([
    ['a list', [], 'not a Figure Check library file'],
    ['too many documents', file({ documents: new Array(20_001) }), 'too large: 20001 documents, 1 figures'],
    ['a document that is null', file({ documents: [null] }), 'a document that is not an object'],
    ['a title that is a number', file({ documents: [{ ...doc, title: 5 }] }), 'document lib-1: title is not text'],
    ['a negative figure count', file({ documents: [{ ...doc, figureCount: -1 }] }), 'document lib-1: missing fingerprint or figure count'],
    ['a figure that is null', file({ figures: [null] }), 'a figure that is not an object'],
    ['an infinite value', file({ figures: [{ ...fig, value: Infinity }] }), 'figure lib-1#f0: bad text or value'],
    ['a range that is text', file({ figures: [{ ...fig, valueMax: 'x' }] }), 'figure lib-1#f0: bad range'],
    ['a fractional offset', file({ figures: [{ ...fig, start: 1.5 }] }), 'figure lib-1#f0: bad offsets'],
    ['an unknown kind', file({ figures: [{ ...fig, kind: 'x' }] }), 'figure lib-1#f0: unknown kind or qualifier'],
    ['a unit over 200 characters', file({ figures: [{ ...fig, unit: 'x'.repeat(201) }] }), 'figure lib-1#f0: unit is not text'],
    ['no quote', file({ figures: [{ ...fig, quote: undefined }] }), 'figure lib-1#f0: missing lookup keys or quote'],
    ['no sentence', file({ figures: [{ ...fig, sentence: null }] }), 'figure lib-1#f0: bad sentence'],
    ['a figure of no document before a bad one', file({ figures: [{ ...fig, docId: 'lib-2' }, { ...fig, value: 'x' }] }), 'figure lib-1#f0 belongs to no document'],
    ['a figure of no document after good ones', file({ figures: [fig, { ...fig, key: 'k2', docId: 'lib-2' }] }), 'figure k2 belongs to no document'],
  ])('%s', (_name, data, message) => {
    const result = checkLibraryFile(data);
    expect(!result.ok && result.error).toContain(message);
  });
});
