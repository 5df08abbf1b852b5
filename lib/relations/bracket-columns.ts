// `…信访举报件308件(重点案件40件)…。其中,长春市171件(重点案件5件)、吉林市26件(重点案件8件)、…`: a count
// in brackets after a total, and the same count in brackets after each item of the list that divides
// the total (in the sentences after it), are a column of their own: the items' counts are parts of
// the total's. Items may have none (`洮南市5件`), so the column is open; by place, a partition.
import type { Figure } from '../types';
import { figuresWithNumberIn } from '../compare/sentences';
import type { Relation } from './relation';
import { eachLedByPlace } from './all-divisions';
import { isAdditive, lineStart, linesAhead } from './text';

// `(重点案件40件)`, `（其中重点关注案件5件）`: the bracket holds one count and its name.
const BRACKET = /^\s*[(（](?:其中|含)?([\u4e00-\u9fff]{2,10}?)$/;
const LINES_AHEAD = 2;

export function findBracketColumns(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i < figures.length; i++) {
    const whole = figures[i]!;
    const owner = figures[i - 1]!;
    const name = bracketName(text, owner, whole);
    if (!name || !isAdditive(whole)) continue;
    // The items: counts in brackets of the same name after a count of the owner's unit, below.
    const to = linesAhead(text, lineStart(text, whole.start), LINES_AHEAD);
    const after = figuresWithNumberIn(figures, whole.end, to);
    const parts: Figure[] = [];
    const owners: Figure[] = [];
    for (let j = 1; j < after.length; j++) {
      const f = after[j]!;
      const item = after[j - 1]!;
      // In a sentence after the total's: brackets of one list are items, not totals of each other.
      if (f.sentence.start === whole.sentence.start || f.unit !== whole.unit || item.unit !== owner.unit || bracketName(text, item, f) !== name) continue;
      parts.push(f);
      owners.push(item);
    }
    if (parts.length < 2 || parts.some((p) => p.value > whole.value)) continue;
    const places = eachLedByPlace(text, owners, (k) => (k === 0 ? Math.max(owners[0]!.sentence.start, owners[0]!.start - 12) : Math.max(owners[k]!.sentence.start, parts[k - 1]!.end)));
    out.push({ kind: 'parts', target: whole, operands: parts, word: '其中', closed: false, ...(places ? { partition: true } : {}) });
  }
  return out;
}

/** The name of the count `f` when it stands alone in brackets right after `owner`, else null. */
function bracketName(text: string, owner: Figure, f: Figure): string | null {
  const m = BRACKET.exec(text.slice(owner.end, f.numberStart));
  return m && /^[)）]/.test(text.slice(f.end).trimStart()) ? m[1]! : null;
}
