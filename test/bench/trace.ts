// Main-thread time of extension scripts in a page, read from a DevTools trace of the page's
// renderer main thread: the events that name a script (its evaluation and compilation, callbacks
// into it) and the V8 CPU profile the trace records, where a sample counts for an extension when
// any frame of its stack is one of that extension's scripts (native work they call, such as a
// textContent read, included).
import type { CDPSession, Page } from 'playwright-core';

// The fewest categories that give tasks, compilation and stacks: the detailed timeline and the
// high-resolution profiler slow the page's scripts several times over (a 1 ms floor read 7 ms).
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: any;
}

export interface Recording {
  stop(): Promise<TraceEvent[]>;
}

/** Starts a trace through the page's DevTools session. */
export async function startTrace(cdp: CDPSession): Promise<Recording> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES },
  });
  return {
    async stop() {
      const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
      await cdp.send('Tracing.end');
      const stream = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const parsed = JSON.parse(text);
      return (Array.isArray(parsed) ? parsed : parsed.traceEvents) as TraceEvent[];
    },
  };
}

export interface ScriptTime {
  /** Milliseconds of main-thread time per owner (sampled stacks + compilation). */
  ms: Map<string, number>;
  /** The longest main-thread task in which a script of each owner ran, and the owner's time in it. */
  longestTask: Map<string, { taskMs: number; oursMs: number }>;
}

/**
 * The longest time one sample stands for. The profiler samples every 0.2 ms or so while the thread
 * runs and not at all while it idles; a gap after a sample is idle time, not the sampled script's
 * (crediting gaps of up to 10 ms to it, as this bench did before, made the floor read 20 ms on
 * some loads). Five intervals keep a slow sample's own time.
 */
const MAX_SAMPLE_US = 1_000;

/** Trace events that name the script they run. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.run']);

/** Total length of a set of intervals, overlaps counted once. */
function unionLength(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of intervals) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

interface ProfileNode {
  parent?: number;
  url: string;
}

/**
 * Main-thread time in the renderer main threads of the trace, per owner of the scripts: `ownerOf`
 * names the owner of a script URL (an extension), or undefined for the page's own and the browser's.
 */
export function scriptTime(events: TraceEvent[], pageUrl: string, ownerOf: (url: string) => string | undefined, owners: readonly string[]): ScriptTime {
  // The renderer that shows the page (not the extension's own pages and worker, which have theirs).
  const pagePids = new Set<number>();
  for (const e of events) if (e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl) pagePids.add(e.pid);
  const mainThreads = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pagePids.has(e.pid)) mainThreads.add(`${e.pid}:${e.tid}`);
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const ms = new Map<string, number>(owners.map((p) => [p, 0]));
  const ownerOfUrl = (url: string | undefined) => (url ? ownerOf(url) : undefined);

  // Samples: (time, owner or undefined) per profile, profiles keyed by pid and id.
  const profileThread = new Map<string, string>();
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const clocks = new Map<string, number>();
  const samples: { ts: number; dur: number; owner: string | undefined; thread: string }[] = [];
  const last = new Map<string, { ts: number; owner: string | undefined }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profileThread.set(`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`);
      clocks.set(`${e.pid}:${e.id}`, e.args?.data?.startTime ?? e.ts);
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const key = `${e.pid}:${e.id}`;
    const thread = profileThread.get(key) ?? `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    const tree = nodes.get(key) ?? new Map<number, ProfileNode>();
    nodes.set(key, tree);
    for (const n of profile.nodes ?? []) tree.set(n.id, { parent: n.parent, url: n.callFrame?.url ?? '' });
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    let clock = clocks.get(key) ?? e.ts;
    (profile.samples ?? []).forEach((nodeId: number, i: number) => {
      clock += deltas[i] ?? 0;
      let owner: string | undefined;
      for (let n = tree.get(nodeId); n && !owner; n = n.parent === undefined ? undefined : tree.get(n.parent)) owner = ownerOfUrl(n.url);
      const previous = last.get(key);
      // A sample stands for the time since the one before it.
      if (previous) samples.push({ ts: previous.ts, dur: clock - previous.ts, owner: previous.owner, thread });
      last.set(key, { ts: clock, owner });
    });
    clocks.set(key, clock);
  }
  // Each owner's time is the union of two kinds of interval, each moment counted once: trace
  // events that name one of its scripts (evaluating or compiling it, a callback into it: these
  // include the world's set-up and the API bindings, where no frame of the script is on the
  // stack yet), and samples whose stack holds one of its frames (promise continuations, which
  // no event names).
  const intervals = new Map<string, [number, number][]>(owners.map((o) => [o, []]));
  for (const s of samples) if (s.owner) intervals.get(s.owner)!.push([s.ts, s.ts + Math.min(s.dur, MAX_SAMPLE_US)]);
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e) || !SCRIPT_EVENTS.has(e.name)) continue;
    const owner = ownerOfUrl(e.args?.data?.url ?? e.args?.fileName);
    if (owner) intervals.get(owner)!.push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  for (const [owner, list] of intervals) ms.set(owner, unionLength(list) / 1000);

  // Tasks: the longest one in which each extension's code ran.
  const longestTask = new Map<string, { taskMs: number; oursMs: number }>();
  const tasks = events.filter((e) => e.ph === 'X' && onMain(e) && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 0);
  tasks.sort((a, b) => a.ts - b.ts);
  const byThread = new Map<string, typeof samples>();
  for (const s of samples) if (s.owner) (byThread.get(s.thread) ?? byThread.set(s.thread, []).get(s.thread)!).push(s);
  for (const task of tasks) {
    const inTask = (byThread.get(`${task.pid}:${task.tid}`) ?? []).filter((s) => s.ts >= task.ts && s.ts < task.ts + task.dur!);
    for (const owner of owners) {
      const ours = inTask.filter((s) => s.owner === owner).reduce((n, s) => n + Math.min(s.dur, MAX_SAMPLE_US), 0) / 1000;
      if (ours === 0) continue;
      const seen = longestTask.get(owner);
      if (!seen || task.dur! / 1000 > seen.taskMs) longestTask.set(owner, { taskMs: task.dur! / 1000, oursMs: ours });
    }
  }
  return { ms, longestTask };
}

/** A page opened with its DevTools session, traced from before navigation. */
export async function tracedPage(page: Page): Promise<{ cdp: CDPSession; recording: Recording }> {
  const cdp = await page.context().newCDPSession(page);
  return { cdp, recording: await startTrace(cdp) };
}
