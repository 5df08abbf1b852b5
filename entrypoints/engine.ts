// Stage two: article finding, extraction, highlights and the card's host (entrypoints/content/).
// Never declared in the manifest: the background injects it with scripting.executeScript, once per
// document, when the gate finds a possible campaign article or the reader asks (toolbar button,
// context menu). It shares the gate's isolated world (entrypoints/content/stages.ts).
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startEngine } from './content/engine';

export default defineUnlistedScript(() => {
  // Injected again on request: the engine that runs already answers.
  if (globalThis.__figureCheckLoaded) return;
  startEngine(new ContentScriptContext('engine'));
});
