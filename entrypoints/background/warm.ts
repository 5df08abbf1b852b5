// A worker woken for a page would read it cold: the recognizer's, the extractor's and the relation
// finders' regular expressions and functions compile on first use, and run unoptimised until they
// are hot, which made a stopped worker's first answer 20–60 ms slower. While the engine is injected
// and reads the page (40–100 ms), the worker reads and checks a short text of the genre a few
// times, one pass per task, so that a request arriving meanwhile waits for one pass at most.
import { checkPage } from '@/lib/compare';
import { readArticle } from '@/lib/page-reading';

// Written for this purpose: a campaign, totals with parts by kind, place and status, rates,
// shares, growth and points, in the genre's wording.
const SAMPLE = [
  '主题教育开展以来，全市共受理群众诉求1250件，其中已办结1180件，正在办理70件，办结率94.4%，群众满意率98.2%。',
  '按诉求类型分，城乡建设类420件、社会保障类310件、教育卫生类205件、其他类315件。涉及民生实事的有320件，占25.6%，同比增长12.3%，比上年增加35件。',
  '全市28个重点项目完成投资56.8亿元，为年度计划的81.2%，比上年同期提高3.5个百分点；其中新建项目12个，续建项目16个。',
  '具体如下：',
  '1.市直部门交办问题46个，已整改43个，整改率93.5%；',
  '2.县区交办问题81个，已整改75个，整改率92.6%。',
].join('\n');
const META = { title: '主题教育', date: null, source: null, byline: null, url: null, siteName: null };
// Enough passes for the hottest functions to be compiled for speed; each takes a few milliseconds.
const PASSES = 4;

let warmed = false;

/** Once per worker, after the current task: the page's request, when it comes, finds the readers warm. */
export function warmReaders(): void {
  if (warmed) return;
  warmed = true;
  const pass = (left: number) => {
    const { figures } = readArticle({ text: SAMPLE, meta: META, headings: [] }, false);
    void checkPage({ text: SAMPLE, figures, meta: META }, null)
      .catch(() => undefined)
      .then(() => {
        if (left > 1) setTimeout(() => pass(left - 1), 0);
      });
  };
  setTimeout(() => pass(PASSES), 0);
}
