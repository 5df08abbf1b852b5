// The core as the extension ships it: bundled and minified by esbuild, then imported. Timing `lib/`
// as tsx runs it overstates code of many small functions: tsx compiles with esbuild's `keepNames`,
// which wraps every function in a naming call that the extension's bundles do not have.
import { build } from 'esbuild';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** The named exports of `lib/` modules (paths from the project's root), bundled into one module. */
export async function importBundled<T>(exports: Record<string, string>): Promise<T> {
  const contents = Object.entries(exports)
    .map(([name, path]) => `export { ${name} } from './${path}';`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    write: false,
  });
  const code = result.outputFiles[0]!.text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as T;
}
