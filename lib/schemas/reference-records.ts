// The records of a reference article, as the bundled dataset ships them and the library file
// carries them: one definition for both boundaries, with the sizes a library file may hold.
import * as v from 'valibot';
import { isLibraryDocumentId } from '../dataset/library-id';
import type { RefDocument, RefFigure } from '../dataset/schema';
import type { DOCUMENT_ORIGINS } from '../enums';
import { DocumentOriginSchema, FigureKindSchema, QualifierSchema, finiteNumber, nullableText, text, whole, type Expect, type Same } from './common';

type DocumentOrigin = (typeof DOCUMENT_ORIGINS)[number];

/** A GB/T 2260 code (six digits), or none. */
const placeCode = v.nullable(v.pipe(v.string(), v.regex(/^\d{6}$/)));

/** A document of the given origin: library documents, and only they, have library ids. */
export const refDocumentSchema = (origin: DocumentOrigin) =>
  v.object({
    // Id and origin first: what a document is decides before anything else is looked at.
    id: v.pipe(
      text(128),
      v.check((id) => isLibraryDocumentId(id) === (origin === 'library'), origin === 'library' ? 'not a library id' : 'a library id in the bundle'),
    ),
    origin: v.pipe(DocumentOriginSchema, v.value(origin)),
    title: nullableText(4_096),
    source: nullableText(4_096),
    date: nullableText(4_096),
    dateBasis: nullableText(4_096),
    campaign: nullableText(4_096),
    url: nullableText(4_096),
    byline: nullableText(4_096),
    siteName: nullableText(4_096),
    textHash: text(64),
    place: placeCode,
    figureCount: whole(),
  });

/** A figure of a reference article, with its lookup keys. Offsets are not bounded by a text: the
 * file carries none. In the order a bad figure is described (lib/schemas/library-file.ts). */
export const RefFigureSchema = v.object({
  key: text(256),
  docId: text(128),
  text: text(200),
  value: finiteNumber(),
  valueMax: v.optional(finiteNumber()),
  start: whole(),
  end: whole(),
  numberStart: whole(),
  numberEnd: whole(),
  kind: FigureKindSchema,
  qualifier: QualifierSchema,
  unit: nullableText(200),
  label: nullableText(200),
  subject: nullableText(200),
  scopeKey: nullableText(200),
  place: placeCode,
  body: nullableText(200),
  period: nullableText(64),
  campaign: nullableText(200),
  metricKey: text(400),
  labelKey: text(400),
  quote: text(2_000),
  numberText: text(100),
  sentence: v.object({ start: whole(), end: whole() }),
  id: text(128),
});

/**
 * The records as files of earlier releases wrote them, without place, body and period: an import
 * resolves those (lib/dataset/stored-scope.ts), as the database upgrade does for stored records.
 */
export const fileDocumentSchema = (origin: DocumentOrigin) => {
  const { entries } = refDocumentSchema(origin);
  return v.object({ ...entries, place: v.optional(placeCode) });
};
export const FileFigureSchema = v.object({
  ...RefFigureSchema.entries,
  place: v.optional(placeCode),
  body: v.optional(nullableText(200)),
  period: v.optional(nullableText(64)),
});

/** Whether every figure belongs to a document of the same file. */
export function figuresHaveDocuments(file: { documents: readonly { id: string }[]; figures: readonly { docId: string }[] }): boolean {
  const ids = new Set(file.documents.map((d) => d.id));
  return file.figures.every((f) => ids.has(f.docId));
}

// The schemas describe exactly the stored records of lib/dataset/schema.ts.
export type RefDocumentMatches = Expect<Same<v.InferOutput<ReturnType<typeof refDocumentSchema>>, RefDocument>>;
export type RefFigureMatches = Expect<Same<v.InferOutput<typeof RefFigureSchema>, RefFigure>>;
