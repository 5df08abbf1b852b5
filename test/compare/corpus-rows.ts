// Rows of relation checks on real lines of the corpus (test/corpus/articles, tuning part, and the
// recognition tuning pages of the flag audit): the
// text, an optional planted change, and the verdict and words the message must carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkPage } from '../../lib/compare';
import { extractFigures } from '../../lib/extract';
import type { CheckResult, Verdict } from '../../lib/types';

/** A page's text: a corpus article, or a page of the flag audit's tuning part whose flags were read for false alarms
 * (test/corpus/flag-audit.json): a recognition tuning page (`r1-c35`, `t2-k03`) or a gathered one (`x1-07`). */
export const corpusText = (id: string) => readFileSync(join(import.meta.dirname, PAGE_DIRS.find(([re]) => re.test(id))?.[1] ?? '../corpus/articles', `${id}.txt`), 'utf8');
const PAGE_DIRS: [RegExp, string][] = [
  // (The recognition pages held apart, r5–r7, once their flags were read.)
  [/^r[5-7]-/, '../recognize/held-apart'],
  [/^[rt][0-9]+-/, '../recognize/tuning'],
  [/^x[0-9]+-/, '../corpus/audit-pages'],
];

/** The lines of a corpus article from the one holding `from` to the one holding `to` (inclusive). */
export function lines(id: string, from: string, to = from): string {
  const all = corpusText(id).split('\n');
  const a = all.findIndex((l) => l.includes(from));
  const b = all.findIndex((l, i) => i >= a && l.includes(to));
  expect(a, `${id} has a line with ${from}`).toBeGreaterThanOrEqual(0);
  expect(b, `${id} has a line with ${to}`).toBeGreaterThanOrEqual(a);
  return all.slice(a, b + 1).join('\n');
}

export async function resultsOn(text: string, check: string): Promise<CheckResult[]> {
  const figures = extractFigures(text);
  return (await checkPage({ text, figures, meta: { title: null, date: null, source: null, byline: null, url: null, siteName: null } }, null)).filter((r) => r.check === check);
}

export interface Row {
  name: string;
  check: string;
  text: () => string;
  /** The target figure as written (its end) and the verdict; the words the message must name. */
  expect: { figure: string; verdict: Verdict; names: string[] } | null;
  /** A planted change of the text, for rows that test a planted error. */
  plant?: [string, string];
}

/** Runs a row: no result of its check when it expects none, else the verdict and its words. */
export async function checkRow(row: Row): Promise<void> {
  let text = row.text();
  if (row.plant) {
    expect(text).toContain(row.plant[0]);
    text = text.replace(row.plant[0], row.plant[1]);
  }
  const results = await resultsOn(text, row.check);
  if (!row.expect) {
    expect(results).toEqual([]);
    return;
  }
  const { figure, verdict, names } = row.expect;
  const about = results.filter((r) => r.evidence.some((e) => e.figureText?.endsWith(figure)));
  expect(about.map((r) => r.verdict)).toContain(verdict);
  // A figure may be in several relations (a batch's ways and its places): one of them must say it.
  const said = about.filter((r) => r.verdict === verdict).map((r) => r.message_zh);
  expect(said.some((m) => names.every((n) => m.includes(n))), `${said.join(' | ')} names ${names.join(', ')}`).toBe(true);
}
