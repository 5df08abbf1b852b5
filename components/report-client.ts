// How the side panel asks the background for one stored report's figures (bundled dataset or
// library), for two reports side by side. The answer is checked before use.
import { browser } from 'wxt/browser';
import { type DocumentFiguresAnswer, parseDocumentFiguresAnswer } from '@/lib/schemas/document-figures';

export async function documentFigures(documentId: string): Promise<DocumentFiguresAnswer> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'document-figures', documentId });
    return parseDocumentFiguresAnswer(answer, documentId) ?? { ok: false, error: 'malformed answer' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
