// 'document-figures': the side panel's question to the background (one stored report's figures)
// and the answer the panel accepts. The records are the bundled dataset's own (seeds/001).
import { describe, expect, test } from 'vitest';
import { loadSeedDataset } from '../../scripts/seed-dataset';
import { parseBackgroundRequest } from '@/lib/schemas/background-request';
import { parseDocumentFiguresAnswer } from '@/lib/schemas/document-figures';

const dataset = loadSeedDataset();
const interim = dataset.documents.find((d) => d.title === '郑州实实在在抓好第二批主题教育')!;
const figures = dataset.figures.filter((f) => f.docId === interim.id);
const answer = () => ({ ok: true, document: { ...interim }, figures: figures.map((f) => ({ ...f })) });

describe('the request', () => {
  test('a document id is asked for', () => {
    expect(parseBackgroundRequest({ type: 'document-figures', documentId: interim.id })).toEqual({ type: 'document-figures', documentId: interim.id });
  });

  test.each([
    ['no id', { type: 'document-figures' }],
    ['an empty id', { type: 'document-figures', documentId: '' }],
    ['an id longer than any stored one', { type: 'document-figures', documentId: 'x'.repeat(129) }],
    ['an id that is not text', { type: 'document-figures', documentId: 1 }],
  ])('is refused: %s', (_name, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('the answer', () => {
  test("the report and its figures, with nothing but the records' fields", () => {
    expect(figures.length).toBeGreaterThan(0);
    const parsed = parseDocumentFiguresAnswer({ ...answer(), extra: 1 }, interim.id);
    expect(parsed?.ok && parsed.figures.map((f) => f.text)).toContain('义诊4.3万多人次');
    expect(parsed && 'extra' in parsed).toBe(false);
    expect(parseDocumentFiguresAnswer({ ok: false, error: 'no such document' }, interim.id)).toEqual({ ok: false, error: 'no such document' });
  });

  test.each([
    ['about another document', () => parseDocumentFiguresAnswer(answer(), 'lib-other')],
    ['a figure of another document', () => parseDocumentFiguresAnswer({ ...answer(), figures: [{ ...figures[0]!, docId: 'other' }] }, interim.id)],
    ['a figure without its value', () => parseDocumentFiguresAnswer({ ...answer(), figures: [{ ...figures[0]!, value: 'many' }] }, interim.id)],
    ['a bundled document with a library id', () => parseDocumentFiguresAnswer({ ...answer(), document: { ...interim, id: 'lib-x' }, figures: [] }, 'lib-x')],
    ['no answer', () => parseDocumentFiguresAnswer(undefined, interim.id)],
  ])('is refused: %s', (_name, parse) => {
    expect(parse()).toBeNull();
  });
});
