// Writes lib/recognize/marker-forms.json, every campaign marker (lib/recognize/campaigns.ts) and
// every marker of an unnamed drive (lib/recognize/genre.ts) in both scripts, for the gate
// (lib/recognize/gate.ts): worked out here rather than on every page, where it cost the gate about
// half a millisecond of its few. The traditional forms are those of lib/script-fold.json (the one
// table recognition, relations and places fold with), read when this runs, after that table is
// written. Run by scripts/build-dataset.ts before every build; test/recognize/marker-forms.test.ts
// keeps the file equal to what this writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAMPAIGN_MARKERS } from '../lib/recognize/campaigns';
import { DRIVE_MARKERS } from '../lib/recognize/genre';
import { SCRIPT_FOLD_FILE } from './build-script-fold';
import { writeIfChanged } from './write-if-changed';

export const MARKER_FORMS_FILE = join(import.meta.dirname, '..', 'lib', 'recognize', 'marker-forms.json');

/** Each simplified character's traditional forms, itself first where a convention keeps it (群 beside 羣). */
function traditionalForms(): Map<string, string[]> {
  const fold = JSON.parse(readFileSync(SCRIPT_FOLD_FILE, 'utf8')) as { traditional: string; simplified: string; kept: string };
  const forms = new Map<string, string[]>([...fold.kept].map((s) => [s, [s]]));
  for (let i = 0; i < fold.simplified.length; i++) forms.set(fold.simplified[i]!, [...(forms.get(fold.simplified[i]!) ?? []), fold.traditional[i]!]);
  return forms;
}

/** `simplified` as written wholly in simplified and wholly in traditional script (every
 * traditional variant of each character), for literal searches, which are much cheaper than a
 * regex on a first run; a phrase that mixes the two scripts is not among them. */
export function bothScriptForms(simplified: string, forms = traditionalForms()): string[] {
  let traditional = [''];
  for (const ch of simplified) {
    const variants = forms.get(ch) ?? [ch];
    traditional = traditional.flatMap((f) => variants.map((v) => f + v));
  }
  return [...new Set([simplified, ...traditional])];
}

export function markerFormsText(): string {
  const forms = traditionalForms();
  const both = (markers: readonly string[]) => [...new Set(markers.flatMap((m) => bothScriptForms(m, forms)))];
  const drive = DRIVE_MARKERS;
  const quotedDrive = { quotes: drive.quotes, listed: drive.listed, after: both(drive.afterQuote), before: both(drive.beforeQuote) };
  return `${JSON.stringify({ campaign: both(CAMPAIGN_MARKERS), drive: both(drive.words), quotedDrive }, null, 1)}\n`;
}

/** Rewrites the file when the markers changed; true when it did. */
export function writeMarkerForms(): boolean {
  return writeIfChanged(MARKER_FORMS_FILE, markerFormsText());
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`${MARKER_FORMS_FILE}: ${writeMarkerForms() ? 'written' : 'unchanged'}`);
