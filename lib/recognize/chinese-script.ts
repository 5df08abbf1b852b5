// Traditional-script pages (香港、台湾 reposts, some 繁體 channels) name the same campaigns.
// Rather than duplicating every phrase, text is folded to simplified script first, with the one
// table the relations and places read too (lib/script-fold.json, from OpenCC by
// scripts/build-script-fold.ts, which reads this directory's phrases and genre words); here also
// the other way, for the gate's markers in both scripts.
import fold from '../script-fold.json';

// Each character's traditional forms, itself first where a convention keeps it (群 beside 羣).
const toTraditionalChars = new Map<string, string[]>([...fold.kept].map((s) => [s, [s]]));
for (let i = 0; i < fold.simplified.length; i++) {
  const s = fold.simplified[i]!;
  toTraditionalChars.set(s, [...(toTraditionalChars.get(s) ?? []), fold.traditional[i]!]);
}

/** `simplified` as written wholly in simplified and wholly in traditional script (every
 * traditional variant of each character), for literal searches, which are much cheaper than a
 * regex on a first run; a phrase that mixes the two scripts is not among them. */
export function bothScriptForms(simplified: string): string[] {
  let forms = [''];
  let traditional = [''];
  for (const ch of simplified) {
    const variants = toTraditionalChars.get(ch) ?? [ch];
    forms = forms.map((f) => f + ch);
    traditional = traditional.flatMap((f) => variants.map((v) => f + v));
  }
  return [...new Set([...forms, ...traditional])];
}
