// Every check is one file named by its id, with a description, and is pinned by a test table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/compare';
import { CHECK_IDS } from '../../lib/enums';

const checksDir = join(import.meta.dirname, '../../lib/compare/checks');
const testSources = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
  .map((f) => readFileSync(join(import.meta.dirname, f), 'utf8'))
  .join('\n');

describe('the check registry', () => {
  it('lists every file of lib/compare/checks exactly once', () => {
    const files = readdirSync(checksDir).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(CHECKS.map((c) => c.id).sort()).toEqual(files.sort());
  });

  it('runs every check id of lib/enums.ts, once each', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s has its file, a description and test rows', (id, check) => {
    expect(existsSync(join(checksDir, `${id}.ts`))).toBe(true);
    expect(check.description.length).toBeGreaterThan(20);
    expect(testSources.includes(`check: '${id}'`) || testSources.includes(`check: ${camel(id)}`)).toBe(true);
  });
});

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}
