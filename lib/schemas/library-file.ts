// The library as a file (options page: export, import). An import is validated in full before
// anything is written: first the envelope (schema, two lists, their sizes), then every record,
// then that every figure belongs to a document of the file. A refusal names the first bad record.
import * as v from 'valibot';
import { completeScopes } from '../dataset/stored-scope';
import { figuresHaveDocuments, fileDocumentSchema, FileFigureSchema } from './reference-records';
import { text } from './common';

export const LIBRARY_FILE_SCHEMA = 'figure-check/library@1';
/** A newsroom archive is ~1,000 articles and 100,000 figures; leave room, refuse the absurd. */
export const LIBRARY_FILE_LIMITS = { documents: 20_000, figures: 1_000_000, bytes: 256 * 1024 * 1024 } as const;

const LibraryDocumentSchema = fileDocumentSchema('library');
const TOO_LARGE = 'too large';

export const LibraryFileSchema = v.pipe(
  // The envelope, and the sizes before any record is read.
  v.looseObject({ schema: v.literal(LIBRARY_FILE_SCHEMA), documents: v.array(v.unknown()), figures: v.array(v.unknown()) }),
  v.check((d) => d.documents.length <= LIBRARY_FILE_LIMITS.documents && d.figures.length <= LIBRARY_FILE_LIMITS.figures, TOO_LARGE),
  v.object({
    schema: v.literal(LIBRARY_FILE_SCHEMA),
    documents: v.array(LibraryDocumentSchema),
    figures: v.array(FileFigureSchema),
    // Not needed to import: a file written by hand may leave it out.
    exportedAt: v.optional(text(64)),
  }),
  v.check((file) => figuresHaveDocuments(file), 'a figure of no document'),
  // A file of an earlier release has no place, body and period: resolved as the upgrade does.
  v.transform((file) => ({ ...file, ...completeScopes(file.documents, file.figures) })),
);

export type LibraryFile = v.InferOutput<typeof LibraryFileSchema>;

export type LibraryFileCheck = { ok: true; file: LibraryFile } | { ok: false; error: string };

/** Checks a parsed file completely. The file returned holds the known fields only. */
export function checkLibraryFile(data: unknown): LibraryFileCheck {
  const result = v.safeParse(LibraryFileSchema, data, { abortEarly: true });
  return result.success ? { ok: true, file: result.output } : { ok: false, error: describeProblem(data, result.issues[0]) };
}

type Json = Record<string, unknown>;

const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A record in a list: what is not even an object is said so; an array is an object without the fields. */
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null;

/** What is wrong with a figure, by the first field the schema refused; any other field is text (unit, label …). */
const FIGURE_PROBLEMS: Record<string, string> = {
  text: 'bad text or value',
  value: 'bad text or value',
  valueMax: 'bad range',
  start: 'bad offsets',
  end: 'bad offsets',
  numberStart: 'bad offsets',
  numberEnd: 'bad offsets',
  kind: 'unknown kind or qualifier',
  qualifier: 'unknown kind or qualifier',
  metricKey: 'missing lookup keys or quote',
  labelKey: 'missing lookup keys or quote',
  quote: 'missing lookup keys or quote',
  numberText: 'missing lookup keys or quote',
  sentence: 'bad sentence',
  id: 'bad id',
};

/** The reader's message for the first problem the schema found (abortEarly: there is one). */
function describeProblem(data: unknown, issue: v.BaseIssue<unknown> | undefined): string {
  if (!isRecord(data)) return 'not a Figure Check library file';
  const [top, index, field] = (issue?.path ?? []).map((p) => p.key);
  if (top === 'schema') return `not a Figure Check library file (schema ${JSON.stringify(data.schema ?? null)})`;
  const documents = data.documents as unknown[];
  const figures = data.figures as unknown[];
  if ((top === 'documents' || top === 'figures') && index === undefined) return 'the file has no documents or figures list';
  if (top === undefined && issue?.message === TOO_LARGE) {
    return `too large: ${documents.length} documents, ${figures.length} figures (at most ${LIBRARY_FILE_LIMITS.documents} and ${LIBRARY_FILE_LIMITS.figures})`;
  }
  if (top === 'documents' && typeof index === 'number') {
    const d = documents[index];
    if (!isObject(d)) return 'a document that is not an object';
    const id = String(d.id);
    if (field === 'id') return 'a document without a valid library id';
    if (field === 'origin') return `document ${id} is not a library document`;
    if (field === 'textHash' || field === 'figureCount' || typeof field !== 'string') return `document ${id}: missing fingerprint or figure count`;
    return `document ${id}: ${field} is not text`;
  }
  // A figure: the first one that belongs to no document of the file is named before any other problem.
  const docIds = new Set(documents.map((d) => (d as Json).id));
  const upTo = top === 'figures' && typeof index === 'number' ? index : figures.length - 1;
  for (let i = 0; i <= upTo; i++) {
    const f = figures[i];
    if (!isObject(f)) return 'a figure that is not an object';
    const inFile = typeof f.key === 'string' && f.key.length <= 256 && typeof f.docId === 'string' && f.docId.length <= 128 && docIds.has(f.docId);
    if (!inFile) return `figure ${String(f.key)} belongs to no document in the file`;
  }
  if (top === 'figures' && typeof field === 'string') {
    const problem = FIGURE_PROBLEMS[field] ?? `${field} is not text`;
    return `figure ${String((figures[upTo] as Json).key)}: ${problem}`;
  }
  if (top === 'exportedAt') return 'exportedAt is not text';
  return 'not a Figure Check library file';
}
