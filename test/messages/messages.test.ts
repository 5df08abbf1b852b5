import { describe, expect, test } from 'vitest';
import { LIMITS, parseContentRequest } from '@/lib/messages';
import { parseBackgroundRequest } from '@/lib/schemas/background-request';
import { MAX_ARTICLE_CHARS } from '@/lib/page/article-text';
import { SENTENCE, summaryInput } from '../export/fixtures';

const page = () => {
  const input = summaryInput();
  return { url: input.url, meta: input.meta!, text: SENTENCE, figures: input.figures };
};
const article = () => {
  const input = summaryInput();
  return { url: input.url, meta: input.meta!, text: SENTENCE, headings: [] };
};
/** A page with its figures goes to the library. */
const added = (p: object) => ({ type: 'library-add', page: p, campaign: null });

describe('requests to the background', () => {
  test('a well-formed page check and library page are accepted', () => {
    expect(parseBackgroundRequest({ type: 'check-page', article: article() })?.type).toBe('check-page');
    expect(parseBackgroundRequest(added(page()))?.type).toBe('library-add');
  });

  test.each([
    ['no type', { article: article() }],
    ['a page check with figures instead of headings', { type: 'check-page', article: page() }],
    ['headings that are not an array', { type: 'check-page', article: { ...article(), headings: 'all' } }],
    ['a heading past the end of the text', { type: 'check-page', article: { ...article(), headings: [{ start: 0, end: 10_000 }] } }],
    ['too many headings', { type: 'check-page', article: { ...article(), headings: Array(LIMITS.headings + 1).fill({ start: 0, end: 1 }) } }],
    ['an unknown type', { type: 'drop-database' }],
    ['a string', 'check-page'],
    ['null', null],
    ['figures that are not an array', added({ ...page(), figures: 'all' })],
    ['a figure whose text is not at its offsets', added({ ...page(), figures: [{ ...page().figures[0]!, text: '9999个参学单位' }] })],
    ['a figure past the end of the text', added({ ...page(), figures: [{ ...page().figures[0]!, end: 10_000 }] })],
    ['a value that is not finite', added({ ...page(), figures: [{ ...page().figures[0]!, value: Infinity }] })],
    ['an unknown kind', added({ ...page(), figures: [{ ...page().figures[0]!, kind: '<script>' }] })],
    ['a title over the size limit', { type: 'check-page', article: { ...article(), meta: { ...article().meta, title: 'x'.repeat(LIMITS.stringChars + 1) } } }],
    ['too many figures', added({ ...page(), figures: Array(LIMITS.figures + 1).fill(page().figures[0]) })],
    // The content script reads at most MAX_ARTICLE_CHARS of an article: a longer text is not ours.
    ['a text longer than any article the content script reads', { type: 'check-page', article: { ...article(), text: article().text + ' '.repeat(MAX_ARTICLE_CHARS) } }],
    ['a library page longer than any article', { type: 'library-add', page: { ...page(), text: page().text + ' '.repeat(MAX_ARTICLE_CHARS) }, campaign: null }],
    ['a negative tab id', { type: 'check-tab', tabId: -1 }],
    ['a fractional tab id', { type: 'check-tab', tabId: 1.5 }],
  ])('is refused: %s', (_name, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('requests to the content script', () => {
  test.each([
    [{ type: 'get-summary' }, 'get-summary'],
    [{ type: 'run', force: true }, 'run'],
    [{ type: 'step-flagged', direction: -1 }, 'step-flagged'],
  ])('%j is accepted', (message, type) => {
    expect(parseContentRequest(message)?.type).toBe(type);
  });

  test.each([[{ type: 'step-flagged', direction: 5 }], [{ type: 'focus-figure', figureId: 'x'.repeat(100) }], [{ type: 'eval', code: '1' }]])(
    '%j is refused',
    (message) => {
      expect(parseContentRequest(message)).toBeNull();
    },
  );
});
