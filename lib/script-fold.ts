// A page in traditional script is read with the same patterns as one in simplified: its text and
// its figures' words are folded character by character (script-fold.json, made from OpenCC's tables
// by scripts/build-script-fold.ts for the characters the relation patterns and place names are
// written with). One UTF-16
// unit to one, so every offset into the folded text is an offset into the page's own.
import fold from './script-fold.json';

// By UTF-16 unit: the simplified unit, or 0 where there is nothing to fold. A table read per
// character: a character class of all of them cost several times more on simplified pages.
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i < fold.traditional.length; i++) SIMPLIFIED[fold.traditional.charCodeAt(i)] = fold.simplified.charCodeAt(i);

export function foldScript(text: string): string {
  // The runs between folded characters are copied whole: a simplified page with a few characters
  // to fold costs a scan, not a copy character by character.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const simplified = SIMPLIFIED[text.charCodeAt(i)]!;
    if (simplified === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(simplified);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
