// Generated files are rewritten only when their text changes, so a build leaves the tree clean.
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes `text` to `path` unless the file already holds it; true when it wrote. */
export function writeIfChanged(path: string, text: string): boolean {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // first build
  }
  if (old === text) return false;
  writeFileSync(path, text);
  return true;
}
