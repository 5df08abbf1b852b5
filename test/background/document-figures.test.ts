// One stored report's figures, as the background answers the side panel: a bundled report from the
// loaded dataset and a page kept in the library, each whole and in text order (seeds/001 read by hand:
// its figures open with 51个 签约重点项目 and include 义诊4.3万多人次).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { loadSeedDataset } from '../../scripts/seed-dataset';
import { extractFigures } from '@/lib/extract';
import { loadBundledDataset } from '@/lib/dataset/store';
import { plainTextArticle } from '@/lib/plain-text-article';
import { parseDocumentFiguresAnswer } from '@/lib/schemas/document-figures';

const dataset = loadSeedDataset();
const interim = dataset.documents.find((d) => d.title === '郑州实实在在抓好第二批主题教育')!;

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('indexedDB', new IDBFactory());
  // The bundle is stored by the test itself (below): what the worker fetches is not this test's matter.
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}')));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('a bundled report: every figure of it, in text order, in a shape the panel accepts', async () => {
  const { documentFigures } = await import('@/entrypoints/background/document-figures');
  const { referenceDb } = await import('@/entrypoints/background/reference');
  await loadBundledDataset(await referenceDb(), dataset);
  const answer = parseDocumentFiguresAnswer(await documentFigures(interim.id), interim.id);
  if (!answer?.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  expect(answer.document.title).toBe('郑州实实在在抓好第二批主题教育');
  expect(answer.figures.length).toBe(dataset.figures.filter((f) => f.docId === interim.id).length);
  expect(answer.figures[0]!.text).toBe('现场集中签约重点项目51个');
  expect(answer.figures.map((f) => f.text)).toContain('义诊4.3万多人次');
  const starts = answer.figures.map((f) => f.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
});

test('a page kept in the library, and a report that is not stored', async () => {
  const { documentFigures } = await import('@/entrypoints/background/document-figures');
  const { addPage } = await import('@/entrypoints/background/library');
  const text = readFileSync(join(import.meta.dirname, '../../seeds/001_f2a32313766f3d5f.txt'), 'utf8');
  const url = 'http://hn.china.com/news/20231015/f2a32313766f3d5f.html';
  const article = plainTextArticle(text, url);
  const figures = extractFigures(text);
  const added = await addPage({ url, meta: article.meta, text, figures }, 'theme-education', url);
  const answer = parseDocumentFiguresAnswer(await documentFigures(added.docId), added.docId);
  if (!answer?.ok) throw new Error(`refused: ${JSON.stringify(answer)}`);
  expect(answer.document.origin).toBe('library');
  expect(answer.figures.map((f) => f.text)).toEqual(figures.map((f) => f.text));
  expect(await documentFigures('lib-none')).toEqual({ ok: false, error: 'no such document' });
  expect(await documentFigures('999_none')).toEqual({ ok: false, error: 'no such document' });
});
