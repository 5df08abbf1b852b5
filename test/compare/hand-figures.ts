// Figures built by hand from real sentences, with offsets found in the text: check tests that
// do not depend on extraction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta, Figure, FigureKind, Qualifier } from '../../lib/types';

export function seedText(id: string): string {
  return readFileSync(join(import.meta.dirname, '../../seeds', `${id}.txt`), 'utf8');
}

export const SEED = {
  summary: '000_b500d0858ad7eb4c',
  october: '001_f2a32313766f3d5f',
  cityManagement: '002_3f8b0ad985affec5',
  threeStandards: '003_ccc67071d7f988a0',
  jinshui: '004_8cfb99e02b4e6cf3',
} as const;

export function meta(over: Partial<ArticleMeta> = {}): ArticleMeta {
  return { title: null, date: null, source: null, byline: null, url: null, siteName: null, ...over };
}

export interface HandFigure {
  /** The figure as written; found in the text (the `nth` occurrence, default first). */
  written: string;
  nth?: number;
  /** Search from here (text offset or a phrase that precedes the figure). */
  after?: string;
  label?: string | null;
  subject?: string | null;
  unit?: string | null;
  kind?: FigureKind;
  qualifier?: Qualifier;
}

const SENTENCE_END = /[。！？!?\n]/;
const NUMBER = /([0-9０-９][0-9０-９,.]*)(万亿|万|亿)?(多|余)?/;

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length) e++;
  return { start: s, end: e };
}

/** Figures in document order with ids f0, f1, … */
export function handFigures(text: string, specs: HandFigure[]): Figure[] {
  const figures = specs.map((spec) => {
    let from = spec.after ? text.indexOf(spec.after) : 0;
    if (from < 0) throw new Error(`not in text: ${spec.after}`);
    let start = -1;
    for (let i = 0; i < (spec.nth ?? 1); i++) {
      start = text.indexOf(spec.written, from);
      if (start < 0) throw new Error(`not in text: ${spec.written}`);
      from = start + 1;
    }
    const m = NUMBER.exec(spec.written);
    if (!m) throw new Error(`no number in ${spec.written}`);
    const multiplier = m[2] === '万亿' ? 1e12 : m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
    const value = Math.round(Number(m[1]!.replace(/,/g, '')) * multiplier * 1e6) / 1e6;
    const end = start + spec.written.length;
    const unit = spec.unit !== undefined ? spec.unit : (/(个百分点|人次|场次|%|[个名人次场件起条项家户套篇台辆位元])/.exec(spec.written.slice(m.index + m[0].length))?.[1] ?? null);
    const kind: FigureKind = spec.kind ?? (unit === '%' ? 'percent' : unit === '个百分点' ? 'percentage_points' : 'count');
    return {
      id: '',
      text: spec.written,
      start,
      end,
      numberStart: start + m.index,
      numberEnd: start + m.index + m[0].length,
      value,
      unit,
      qualifier: spec.qualifier !== undefined ? spec.qualifier : m[3] ? 'more_than' : null,
      kind,
      label: spec.label ?? null,
      subject: spec.subject ?? null,
      sentence: sentenceAround(text, start, end),
    } satisfies Figure;
  });
  figures.sort((a, b) => a.start - b.start);
  return figures.map((f, i) => ({ ...f, id: `f${i}` }));
}

/** The same text with one passage replaced: a real sentence with a planted error. */
export function plant(text: string, original: string, replacement: string): string {
  if (!text.includes(original)) throw new Error(`not in text: ${original}`);
  return text.replace(original, replacement);
}
