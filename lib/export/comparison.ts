// Two reports side by side: the page and one report the same-metric check matched it with. The
// metrics they share (both values, both dates, the change, the verdict), built from the check's
// matches like the history; apart, the labelled figures of either that no match pairs: the page's
// from its summary, the other report's from its stored figures (asked of the background).
import type { RefFigure } from '../dataset/schema';
import type { CheckResult, EvidenceSource, Figure, Verdict } from '../types';
import { CSV_SIDE_BY_SIDE, type Lang, VERDICT_LABELS } from '../i18n';
import { csvCell } from './csv';
import { escapeMarkdown } from './markdown';

export interface ComparedReport {
  documentId: string;
  title: string | null;
  date: string | null;
  url: string | null;
  origin: EvidenceSource['origin'];
  /** How many of the page's figures it shares. */
  shared: number;
}

export interface SharedMetric {
  label: string;
  page: { text: string; value: number };
  other: { text: string; value: number; quote: string };
  /** Page minus the other report; null where the two count different scopes (no change to speak of). */
  change: number | null;
  /** The change as a share of the other report's value, when there is a change and that value is not zero. */
  changeRatio: number | null;
  verdict: Verdict;
}

export interface SideBySide {
  page: { title: string | null; date: string | null; url: string };
  other: ComparedReport;
  shared: SharedMetric[];
  /** Labelled figures of the page that the other report does not have. */
  pageOnly: Figure[];
  /** Labelled figures of the other report that no match pairs with the page; null while its figures are not known. */
  otherOnly: ReportFigure[] | null;
}

/** A figure of the other report, as stored (bundled dataset or library). */
export type ReportFigure = Pick<RefFigure, 'text' | 'value' | 'label' | 'quote'>;

interface Input {
  url: string;
  meta: { title: string | null; date: string | null } | null;
  figures: readonly Figure[];
  checks: readonly CheckResult[];
}

/** Every report the page's figures were matched with, the one sharing most first. */
export function comparedReports(input: Input): ComparedReport[] {
  const byId = new Map<string, ComparedReport & { figures: Set<string> }>();
  for (const c of input.checks) {
    if (c.check !== 'same-metric') continue;
    for (const e of c.evidence) {
      const id = e.source.documentId;
      if (!id || e.source.origin === 'page') continue;
      const report = byId.get(id) ?? { documentId: id, title: e.source.title, date: e.source.date, url: e.source.url, origin: e.source.origin, shared: 0, figures: new Set<string>() };
      report.figures.add(c.figureId);
      report.shared = report.figures.size;
      byId.set(id, report);
    }
  }
  return [...byId.values()].map(({ figures: _, ...r }) => r).sort((a, b) => b.shared - a.shared || (b.date ?? '').localeCompare(a.date ?? ''));
}

/**
 * `otherFigures`: every figure of the other report, in text order, when known. A figure of it is
 * paired when any same-metric match of the page quotes it (by its text and value: the evidence
 * carries no figure key, and the same text with the same value is the same fact twice).
 */
export function sideBySide(input: Input, documentId: string, otherFigures: readonly ReportFigure[] | null = null): SideBySide | null {
  const other = comparedReports(input).find((r) => r.documentId === documentId);
  if (!other) return null;
  const shared: SharedMetric[] = [];
  const matched = new Set<string>();
  const figures = new Map(input.figures.map((f) => [f.id, f]));
  for (const c of input.checks) {
    const figure = figures.get(c.figureId);
    if (c.check !== 'same-metric' || !figure) continue;
    const side = c.evidence.find((e) => e.source.documentId === documentId && e.value !== null);
    if (!side || matched.has(figure.id)) continue;
    matched.add(figure.id);
    const change = c.verdict === 'different_scope' ? null : figure.value - side.value!;
    shared.push({
      label: figure.label ?? figure.text,
      page: { text: figure.text, value: figure.value },
      other: { text: side.figureText ?? '', value: side.value!, quote: side.quote },
      change,
      changeRatio: change !== null && side.value! !== 0 ? change / side.value! : null,
      verdict: c.verdict,
    });
  }
  const pageOnly = input.figures.filter((f) => f.label && !matched.has(f.id));
  const quoted = new Set<string>();
  for (const c of input.checks) {
    if (c.check !== 'same-metric') continue;
    for (const e of c.evidence) if (e.source.documentId === documentId) quoted.add(`${e.figureText}\u0001${e.value}`);
  }
  const otherOnly = otherFigures?.filter((f) => f.label && !quoted.has(`${f.text}\u0001${f.value}`)) ?? null;
  return { page: { title: input.meta?.title ?? null, date: input.meta?.date ?? null, url: input.url }, other, shared, pageOnly, otherOnly };
}

// No leading + or - (a spreadsheet would read the cell as a formula): a fall has the minus sign U+2212.
const percent = (r: number | null) => (r === null ? '' : `${r < 0 ? '\u2212' : ''}${Math.abs(r * 100).toFixed(1)}%`);

/** The shared metrics, then the page's own, then the other report's own, as CSV for Excel (BOM, CRLF, formulas neutralized). */
export function sideBySideCsv(view: SideBySide, lang: Lang): string {
  const columns = Object.values(CSV_SIDE_BY_SIDE).map((c) => c[lang]);
  const lines = [columns.map(csvCell).join(',')];
  for (const m of view.shared) {
    lines.push([m.label, m.page.text, m.page.value, view.page.date, m.other.text, m.other.value, view.other.date, m.change, percent(m.changeRatio), VERDICT_LABELS[m.verdict === 'unknown' ? 'undecided' : m.verdict][lang]].map(csvCell).join(','));
  }
  for (const f of view.pageOnly) lines.push([f.label, f.text, f.value, view.page.date, '', '', '', '', '', ''].map(csvCell).join(','));
  for (const f of view.otherOnly ?? []) lines.push([f.label, '', '', '', f.text, f.value, view.other.date, '', '', ''].map(csvCell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function sideBySideMarkdown(view: SideBySide): string {
  const name = (title: string | null, date: string | null) => escapeMarkdown(`${title ?? ''}${date ? ` (${date.slice(0, 10)})` : ''}`);
  const out = [`# 两篇报道对比 Two reports side by side`, '', `- A: ${name(view.page.title, view.page.date)}`, `- B: ${name(view.other.title, view.other.date)}`, ''];
  out.push('| 指标 Metric | A | B | 变化 Change | 结论 Verdict |', '|---|---|---|---|---|');
  for (const m of view.shared) {
    const v = VERDICT_LABELS[m.verdict === 'unknown' ? 'undecided' : m.verdict];
    out.push(`| ${escapeMarkdown(m.label)} | ${escapeMarkdown(m.page.text)} | ${escapeMarkdown(m.other.text)} | ${m.change === null ? '' : `${m.change >= 0 ? '+' : ''}${m.change} ${percent(m.changeRatio)}`} | ${v.zh} ${v.en} |`);
  }
  if (view.pageOnly.length > 0) {
    out.push('', '## 只在 A 中 Only in A', '');
    for (const f of view.pageOnly) out.push(`- ${escapeMarkdown(f.label ?? '')}: ${escapeMarkdown(f.text)}`);
  }
  if (view.otherOnly && view.otherOnly.length > 0) {
    out.push('', '## 只在 B 中 Only in B', '');
    for (const f of view.otherOnly) out.push(`- ${escapeMarkdown(f.label ?? '')}: ${escapeMarkdown(f.text)}`);
  }
  return out.join('\n') + '\n';
}
