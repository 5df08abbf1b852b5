import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openReferenceDb } from '../../lib/dataset/db';
import { figureChanges } from '../../lib/dataset/figure-changes';
import { addToLibrary, libraryEntryFromPage } from '../../lib/dataset/library';
import { extractFigures } from '../../lib/extract';
import { meta, SEED, seedText } from '../compare/hand-figures';

describe('what changed between two versions of a kept article', () => {
  it.each([
    ['nothing', ['1559场次', '506场次'], ['1559场次', '506场次'], [], []],
    ['a figure edited', ['1559场次', '506场次'], ['1560场次', '506场次'], ['1560场次'], ['1559场次']],
    ['a figure repeated once more', ['3个'], ['3个', '3个'], ['3个'], []],
    ['a paragraph cut', ['12期', '3.6万人次'], ['12期'], [], ['3.6万人次']],
  ])('%s', (_name, before, after, added, removed) => {
    const changes = figureChanges(before.map((text) => ({ text })), after.map((text) => ({ text })));
    expect(changes).toEqual({ added, removed });
  });
});

describe('adding a kept article again', () => {
  it('keeps the previous figures in the history and says what changed', async () => {
    const db = await openReferenceDb(new IDBFactory());
    const original = seedText(SEED.jinshui);
    const url = 'https://hn.china.com/news/jinshui.html';
    const entry = (text: string) => libraryEntryFromPage({ text, meta: meta({ title: '金水区', url }), figures: extractFigures(text) });
    expect(await addToLibrary(db, entry(original))).toBeNull();
    const edited = original.replace('2041个基层党组织', '2051个基层党组织');
    expect(edited).not.toBe(original);
    const changes = await addToLibrary(db, entry(edited));
    expect(changes?.added.some((t) => t.includes('2051个'))).toBe(true);
    expect(changes?.removed.some((t) => t.includes('2041个'))).toBe(true);
    const history = await db.getAll('libraryHistory');
    expect(history).toHaveLength(2);
    expect(history[1]!.previousFigures?.some((f) => f.value === 2041)).toBe(true);
    db.close();
  });
});
