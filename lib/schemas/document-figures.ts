// The background's answer to 'document-figures' (one stored report and its figures), as the side
// panel receives it: checked before use with the stored records' own schemas, so that what a page
// once put in the library cannot reach the panel in any other shape.
import * as v from 'valibot';
import { LIMITS } from '../messages';
import type { RefDocument, RefFigure } from '../dataset/schema';
import { boundedList, text, type Expect, type Same } from './common';
import { RefFigureSchema, refDocumentSchema } from './reference-records';

export const DocumentFiguresAnswerSchema = v.variant('ok', [
  v.pipe(
    v.object({
      ok: v.literal(true),
      document: v.union([refDocumentSchema('bundled'), refDocumentSchema('library')]),
      figures: boundedList(RefFigureSchema, LIMITS.figures),
    }),
    v.check((a) => a.figures.every((f) => f.docId === a.document.id), 'a figure of another document'),
  ),
  v.object({ ok: v.literal(false), error: text(LIMITS.stringChars) }),
]);

export type DocumentFiguresAnswer = { ok: true; document: RefDocument; figures: RefFigure[] } | { ok: false; error: string };
// The schema describes exactly that type.
export type DocumentFiguresAnswerMatches = Expect<Same<v.InferOutput<typeof DocumentFiguresAnswerSchema>, DocumentFiguresAnswer>>;

/** The answer, with nothing but its known fields, if it is well-formed and about `documentId`; else null. */
export function parseDocumentFiguresAnswer(message: unknown, documentId: string): DocumentFiguresAnswer | null {
  const result = v.safeParse(DocumentFiguresAnswerSchema, message, { abortEarly: true });
  if (!result.success) return null;
  return !result.output.ok || result.output.document.id === documentId ? result.output : null;
}
