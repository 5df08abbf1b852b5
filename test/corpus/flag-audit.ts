// The flag audit: what the in-article checks flag on real pages that no one labelled for relations,
// each flag judged by reading (flag-audit.json). The pages are the recognition pages (test/recognize/)
// that are not corpus articles, and number-dense pages gathered for the audit (audit-pages/: odd
// numbers of the split batches for tuning, the rest held apart, decided before any was read). A corpus labelled relation by
// relation measures recall; this measures what a reader meets on pages of every shape, where any flag
// that is not real is a false alarm.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldApartPages, tuningPages, type LabelledPage } from '../recognize/held-apart';
import { checkText, isFlag, loadCorpus } from './corpus';

export type AuditSource = 'recognition' | 'gathered';

const AUDIT_PAGES = join(import.meta.dirname, 'audit-pages');

/** Batches gathered to be held apart whole (audit-pages/README.md), measured once at the end of a round. */
const HELD_APART_BATCHES = /^x(?:[5-8]|1[1-9]|2[0-9]|3[0-9]|4[0-2])-/;

/** Whether a gathered page is in the audit's tuning part: odd numbers of the batches that are split, none of the others. */
const isTuningPage = (file: string) => !HELD_APART_BATCHES.test(file) && Number(/-(\d+)\.json$/.exec(file)![1]) % 2 === 1;

/** The pages gathered for the audit, of one part. */
function gatheredPages(set: 'tuning' | 'held-apart'): LabelledPage[] {
  return readdirSync(AUDIT_PAGES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((f) => isTuningPage(f) === (set === 'tuning'))
    .map((f) => ({ ...(JSON.parse(readFileSync(join(AUDIT_PAGES, f), 'utf8')) as Omit<LabelledPage, 'text'>), text: readFileSync(join(AUDIT_PAGES, f.replace(/\.json$/, '.txt')), 'utf8') }));
}

interface Judged {
  page: string;
  check: string;
  /** The flagged figure as the extraction writes it. */
  figure: string;
  /** The text is inconsistent where the flag says. */
  real: boolean;
  reason: string;
}

export interface AuditFlag {
  page: string;
  check: string;
  figure: string;
  message: string;
  judged: Judged | null;
}

export interface Audit {
  pages: number;
  flags: AuditFlag[];
  /** The flags of this set's pages judged real, raised or not. */
  real: Judged[];
}

const judgements = (): Judged[] => (JSON.parse(readFileSync(join(import.meta.dirname, 'flag-audit.json'), 'utf8')) as { judged: Judged[] }).judged;

/** Flags on the pages of one part and source that are not corpus articles, each with its judgement if read. */
export async function auditFlags(set: 'tuning' | 'held-apart', source: AuditSource): Promise<Audit> {
  const inCorpus = new Set(loadCorpus().map((a) => a.url));
  const recognition = () => (set === 'tuning' ? tuningPages() : heldApartPages());
  const pages = (source === 'recognition' ? recognition() : gatheredPages(set)).filter((p: LabelledPage) => !inCorpus.has(p.url));
  const judged = judgements();
  const flags: AuditFlag[] = [];
  for (const p of pages) {
    const checked = await checkText({ text: p.text, title: p.title, date: p.date, url: p.url });
    for (const r of checked.results.filter(isFlag)) {
      const figure = checked.figures.find((f) => f.id === r.figureId)?.text ?? '';
      flags.push({ page: p.id, check: r.check, figure, message: r.message_zh, judged: judged.find((j) => j.page === p.id && j.check === r.check && j.figure === figure) ?? null });
    }
  }
  const ids = new Set(pages.map((p) => p.id));
  return { pages: pages.length, flags, real: judged.filter((j) => j.real && ids.has(j.page)) };
}

export function auditSummary(a: Audit): string {
  const real = a.flags.filter((f) => f.judged?.real === true).length;
  const wrong = a.flags.filter((f) => f.judged?.real === false).length;
  return `${a.pages} pages, ${a.flags.length} flags: ${real} judged real, ${wrong} judged false, ${a.flags.length - real - wrong} not yet read`;
}
