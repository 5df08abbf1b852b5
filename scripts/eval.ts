// npm run eval: the checks and the extraction measured on the real corpus (test/corpus), the
// tuning part and the held-apart part apart.
import { holdoutGroups, holdoutIds, loadCorpus } from '../test/corpus/corpus';
import { emptyRelationTally, scoreFigures, scoreRelations, type RelationTally } from '../test/corpus/evaluate';
import { printCrossReport } from '../test/corpus/cross-report';
import { auditFlags, auditSummary } from '../test/corpus/flag-audit';
import { recognizeCampaign } from '../lib/recognize';
import { asArticle, heldApartPages, tuningPages, type LabelledPage } from '../test/recognize/held-apart';

const verbose = process.argv.includes('--verbose');
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

function print(name: string, t: RelationTally, n: number, showDetails: boolean): void {
  console.log(`\n## ${name} (${n} articles)`);
  console.log(`relations recognised / stated: ${t.recognised} / ${t.stated} (${pct(t.recognised, t.stated)})`);
  for (const [type, v] of Object.entries(t.byType).sort()) console.log(`  ${type.padEnd(14)} ${v.recognised} / ${v.stated}`);
  console.log(`broken relations flagged: ${t.brokenFlagged} / ${t.broken}   (rounding-only labelled: ${t.rounding})`);
  console.log(`false alarms on unmodified articles: ${t.falseAlarms}`);
  console.log(`planted errors flagged, message naming both sides: ${t.plantedFlagged} / ${t.planted} (${pct(t.plantedFlagged, t.planted)})`);
  console.log(`  of them on relations the checks recognise: ${t.plantedRecognisedFlagged} / ${t.plantedRecognised} (${pct(t.plantedRecognisedFlagged, t.plantedRecognised)})`);
  console.log(`  left out: ${t.plantsSkipped} planted changes that the operands' own rounding allows (no error a reader could see)`);
  if (!showDetails) return;
  for (const m of t.brokenMissed) console.log(`  broken ${m}`);
  for (const m of t.misses) console.log(`  miss   ${m}`);
  for (const m of t.alarms) console.log(`  alarm  ${m}`);
  for (const m of t.plantMisses) console.log(`  plant  ${m}`);
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const holdout = holdoutIds();
  const tuning = corpus.filter((a) => !holdout.has(a.id));
  const apart = corpus.filter((a) => holdout.has(a.id));
  const t = emptyRelationTally();
  const h = emptyRelationTally();
  await scoreRelations(tuning, t, true);
  await scoreRelations(apart, h, true);
  const kinds = (list: typeof corpus) => `${list.filter((a) => a.kind === 'campaign').length} campaign, ${list.filter((a) => a.kind === 'control').length} control`;
  console.log(`# Corpus: ${corpus.length} real articles (${kinds(corpus)}); held apart: ${apart.length} (${kinds(apart)})`);
  print('Tuning part', t, tuning.length, verbose);
  // Failures of the held-apart part are not printed: they must not steer the tuning.
  print('Held-apart part', h, apart.length, false);
  const groups = [...holdoutGroups()].map(([name, ids]) => [`held-apart ${name} group`, corpus.filter((a) => ids.has(a.id))] as const);
  for (const [name, list] of groups) {
    const g = emptyRelationTally();
    await scoreRelations(list, g, true);
    print(name, g, list.length, false);
  }
  for (const [name, list] of [['tuning part', tuning], ['held-apart part', apart], ...groups] as const) {
    const s = scoreFigures(list);
    const m = s.metrics.valueUnitQualifier;
    console.log(`\nfigures, ${name}: ${s.figures} labelled in ${s.articles} articles; value+unit+qualifier precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`);
  }
  printRecognition(corpus);
  await printCrossReport(verbose);
  await printFlagAudit();
}

/** Flags on the recognition pages that are not corpus articles, judged by reading (test/corpus/flag-audit.json). */
async function printFlagAudit(): Promise<void> {
  console.log('\n## Flag audit (pages no one labelled for relations; every flag judged by reading)');
  for (const [source, name] of [['recognition', 'recognition pages'], ['gathered', 'pages gathered for the audit']] as const) {
    const tuning = await auditFlags('tuning', source);
    console.log(`${name}, tuning part: ${auditSummary(tuning)}`);
    if (verbose) for (const f of tuning.flags.filter((g) => g.judged?.real !== true)) console.log(`  ${f.judged ? 'false ' : 'unread'} ${f.page}: ${f.check} ${f.figure} | ${f.message}`);
    // Held apart: totals only, read once to report them.
    console.log(`${name}, held apart: ${auditSummary(await auditFlags('held-apart', source))}`);
  }
}

// Groups labelled after the campaign phrase lists were last written (lib/recognize/campaigns.ts) and
// not looked at since: recognition on them is out of sample. (The central environmental inspection
// was added after the tenth and eleventh groups' misses showed it missing.)
const AFTER_THE_LISTS = /^(?:c13|k11)-/;

function printRecognition(corpus: ReturnType<typeof loadCorpus>): void {
  const right = (a: (typeof corpus)[number]) =>
    recognizeCampaign({ text: a.text, meta: { title: a.title, date: a.date, source: null, byline: null, url: a.url, siteName: null }, headings: [] }).isCampaign === (a.kind === 'campaign');
  console.log('\n## Campaign recognition on the corpus (title and text)');
  for (const [name, list] of [['articles the phrase lists were written after', corpus.filter((a) => !AFTER_THE_LISTS.test(a.id))], ['articles labelled after the lists (out of sample)', corpus.filter((a) => AFTER_THE_LISTS.test(a.id))]] as const) {
    const campaign = list.filter((a) => a.kind === 'campaign');
    const control = list.filter((a) => a.kind === 'control');
    console.log(`${name}: campaign articles recognised ${campaign.filter(right).length} / ${campaign.length}, controls kept negative ${control.filter(right).length} / ${control.length}`);
  }
  const rightPage = (p: LabelledPage) => recognizeCampaign(asArticle(p)).isCampaign === (p.kind === 'campaign');
  const printPages = (what: string, list: LabelledPage[]) => {
    const [campaignPages, controlPages] = [list.filter((p) => p.kind === 'campaign'), list.filter((p) => p.kind === 'control')];
    const right = list.filter(rightPage).length;
    console.log(
      `${what}: campaign pages recognised ${campaignPages.filter(rightPage).length} / ${campaignPages.length}, controls kept negative ${controlPages.filter(rightPage).length} / ${controlPages.length} (${pct(right, list.length)} right)`,
    );
  };
  // Pages for recognition alone: the tuning set (its failures with --verbose), then the sets kept
  // apart (test/recognize/held-apart/), totals only, by set (r1, r2 …) and in all.
  const bySet = (pages: LabelledPage[]) => [...new Set(pages.map((p) => p.id.split('-')[0]!))].map((set) => [set, pages.filter((p) => p.id.startsWith(`${set}-`))] as const);
  const tuningSet = tuningPages();
  for (const [name, list] of bySet(tuningSet)) printPages(`pages for tuning recognition (tuned on), ${name}`, list);
  if (verbose) for (const p of tuningSet.filter((q) => !rightPage(q))) console.log(`  wrong  ${p.id} (${p.kind}): ${p.title ?? ''}`);
  const pages = heldApartPages();
  for (const [name, list] of [...bySet(pages), ['all', pages] as const]) printPages(`pages kept apart for recognition (never tuned on), ${name}`, list);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
