// One page's check, from the DOM to the highlights: read the article, decide cheaply whether it
// may be a campaign article, send it to the background (recognition, figures, checks), paint.
import { browser } from 'wxt/browser';
import { findArticleInSteps, readFoundArticleInSteps, type Steps } from '@/lib/sites';
import { collectArticleText, type ArticleText } from '@/lib/page/article-text';
import { quickCampaignCheck } from '@/lib/recognize/gate';
import type { ArticleMeta, CheckResult, Figure } from '@/lib/types';
import { FLAGGED_VERDICTS, groupChecksByFigure, overallVerdict } from '@/lib/verdicts';
import type { CheckPageResponse, ErrorResponse, LibraryAddResponse, PageSummary, PageTiming, ReferenceScope } from '@/lib/messages';
import { Highlighter, type PaintItem } from './highlighter';
import { FigureIndex } from './figure-index';
import { MAX_AUTO_ELEMENTS } from './stages';

/** Main-thread time the article search and reading take before they let the page run. */
const SEARCH_SLICE_MS = 10;

const EMPTY_META: ArticleMeta = { title: null, date: null, source: null, byline: null, url: null, siteName: null };

/** Lets the page run between chunks of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageCheck {
  summary: PageSummary;
  index: FigureIndex | null = null;
  private byFigure = new Map<string, CheckResult[]>();
  private articleText: ArticleText | null = null;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    readonly highlighter: Highlighter,
  ) {
    this.summary = this.emptySummary('working');
  }

  get figures(): readonly Figure[] {
    return this.summary.figures;
  }

  checksOf(figureId: string): CheckResult[] {
    return this.byFigure.get(figureId) ?? [];
  }

  /** Figures a reader should look at, in document order. */
  flaggedFigures(): Figure[] {
    return this.summary.figures.filter((f) => FLAGGED_VERDICTS.has(overallVerdict(this.checksOf(f.id))));
  }

  /** The article's root element, watched for added text. */
  root: Element | null = null;

  /** Which reference figures the checks use; the summary's switch sets it. */
  scope: ReferenceScope = 'both';

  /**
   * Runs the whole check. `force` (the user asked) checks any page with text, campaign or not.
   * Returns false when the page is not for us, so the caller can stay idle. `gate`: the gate has
   * just found campaign words in this page (its cheap checks need not run again), and the reader's
   * wait began at its start (performance.now()).
   */
  async run(force: boolean, gate?: { startedAt: number }): Promise<boolean> {
    const generation = ++this.generation;
    const clock = new SliceClock(gate?.startedAt);
    // Each step below runs in its own slice of main-thread time: a content script starts cold
    // (every regular expression compiled on first use), so reading, recognizing and the first
    // piece of extraction together took 60–190 ms on ordinary pages; apart, each stays short.
    const pause = async (): Promise<boolean> => {
      clock.pause();
      await yieldToPage();
      clock.resume();
      return generation === this.generation;
    };
    const url = this.doc.location?.href ?? '';
    // A document of more elements than any article page is a dump, an archive or a generated
    // page: reading it takes one long slice of main-thread time (lib/sites asks the whole
    // document for meta lines; each element walked costs microseconds in an isolated world), so
    // it is checked only when the reader asks. getElementsByTagName('*').length is native and
    // takes a few milliseconds even at 100,000 elements.
    if (!force && !gate) {
      if (this.doc.getElementsByTagName('*').length > MAX_AUTO_ELEMENTS) {
        this.summary = { ...this.emptySummary('not-article'), skipped: { reason: 'page-too-large', checkedChars: 0 } };
        return false;
      }
      // The cheapest possible no: a page whose text names no campaign at all (most pages of a
      // news site) costs one native textContent read and a scan for a few marker strings. On a
      // page of megabytes that is a slice of its own.
      if (!quickCampaignCheck(this.doc.body?.textContent ?? '')) {
        this.summary = this.emptySummary('not-campaign');
        return false;
      }
      if (!(await pause())) return false;
    }
    // Finding the body and reading it go in steps (the generic search scores blocks a few at a time), as many in
    // one slice as fit its budget.
    const inSlices = async <T>(steps: Steps<T>): Promise<{ value: T } | null> => {
      let step = steps.next();
      for (let sliceStart = performance.now(); !step.done; step = steps.next()) {
        if (performance.now() - sliceStart < SEARCH_SLICE_MS) continue;
        if (!(await pause())) return null;
        sliceStart = performance.now();
      }
      return { value: step.value };
    };
    const searched = await inSlices(findArticleInSteps(this.doc, url));
    if (!searched) return false;
    const at = searched.value;
    if (at && !(await pause())) return false;
    const read = at ? await inSlices(readFoundArticleInSteps(this.doc, url, at)) : { value: null };
    if (!read) return false;
    const found = read.value;
    let text: ArticleText;
    let meta: ArticleMeta;
    if (found) {
      text = found.text;
      meta = found.article.meta;
      this.root = found.root;
    } else if (force && this.doc.body) {
      text = collectArticleText(this.doc.body);
      meta = { ...EMPTY_META, title: this.doc.title || null, url };
      this.root = this.doc.body;
    } else {
      this.summary = this.emptySummary('not-article');
      return false;
    }
    if (!force && !quickCampaignCheck(text.text)) {
      this.summary = this.emptySummary('not-campaign');
      return false;
    }
    const skipped = text.truncated ? { reason: 'article-too-long' as const, checkedChars: text.text.length } : undefined;
    this.summary = { ...this.emptySummary('working'), meta, ...(skipped ? { skipped } : {}) };
    // Recognition, extraction and the checks run in the background (lib/page-reading): there they
    // stay compiled from page to page, where here every page would compile them anew.
    clock.pause();
    let answer: CheckPageResponse | ErrorResponse | undefined;
    try {
      answer = (await browser.runtime.sendMessage({
        type: 'check-page',
        article: { url, meta, text: text.text, headings: text.headings },
        scope: this.scope,
        campaignOnly: !force,
      })) as CheckPageResponse | ErrorResponse | undefined;
    } catch (e) {
      answer = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    if (generation !== this.generation) return false; // a newer run (navigation) took over
    clock.resume();
    if (!answer?.ok) {
      this.summary = { ...this.summary, status: 'error', error: answer?.error ?? 'no answer from the background' };
      return false;
    }
    const { recognition, figures, quotes, checks } = answer;
    if (!force && !recognition.isCampaign) {
      this.summary = { ...this.emptySummary('not-campaign'), meta, recognition };
      return false;
    }
    this.articleText = text;
    this.index = new FigureIndex(this.doc, text.segments, figures);
    this.byFigure = groupChecksByFigure(checks);
    this.summary = {
      status: 'checked',
      url,
      meta,
      recognition,
      figures,
      checks,
      quotes,
      checkedAt: new Date().toISOString(),
      // Checks within the page ran; the reference ones could not (the summary says why).
      error: answer.datasetError,
      timing: null,
      scope: this.scope,
      ...(skipped ? { skipped } : {}),
    };
    // Painting many ranges is its own slice too.
    if (!(await pause())) return false;
    this.paint();
    this.summary.timing = clock.stop();
    return true;
  }

  /** Keeps this page in the user's library: its text, metadata and figures. */
  async addToLibrary(): Promise<LibraryAddResponse> {
    const { meta, figures, recognition } = this.summary;
    if (this.summary.status !== 'checked' || !meta || !this.articleText) return { ok: false, error: 'the page has not been checked' };
    const campaign = recognition?.isCampaign ? (recognition.campaigns[0]?.id ?? null) : null;
    try {
      const answer = (await browser.runtime.sendMessage({
        type: 'library-add',
        page: { url: this.summary.url, meta: { ...meta, url: meta.url ?? this.summary.url }, text: this.articleText.text, figures },
        campaign,
      })) as LibraryAddResponse | undefined;
      return answer ?? { ok: false, error: 'no answer from the background' };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The article text the figures index into (for re-checks when the page grows). */
  get text(): ArticleText | null {
    return this.articleText;
  }

  paint(): void {
    const items: PaintItem[] = [];
    for (const f of this.summary.figures) {
      const range = this.index?.rangeOf(f);
      if (range) items.push({ id: f.id, range, verdict: overallVerdict(this.checksOf(f.id)) });
    }
    this.highlighter.paint(items);
  }

  reset(): void {
    this.generation++;
    this.highlighter.clear();
    this.index = null;
    this.byFigure.clear();
    this.articleText = null;
    this.summary = this.emptySummary('working');
  }

  private emptySummary(status: PageSummary['status']): PageSummary {
    return {
      status,
      url: this.doc.location?.href ?? '',
      meta: null,
      recognition: null,
      figures: [],
      checks: [],
      quotes: {},
      checkedAt: null,
      error: null,
      timing: null,
      scope: this.scope,
    };
  }
}

/** Measures the content script's own main-thread work, slice by slice between yields. */
class SliceClock {
  private readonly started: number;
  private sliceStart: number | null = performance.now();
  private busy = 0;
  private longest = 0;

  constructor(startedAt?: number) {
    this.started = startedAt ?? this.sliceStart!;
  }

  pause(): void {
    if (this.sliceStart === null) return;
    const slice = performance.now() - this.sliceStart;
    this.busy += slice;
    this.longest = Math.max(this.longest, slice);
    this.sliceStart = null;
  }

  resume(): void {
    this.sliceStart ??= performance.now();
  }

  stop(): PageTiming {
    this.pause();
    const round = (n: number) => Math.round(n * 100) / 100;
    return { totalMs: round(performance.now() - this.started), busyMs: round(this.busy), longestSliceMs: round(this.longest) };
  }
}
