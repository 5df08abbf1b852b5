// Pages in traditional script are read with the relations' own patterns, folded character by
// character from OpenCC's tables (lib/script-fold.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldScript } from '../../lib/script-fold';
import { SCRIPT_FOLD_FILE, scriptFoldText } from '../../scripts/build-script-fold';
import { checkRow, lines } from '../compare/corpus-rows';

describe('the traditional-script fold of the relations', () => {
  it('is what scripts/build-script-fold.ts writes from the patterns (run `npm run build` after changing them)', () => {
    expect(readFileSync(SCRIPT_FOLD_FILE, 'utf8')).toBe(scriptFoldText());
  });

  it('keeps every offset: one character for one', () => {
    const text = lines('c9-04-xilingol', '不滿意工單267個');
    expect(foldScript(text)).toHaveLength(text.length);
    expect(foldScript('退回重辦後滿意184個，佔比')).toBe('退回重办后满意184个，占比');
  });

  it('reads a 其中 list of a page in traditional script, with the page’s own words in the message', async () => {
    // 184 + 20 + 52 + 11 = 267 不滿意工單 (test/corpus/articles/c9-04-xilingol.txt); the first part is no
    // total of the statuses after it. Planted: 52 → 25 makes 240.
    await checkRow({
      name: 'planted',
      check: 'parts-vs-total',
      text: () => lines('c9-04-xilingol', '不滿意工單267個'),
      plant: ['延期銷號52個', '延期銷號25個'],
      expect: { figure: '267個', verdict: 'inconsistent', names: ['退回重辦後滿意184個', '延期銷號25個', '267個'] },
    });
  });
});
