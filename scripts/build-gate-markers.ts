// Writes lib/recognize/marker-forms.json, every campaign marker (lib/recognize/campaigns.ts) and
// every marker of an unnamed drive (lib/recognize/genre.ts) in both scripts, for the gate (lib/recognize/gate.ts): worked out here rather than on every page,
// where it cost the gate about half a millisecond of its few. Run by scripts/build-dataset.ts
// before every build; test/recognize/marker-forms.test.ts keeps the file equal to what this writes.
import { join } from 'node:path';
import { CAMPAIGN_MARKERS } from '../lib/recognize/campaigns';
import { DRIVE_MARKERS } from '../lib/recognize/genre';
import { bothScriptForms } from '../lib/recognize/chinese-script';
import { writeIfChanged } from './write-if-changed';

export const MARKER_FORMS_FILE = join(import.meta.dirname, '..', 'lib', 'recognize', 'marker-forms.json');

export function markerFormsText(): string {
  const forms = (markers: readonly string[]) => [...new Set(markers.flatMap(bothScriptForms))];
  return `${JSON.stringify({ campaign: forms(CAMPAIGN_MARKERS), drive: forms(DRIVE_MARKERS) }, null, 1)}\n`;
}

/** Rewrites the file when the markers changed; true when it did. */
export function writeMarkerForms(): boolean {
  return writeIfChanged(MARKER_FORMS_FILE, markerFormsText());
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`${MARKER_FORMS_FILE}: ${writeMarkerForms() ? 'written' : 'unchanged'}`);
