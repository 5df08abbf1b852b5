import type { ExclusionRule } from '../candidate';

/** Generation labels: `90后`, `00后`, `85后`. */
export const generationLabels: ExclusionRule = {
  id: 'generation-label',
  description: 'generation labels (90后, 00后)',
  excludes(c) {
    const { text, numeral: n } = c;
    return n.script === 'arabic' && n.digitCount === 2 && !c.unit && text[n.end] === '后';
  },
};
