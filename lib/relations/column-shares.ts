// `…442个项目集中开工,总投资552.5亿元,当年计划投资152.1亿元` then `产业类项目314个,占比71.0%;总投资439.4亿元,占比79.5%;当年计划投资105.7亿元,
// 占比69.5%`: a bare share (`,占比`) right after its part, where no finder found a whole, is of the figure above that names the same
// measure (the same name, or the name the part's ends with: `项目` for `产业类项目`), in the same unit: the nearest one of its kind no smaller.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { isAdditive, lineStart, linesBack } from './text';

const BARE_SHARE = /^[，,]\s*占比(?:为|达)?$/;
// How far above the part's line the whole may stand.
const LINES_BACK = 1;
const MIN_NAME = 2;

export function findColumnShares(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((share, s) => {
    const part = figures[s - 1];
    if (share.kind !== 'percent' || !part || !isAdditive(part) || !BARE_SHARE.test(text.slice(part.end, share.numberStart))) return;
    const name = part.label ?? '';
    if (name.length < MIN_NAME) return;
    const floor = linesBack(text, lineStart(text, part.start), LINES_BACK);
    // The nearest figure of its kind (a count, an amount) no smaller than the part, before the part's sentence, must be that
    // one: another (`群众参与投票782件` before `满意票782张,占比100%`) may be the whole.
    for (let i = s - 2; i >= 0 && figures[i]!.start >= floor; i--) {
      const f = figures[i]!;
      if (f.sentence.start === part.sentence.start || !isAdditive(f) || f.kind !== part.kind || f.value < part.value) continue;
      const whole = f.label ?? '';
      if (f.unit === part.unit && whole.length >= MIN_NAME && name.endsWith(whole)) out.push({ kind: 'share', target: share, operands: [f, part], word: '占比' });
      return;
    }
  });
  return out;
}
