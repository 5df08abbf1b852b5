// The flag audit (flag-audit.ts): on its tuning part every flag has been read, none was judged false, and
// every flag judged real is still raised. The held-apart part is counted; of its pages that were read after their
// one measurement, every flag judged real must still be raised (a rule may not lose a real inconsistency).
import { describe, expect, it } from 'vitest';
import { auditFlags, auditSummary } from './flag-audit';

describe('the flag audit', () => {
  it.each([
    ['recognition', 400],
    ['gathered', 50],
  ] as const)('tuning part, %s pages: every flag read and judged real, and every real one still raised', async (source, pages) => {
    const audit = await auditFlags('tuning', source);
    console.log(`flag audit, ${source} pages, tuning part: ${auditSummary(audit)}`);
    expect(audit.pages).toBeGreaterThan(pages);
    expect(audit.flags.filter((f) => f.judged?.real !== true).map((f) => `${f.page}: ${f.message}`)).toEqual([]);
    const raised = new Set(audit.flags.map((f) => `${f.page} ${f.check} ${f.figure}`));
    expect(audit.real.filter((j) => !raised.has(`${j.page} ${j.check} ${j.figure}`))).toEqual([]);
  }, 60_000);

  it.each([
    ['recognition', 100],
    ['gathered', 50],
  ] as const)('held-apart part, %s pages: counted and printed, and every flag judged real still raised', async (source, pages) => {
    const audit = await auditFlags('held-apart', source);
    console.log(`flag audit, ${source} pages, held apart: ${auditSummary(audit)}`);
    expect(audit.pages).toBeGreaterThan(pages);
    const raised = new Set(audit.flags.map((f) => `${f.page} ${f.check} ${f.figure}`));
    expect(audit.real.filter((j) => !raised.has(`${j.page} ${j.check} ${j.figure}`))).toEqual([]);
  }, 60_000);
});
