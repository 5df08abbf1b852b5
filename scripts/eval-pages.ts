// The readers on the real saved pages (test/pages/real/): article found, title exact, date
// right, 来源, body precision and recall (4-character shingles), tuning part and held-apart part
// apart. `--verbose` lists the tuning part's misses; the held-apart groups print totals only.
//   npm run eval:pages [-- --verbose]
import { parseHtmlDocument } from './parse-html';
import { readingOf } from '../test/sites/reading';
import { realPages, scorePage, summarize, type PageScore, type Summary } from '../test/sites/real-pages';

function pct(n: number, d: number): string {
  return `${n} / ${d} (${d === 0 ? 0 : Math.round((n / d) * 100)} %)`;
}

function table(part: string, s: Summary): string {
  return [
    `${part}: ${s.pages} pages`,
    `  article found          ${pct(s.found, s.pages)}`,
    `  title exact            ${pct(s.titleExact, s.pages)}`,
    `  date right / shown     ${pct(s.dateRight, s.datesShown)}; the day without the shown time ${s.dateDayOnly}; wrong ${s.dateWrong}; given where the page shows none ${s.dateInvented}`,
    `  来源 right / shown      ${pct(s.sourceRight, s.sourcesShown)}`,
    `  byline right / shown   ${pct(s.bylineRight, s.bylinesShown)}`,
    `  body precision/recall  ${s.precision.toFixed(3)} / ${s.recall.toFixed(3)}`,
    `  continues (下一页) right ${pct(s.continuesRight, s.pages)}`,
  ].join('\n');
}

const verbose = process.argv.includes('--verbose');
const tuning: PageScore[] = [];
const holdout: PageScore[] = [];
const holdout2: PageScore[] = [];
const holdout3: PageScore[] = [];
for (const page of realPages()) {
  const reading = readingOf(parseHtmlDocument(page.html), page.url);
  const score = scorePage(page, reading);
  (page.holdoutGroup === 3 ? holdout3 : page.holdoutGroup === 2 ? holdout2 : page.holdout ? holdout : tuning).push(score);
  if (verbose && !page.holdout) {
    const notes: string[] = [];
    if (!score.found) notes.push('no article');
    if (score.found && !score.titleExact) notes.push(`title ${JSON.stringify(reading.meta.title)} ≠ ${JSON.stringify(page.expected.title)}`);
    if (score.date !== 'right' && score.date !== 'none-shown') notes.push(`date ${score.date}: ${reading.meta.date} vs ${page.expected.date}`);
    if (score.sourceRight === false) notes.push(`来源 ${reading.meta.source} vs ${page.expected.source}`);
    if (score.bylineRight === false) notes.push(`byline ${reading.meta.byline} vs ${page.expected.byline}`);
    if (score.precision < 0.9 || score.recall < 0.9) notes.push(`body P ${score.precision.toFixed(2)} R ${score.recall.toFixed(2)} (${reading.text.replace(/\s/g, '').length} vs ${page.expected.bodyChars} chars)`);
    if (!score.continuesRight) notes.push(`continues: ${reading.continues}`);
    if (notes.length > 0) console.log(`${page.name}: ${notes.join('; ')}`);
  }
}
console.log(table('tuning part', summarize(tuning)));
console.log(table('held-apart part (never tuned on)', summarize(holdout)));
console.log(table('second held-apart group (never tuned on)', summarize(holdout2)));
console.log(table('third held-apart group (never tuned on)', summarize(holdout3)));
