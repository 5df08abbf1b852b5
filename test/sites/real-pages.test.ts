// The readers on real saved news and government pages (test/pages/real/, labelled by reading):
// the tuning part held to the figures `npm run eval:pages` prints; the held-apart part is only
// counted here, never asserted page by page, so that no rule is written for it.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../scripts/parse-html';
import { readingOf } from './reading';
import { realPages, scorePage, summarize, bodyOverlap, judgeDate } from './real-pages';

const pages = realPages();
const tuning = pages.filter((p) => !p.holdout);
const scores = tuning.map((p) => scorePage(p, readingOf(parseHtmlDocument(p.html), p.url)));
const summary = summarize(scores);

describe('the real page set', () => {
  it('has at least 80 pages from at least 50 sites, a sixth of them held apart', () => {
    expect(pages.length).toBeGreaterThanOrEqual(80);
    expect(new Set(pages.map((p) => p.site)).size).toBeGreaterThanOrEqual(50);
    const held = pages.filter((p) => p.holdout).length;
    expect(held).toBeGreaterThanOrEqual(Math.floor(pages.length / 6));
  });

  it('labels every page with a title, a body and its first and last sentences', () => {
    for (const p of pages) {
      expect(p.expected.title.length, p.name).toBeGreaterThan(3);
      const body = p.body.replace(/\s/g, '');
      expect(body, p.name).toContain(p.expected.firstSentence.replace(/\s/g, ''));
      expect(body, p.name).toContain(p.expected.lastSentence.replace(/\s/g, ''));
      expect(Math.abs(body.length - p.expected.bodyChars), p.name).toBeLessThanOrEqual(p.expected.bodyChars * p.expected.bodyCharsTolerance);
    }
  });
});

describe('readers on the tuning part', () => {
  it('find the article on every page', () => {
    expect(scores.filter((s) => !s.found).map((s) => s.name)).toEqual([]);
  });

  it('take the headline as the page shows it on all but one page', () => {
    expect(summary.titleExact).toBeGreaterThanOrEqual(tuning.length - 1);
  });

  it('read the shown date (and time) on all but one page that shows one, and never a wrong one', () => {
    expect(summary.dateRight).toBeGreaterThanOrEqual(summary.datesShown - 1);
    expect(scores.filter((s) => s.date === 'wrong').map((s) => s.name)).toEqual([]);
  });

  it('read the 来源 on at least 90 % of the pages that show one', () => {
    expect(summary.sourceRight / summary.sourcesShown).toBeGreaterThanOrEqual(0.9);
  });

  it('read the byline on at least 19 of the 23 pages that credit someone', () => {
    expect(summary.bylinesShown).toBe(23);
    expect(summary.bylineRight).toBeGreaterThanOrEqual(19);
  });

  it('keep the body: precision and recall at least 0.97', () => {
    expect(summary.precision).toBeGreaterThanOrEqual(0.97);
    expect(summary.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('say when the article continues on another page, and only then', () => {
    expect(scores.filter((s) => !s.continuesRight).map((s) => s.name)).toEqual([]);
    expect(tuning.filter((p) => p.expected.continues).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the scoring itself', () => {
  it('counts 4-character shingles with their multiplicity, white space removed', () => {
    expect(bodyOverlap('甲乙丙丁戊', '甲乙丙丁戊')).toEqual({ precision: 1, recall: 1 });
    // 甲乙丙丁子丑寅卯 (the space removed) has five shingles, one of them the gold's only one.
    const fifth = bodyOverlap('甲乙丙丁 子丑寅卯', '甲乙丙丁');
    expect(fifth.recall).toBe(1);
    expect(fifth.precision).toBeCloseTo(1 / 5);
    expect(bodyOverlap('', '甲乙丙丁')).toEqual({ precision: 0, recall: 0 });
  });

  it('judges a date at the precision the page shows', () => {
    expect(judgeDate('2019-09-07T13:43:45', '2019-09-07T13:43')).toBe('right');
    expect(judgeDate('2019-09-07T13:43:45', '2019-09-07')).toBe('right');
    expect(judgeDate('2019-09-07', '2019-09-07T13:43')).toBe('day-only');
    expect(judgeDate('2019-09-08T13:43:45', '2019-09-07T13:43')).toBe('wrong');
    expect(judgeDate(null, '2019-09-07')).toBe('missing');
    expect(judgeDate('2019-09-07', null)).toBe('invented');
  });
});
