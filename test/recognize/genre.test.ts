// The genre's words are read in either script: a traditional-script report of a drive gives the
// same families as its simplified form.
import { describe, expect, it } from 'vitest';
import { findGenreHits } from '../../lib/recognize/genre';
import { foldScript } from '../../lib/script-fold';

const families = (text: string) => findGenreHits(foldScript(text)).map((h) => h.family);

describe('genre words of an unnamed drive', () => {
  it.each([
    ['drive', '「清風」專項行動啟動以來'],
    ['party', '黨總支'],
    ['study', '專題黨課'],
    ['rectify', '查擺突出問題'],
    ['serve', '走訪農戶'],
    ['outcome', '取得顯著成效'],
  ])('%s in traditional script: %s', (family, text) => {
    expect(families(text)).toContain(family);
  });

  it('counts a quoted name only when 活动 or 行动 follows it', () => {
    expect(families('“民情气象站”工作模式')).not.toContain('drive');
    expect(families('“两转一提一抓”活动')).toEqual(['drive']);
  });
});
