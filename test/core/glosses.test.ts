// Readings in brackets after characters (`辦結(jié)`), as some mirror sites print traditional-script
// pages: read without them, reported at the page's own offsets. Lines from corpus articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutGlosses } from '../../lib/glosses';
import { extractFigures } from '../../lib/extract';
import { recognizeCampaign } from '../../lib/recognize';

const corpusLine = (id: string, has: string) =>
  readFileSync(join(import.meta.dirname, '../corpus/articles', `${id}.txt`), 'utf8')
    .split('\n')
    .find((l) => l.includes(has))!;

describe('readings in brackets', () => {
  const line = corpusLine('c15-01-panjin', '57件信訪案件中');

  it('are taken out, and offsets lead back to the page', () => {
    const plain = withoutGlosses(line)!;
    expect(plain.text).toContain('56件已辦結并按時上報省協調組');
    const at = plain.text.indexOf('辦結并按時');
    expect(line.slice(plain.original(at), plain.originalEnd(at + '辦結并按時'.length))).toBe('辦結(jié)并按時');
    expect(plain.reading(line.indexOf('(jié)') + 2)).toBe(at + 2);
  });

  it('are found past a bracket that opens the text (`(一)已完成任務(wù)共2項`)', () => {
    const text = corpusLine('c16-08-qiandongnan', '已完成任務(wù)共2項');
    expect(text.startsWith('(')).toBe(true);
    expect(withoutGlosses(text)?.text).toContain('已完成任務共2項');
  });

  it('leave brackets that are no reading alone: 市(区), (WHO), a plain (a)', () => {
    expect(withoutGlosses('涉及11个市(区)，世界卫生组织(WHO)，附件(a)')).toBeNull();
  });

  it('do not cut a figure’s words: the label is read without them, the text is the page’s', () => {
    const text = corpusLine('c16-08-qiandongnan', '就業(yè)困難人員6415人');
    const f = extractFigures(text).find((x) => x.value === 6415)!;
    expect(f.label).toBe('就業困難人員');
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toContain('就業(yè)困難人員6415人');
  });

  it('do not hide a campaign’s name: 中央生態(tài)環(huán)境保護(hù)督察 in a title', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/articles/c15-01-panjin.txt'), 'utf8');
    const title = JSON.parse(readFileSync(join(import.meta.dirname, '../corpus/articles/c15-01-panjin.json'), 'utf8')).title as string;
    const recognition = recognizeCampaign({ text, meta: { title, date: null, source: null, byline: null, url: null, siteName: null }, headings: [] });
    expect(recognition.campaigns[0]?.id).toBe('environmental-inspection');
    expect(recognition.campaigns[0]!.evidence.some((e) => e.where === 'title' && e.phrase === '中央生態(tài)環(huán)境保護(hù)督察')).toBe(true);
  });

  it('read a mirror’s readings without tone marks as readings when the page is full of them (常住(zhu)人(ren)口)', () => {
    // k34-01: `全市常住(zhu)人(ren)口107.5萬人` among dozens of readings printed without marks.
    const text = corpusLine('k34-01-zhongwei', '107.5萬人');
    const f = extractFigures(text).find((x) => x.value === 1_075_000)!;
    expect(f.label).toMatch(/常住人口$/);
    // A few words in brackets without a mark are no readings (`装机(mw)` on a page with none marked).
    expect(withoutGlosses('装机容量(mw)、主变(kv)、线路(km)')).toBeNull();
  });
});
