// Campaign recognition cost, text already extracted: a reference-sized article (target < 2 ms)
// and the no-answer path on a page that is not a campaign article (target < 0.5 ms).
// Also the cost of reading the article out of a parsed page (linkedom; the browser is faster).
//
//   npx tsx test/bench/recognize.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { quickCampaignCheck, recognizeCampaign } from '../../lib/recognize';
import { readArticle } from '../../lib/sites';
import type { Article } from '../../lib/types';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

function timeMedian(runs: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function pageArticle(name: string): { article: Article; html: string; url: string } {
  const html = readFileSync(resolve(ROOT, 'test/pages', name, 'page.html'), 'utf8');
  const url = (JSON.parse(readFileSync(resolve(ROOT, 'test/pages', name, 'expected.json'), 'utf8')) as { url: string }).url;
  const result = readArticle(parseHTML(html).document as unknown as Document, url);
  if (!result) throw new Error(`${name}: no article`);
  return { article: result.article, html, url };
}

function row(label: string, ms: number, target: number | null, chars: number): void {
  const verdict = target === null ? '' : ms < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: MISSED)`;
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(8)} ms  ${String(chars).padStart(6)} chars${verdict}`);
}

export async function benchRecognition(): Promise<void> {
  const runs = 500;
  const reference = pageArticle('seed-000-china-com'); // 4,900-character summary + an appended story
  const newspaper = pageArticle('seed-003-zynews'); // a newspaper page of 7 stories
  const control = pageArticle('control-economy-projects'); // numbers, 项目, 亿元, one passing mention
  const plainControl = pageArticle('control-weather');

  row('recognizeCampaign, reference article (seed 000)', timeMedian(runs, () => recognizeCampaign(reference.article)), 2, reference.article.text.length);
  row('recognizeCampaign, newspaper page (seed 003)', timeMedian(runs, () => recognizeCampaign(newspaper.article)), 2, newspaper.article.text.length);
  row('no answer: quickCampaignCheck on a weather page', timeMedian(runs * 4, () => quickCampaignCheck(plainControl.article.text)), 0.5, plainControl.article.text.length);
  row('no answer: recognizeCampaign on an economy page', timeMedian(runs, () => recognizeCampaign(control.article)), 0.5, control.article.text.length);
  row('quickCampaignCheck, reference article (true)', timeMedian(runs * 4, () => quickCampaignCheck(reference.article.text)), null, reference.article.text.length);

  const doc = parseHTML(reference.html).document as unknown as Document;
  row('readArticle on a parsed page (linkedom), seed 000', timeMedian(100, () => readArticle(doc, reference.url)), null, reference.html.length);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchRecognition();
}
