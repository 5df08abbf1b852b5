// Markdown for notes and newsroom chats: a table of figures, then the flagged ones with quotes.
import { VERDICT_LABELS, NEEDS_ATTENTION } from '../verdicts';
import { type ExportInput, exportRows } from './summary';
import { metricHistory } from './history';

/** Page text must not become Markdown structure: escape what a table cell or line could break on. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Only http(s) addresses become links (never `javascript:`); an autolink ends at `>` or
 * white space, so those are percent-encoded and the rest is left as the page gave it. */
function link(url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMarkdown(url);
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

export function toMarkdown(input: ExportInput): string {
  const rows = exportRows(input);
  const title = input.meta?.title ?? input.url;
  const out: string[] = [`# ${escapeMarkdown(title)}`, ''];
  out.push(`- URL: ${link(input.url)}`);
  if (input.meta?.source) out.push(`- 来源 Source: ${escapeMarkdown(input.meta.source)}`);
  if (input.meta?.date) out.push(`- 日期 Date: ${escapeMarkdown(input.meta.date)}`);
  const campaigns = input.recognition?.isCampaign ? input.recognition.campaigns.map((c) => c.name).join('、') : '';
  if (campaigns) out.push(`- 活动 Campaign: ${escapeMarkdown(campaigns)}`);
  out.push(`- 核查时间 Checked at: ${input.checkedAt}`, `- 数字 Figures: ${rows.length}`, '');
  out.push('| # | 数字 Figure | 数值 Value | 指标 Label | 主体 Subject | 结论 Verdict |', '|---|---|---|---|---|---|');
  rows.forEach((r, i) => {
    const v = VERDICT_LABELS[r.verdict];
    out.push(
      `| ${i + 1} | ${escapeMarkdown(r.figure.text)} | ${r.figure.value}${r.figure.unit ? ' ' + escapeMarkdown(r.figure.unit) : ''} | ${escapeMarkdown(r.figure.label ?? '')} | ${escapeMarkdown(r.figure.subject ?? '')} | ${v.zh} ${v.en} |`,
    );
  });
  const flagged = rows.filter((r) => NEEDS_ATTENTION.has(r.verdict));
  if (flagged.length > 0) {
    out.push('', '## 需注意 Flagged', '');
    for (const r of flagged) {
      out.push(`### ${escapeMarkdown(r.figure.text)} — ${VERDICT_LABELS[r.verdict].zh} ${VERDICT_LABELS[r.verdict].en}`, '');
      out.push(`> ${escapeMarkdown(r.quote)}`, '');
      for (const c of r.checks.filter((c) => c.verdict !== 'unknown')) {
        out.push(`- ${escapeMarkdown(c.message_zh)} (${escapeMarkdown(c.message_en)})`);
        for (const e of c.evidence) {
          const where = [e.source.title, e.source.date].filter(Boolean).map((s) => escapeMarkdown(s!)).join(', ');
          const at = e.source.url ? ` ${link(e.source.url)}` : "";
          out.push(`  - “${escapeMarkdown(e.quote)}”${where ? ` — ${where}` : ""}${at}`);
        }
      }
      out.push('');
    }
  }
  const histories = rows.map((r) => ({ row: r, points: metricHistory(r.figure, r.checks) })).filter((h) => h.points.length > 0);
  if (histories.length > 0) {
    out.push('', '## 走势 History', '');
    for (const { row, points } of histories) {
      out.push(`### ${escapeMarkdown(row.figure.text)}`, '', '| 日期 Date | 数字 Figure | 来源 Source | |', '|---|---|---|---|');
      for (const p of points) {
        const source = p.current ? '本页 this page' : `${escapeMarkdown(p.title ?? '')}${p.url ? ` ${link(p.url)}` : ''}`;
        out.push(`| ${p.date} | ${escapeMarkdown(p.text)} | ${source} | ${p.fell ? '↓ 下降 fell' : ''} |`);
      }
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}
