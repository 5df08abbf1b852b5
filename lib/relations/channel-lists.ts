// `…移交的第十九批群众信访举报件308件(重点案件40件),来电98件,来信210件。`: a count of reports followed,
// with no 其中, by counts of the ways they came (来电, 来信, 来访, 网络 …) lists those ways as its parts.
// Ways not named may exist (a hotline's app, a visit), so the list is open unless a 其他 item ends it;
// the ways never overlap, so their sum may not exceed the count.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { clauseStart, indexOf, isAdditive, sameFamily } from './text';

// The ways a report comes in, as the item's whole words: `来电98件`, `来信举报6件`, `其他途径举报材料0件`.
const CHANNEL = /^(?:来电|来信|来访|电话|信件|网络|网上|网信|邮件|微信|(?:其他|其它)(?:途径|渠道|方式)?)(?:举报|反映|投诉|诉求)?(?:材料)?$/;
const OTHER = /^(?:其他|其它)/;
const ASIDE = /^\s*[(（][^()（）]{0,30}[)）]/;

export function findChannelLists(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < figures.length; i++) {
    const list = channelList(text, figures, i);
    if (!list) continue;
    // A report comes one way: the ways never overlap.
    out.push({ kind: 'parts', target: figures[i]!, operands: list.parts, word: '其中', closed: list.closed, partition: true });
    i = indexOf(figures, list.parts[list.parts.length - 1]!);
  }
  return out;
}

/** The count whose list of ways ends with `figures[i]` (`…308件(重点案件40件),来电98件,来信210件`), if any. */
export function channelTotalEndingAt(text: string, figures: readonly Figure[], i: number): Figure | null {
  const last = figures[i]!;
  for (let k = i - 1; k >= 0 && figures[k]!.sentence.start === last.sentence.start; k--) {
    if (channelList(text, figures, k)?.parts.at(-1) === last) return figures[k]!;
  }
  return null;
}

/** The ways listed right after the count `figures[i]`, or null when fewer than two follow it. */
function channelList(text: string, figures: readonly Figure[], i: number): { parts: Figure[]; closed: boolean } | null {
  const total = figures[i]!;
  if (!isAdditive(total)) return null;
  // The count is of all the ways, not one of them (`其中来电举报11件,来信举报0件`).
  const own = text.slice(clauseStart(text, total.sentence.start, total.numberStart), total.numberStart);
  if (CHANNEL.test(own.replace(/^其中/, '')) || own.startsWith('其中')) return null;
  const parts: Figure[] = [];
  let closed = false;
  // An aside in brackets right after the count (`(重点案件40件)`) is passed over.
  const aside = ASIDE.exec(text.slice(total.end, total.end + 40));
  let end = total.end + (aside ? aside[0].length : 0);
  // Items follow each other, each after a comma or 、, in the total's sentence and unit.
  for (let j = i + 1; j < figures.length; j++) {
    const f = figures[j]!;
    if (f.start < end) continue;
    const gap = text.slice(end, f.numberStart);
    const words = gap.replace(/^\s*[，,、]\s*/, '');
    if (f.sentence.start !== total.sentence.start || words === gap || !CHANNEL.test(words) || !isAdditive(f) || !sameFamily(f, total) || f.unit !== total.unit) break;
    parts.push(f);
    end = f.end;
    if (OTHER.test(words)) {
      closed = true;
      break;
    }
  }
  return parts.length < 2 || parts.some((p) => p.value > total.value) ? null : { parts, closed };
}
