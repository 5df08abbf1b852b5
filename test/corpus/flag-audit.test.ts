// The flag audit (flag-audit.ts): on the recognition tuning pages every flag has been read, none was
// judged false, and every flag judged real is still raised. The held-apart pages are counted only.
import { describe, expect, it } from 'vitest';
import { auditFlags, auditSummary } from './flag-audit';

describe('the flag audit', () => {
  it('tuning pages: every flag read and judged real, and every real one still raised', async () => {
    const audit = await auditFlags('tuning');
    console.log(`flag audit, recognition tuning pages: ${auditSummary(audit)}`);
    expect(audit.pages).toBeGreaterThan(400);
    expect(audit.flags.filter((f) => f.judged?.real !== true).map((f) => `${f.page}: ${f.message}`)).toEqual([]);
    const raised = new Set(audit.flags.map((f) => `${f.page} ${f.check} ${f.figure}`));
    expect(audit.real.filter((j) => !raised.has(`${j.page} ${j.check} ${j.figure}`))).toEqual([]);
  }, 60_000);

  it('held-apart pages: counted and printed', async () => {
    const audit = await auditFlags('held-apart');
    console.log(`flag audit, recognition pages kept apart: ${auditSummary(audit)}`);
    expect(audit.pages).toBeGreaterThan(100);
  }, 60_000);
});
