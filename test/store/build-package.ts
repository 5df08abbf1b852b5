// Builds the extension package for a store check, the way `npm run build` / `npm run build:firefox`
// do (the reference dataset, then WXT with wxt.config.ts), but into a directory of its own: the
// checks never read a stale .output/ left by an earlier build, need none (`npm test` runs the unit
// tests before `npm run build`), and never overwrite the .output/chrome-mv3 that the Chromium tests
// may be reading at the same time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltPackages {
  /** `<base>/chrome-mv3`, `<base>/firefox-mv3`: the unpacked packages, as in .output/. */
  dir(browser: 'chrome' | 'firefox'): string;
  remove(): void;
}

/** What vitest adds to the environment (import.meta.env's keys among them). */
const VITEST_ENV = ['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'FORCE_TTY', 'COLOR'];

/** The environment of a build from the shell: vitest's NODE_ENV=test would make Vite bundle Preact's
 *  development JSX runtime, with this machine's source paths in the package. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (VITEST_ENV.includes(key) || key.startsWith('VITEST')) delete env[key];
  return env;
}

function run(args: string[]): void {
  try {
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe', env: buildEnv(), timeout: 120_000 });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`${args.join(' ')} failed: ${err.message}\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
  }
}

/** Builds the given packages (about 2 s each, plus 1 s for the dataset) into a fresh temporary directory. */
export function buildPackages(browsers: ('chrome' | 'firefox')[]): BuiltPackages {
  const base = mkdtempSync(join(tmpdir(), 'figure-check-package-'));
  run([join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-dataset.ts']);
  for (const browser of browsers) {
    // `wxt build -b <browser> --mv3`, with the output directory as the only difference.
    const script = `import { build } from 'wxt'; await build(${JSON.stringify({ browser, manifestVersion: 3, outDir: base })});`;
    run(['--input-type=module', '-e', script]);
  }
  return {
    dir: (browser) => join(base, `${browser}-mv3`),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
