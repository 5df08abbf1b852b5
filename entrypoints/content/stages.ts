// The page side runs in two stages that share one isolated world: the gate (entrypoints/gate.ts),
// declared in the manifest for the news sites, and the engine (entrypoints/engine.ts), which the
// background injects when the gate finds a possible campaign article or the reader asks. They
// meet through these globals only; the gate stays silent once the engine is there.
import type { PageSummary } from '@/lib/messages';

declare global {
  /** Set by the engine, once per page and extension instance (it may be injected again on request). */
  var __figureCheckLoaded: boolean | undefined;
  /** When the gate started on this page (performance.now()): the engine's first check counts from it. */
  var __figureCheckGateStart: number | undefined;
  /** Set by the gate when it asks for the engine: the background injects it only where the
   * reader's site settings allow, so the engine's first check need not read them again. */
  var __figureCheckGateAsked: boolean | undefined;
  /** What the gate knows of the page, for the popup and the side panel: the background reads it from
   * this isolated world (entrypoints/background/gate-summary.ts), so the gate registers no listener. */
  var __figureCheckGateSummary: PageSummary | undefined;
}

/** Elements in a document beyond which it is not checked by itself (news article pages have a
 * few thousand; the busiest portal front pages stay well under this). */
export const MAX_AUTO_ELEMENTS = 50_000;

/** The gate's script as the manifest declares it and the background registers it on the reader's own sites. */
export const GATE_SCRIPT = 'gate.js';

/** The engine's script as the background injects it. */
export const ENGINE_SCRIPT = '/engine.js';
