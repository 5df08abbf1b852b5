// Figure extraction throughput, side by side with Microsoft's Recognizers-Text (Culture Chinese),
// and how throughput holds as the text grows. Run alone: `npx tsx test/bench/extract.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { extractFigures } from '../../lib/extract';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEEDS_DIR = join(HERE, '..', '..', 'seeds');

interface Model {
  parse(query: string): unknown[];
}

function loadSeeds(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `runs` runs of `work` after `warmups` unmeasured ones. */
function timeIt(work: () => number, runs: number, warmups: number): { ms: number; found: number } {
  let found = 0;
  for (let k = 0; k < warmups; k++) found = work();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    found = work();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), found };
}

/** Sentences (with their punctuation), the unit we feed the slow unit models. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？!?\n])/).filter((s) => s.trim().length > 0);
}

const FOUR_MODEL_BUDGET_MS = 20_000;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function benchExtraction(): Promise<void> {
  const seeds = loadSeeds();
  const chars = seeds.reduce((n, s) => n + s.length, 0);
  const ours = timeIt(() => seeds.reduce((n, s) => n + extractFigures(s).length, 0), 15, 10);
  const oursRate = (chars / ours.ms) * 1000;

  console.log('Linear growth: the five articles joined and repeated.');
  console.log('| size | characters | figures | ms | chars/s |');
  console.log('|---|---|---|---|---|');
  const joined = seeds.join('\n');
  for (const times of [1, 10, 100]) {
    const text = joined.repeat(times);
    const r = timeIt(() => extractFigures(text).length, times === 100 ? 3 : 9, times === 100 ? 1 : 5);
    console.log(`| ${times}× | ${fmt(text.length)} | ${r.found} | ${r.ms.toFixed(1)} | ${fmt((text.length / r.ms) * 1000)} |`);
  }

  const number = new NumberRecognizer(Culture.Chinese).getNumberModel() as Model;
  const percentage = new NumberRecognizer(Culture.Chinese).getPercentageModel() as Model;
  const withUnit = new NumberWithUnitRecognizer(Culture.Chinese);
  const currency = withUnit.getCurrencyModel() as Model;
  const dimension = withUnit.getDimensionModel() as Model;

  const msNumber = timeIt(() => seeds.reduce((n, s) => n + number.parse(s).length, 0), 3, 1);
  const msNumberRate = (chars / msNumber.ms) * 1000;

  // The currency model grows worse than linearly with its input: it gets one sentence at a time,
  // which is also how the other three are fed here, so the four see the same pieces.
  const sentences = seeds.flatMap(sentencesOf);
  const four = [number, percentage, currency, dimension];
  for (const s of sentences.slice(0, 20)) for (const model of four) model.parse(s); // warm-up
  // a time budget keeps the whole bench under a minute on a busy machine: past it, the rate is
  // taken over the sentences done so far
  let fourFound = 0;
  let fourChars = 0;
  let fourDone = 0;
  const t0 = performance.now();
  for (const s of sentences) {
    if (performance.now() - t0 > FOUR_MODEL_BUDGET_MS) break;
    for (const model of four) fourFound += model.parse(s).length;
    fourChars += s.length;
    fourDone++;
  }
  const msFourRate = (fourChars / (performance.now() - t0)) * 1000;
  const msFour = { found: fourFound };

  console.log(`\nFive seed articles, ${fmt(chars)} characters; median of several runs after warm-up.`);
  console.log('| extractor | figures found | chars/s | ours ÷ theirs |');
  console.log('|---|---|---|---|');
  console.log(`| extractFigures (this project) | ${ours.found} | ${fmt(oursRate)} | 1 |`);
  console.log(`| Recognizers-Text Chinese: number model, whole articles | ${msNumber.found} | ${fmt(msNumberRate)} | ${(oursRate / msNumberRate).toFixed(1)}× |`);
  console.log(
    `| Recognizers-Text Chinese: number + percentage + currency + dimension, one sentence at a time | ${msFour.found} | ${fmt(msFourRate)} | ${(oursRate / msFourRate).toFixed(0)}× |`,
  );
  console.log(
    `(The four models were fed sentence by sentence, since the currency model slows down more than linearly on long input, ` +
      `within a ${FOUR_MODEL_BUDGET_MS / 1000} s budget: ${fourDone} of ${sentences.length} sentences, ${fmt(fourChars)} characters, one run after a warm-up on 20 sentences.)`,
  );
  console.log('(Their counts are raw matches: bare numbers, dates and names included, no counted noun; the four models overlap.)');

  const target = oursRate >= 1_000_000 && oursRate > msNumberRate;
  console.log(`\nTarget ≥ 1,000,000 chars/s and faster than the bare number model: ${target ? 'met' : 'NOT met'}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchExtraction();
}
