// Reads the figure card the way only the browser itself can: the card lives in a closed shadow
// root that page scripts (and Playwright's page locators) cannot enter, so the tests go through
// the DevTools protocol, which pierces closed roots.
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface CardState {
  /** A host element exists in the page. */
  host: boolean;
  /** The card is rendered (a `.card` element in the host's shadow root). */
  open: boolean;
  figureId: string | null;
  /** The card element's attributes (`data-verdict`, `role` …). */
  attributes: Record<string, string>;
  text: string;
  /** Items of its evidence lists. */
  evidenceItems: number;
  /** `<style>` elements in the shadow root, and elements or attributes that could run code. */
  styles: number;
  dangerous: string;
  position: string;
  visibleInHost: boolean;
  rect: { x: number; y: number; w: number; h: number } | null;
  /** Centres of the card's buttons by their name attribute, for trusted clicks. */
  buttons: Record<string, { x: number; y: number }>;
  /** The dots of its history chart, in drawing order: each one's date, and whether it is the page's own. */
  chartPoints: { date: string | null; current: boolean }[];
}

// Elements that load or run something. Plain SVG shapes and text (the history chart) do neither;
// SVG's embedding, reference and animation elements do.
const FORBIDDEN = new Set(['img', 'script', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'foreignobject', 'use', 'image', 'animate', 'set', 'animatetransform', 'animatemotion']);

const attrs = (n: DomNode): Map<string, string> => {
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2) out.set(n.attributes![i]!, n.attributes![i + 1]!);
  return out;
};

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const c of n.children ?? []) yield* walk(c);
  for (const s of n.shadowRoots ?? []) yield* walk(s);
}

function textOf(n: DomNode): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (n.localName === 'style') return '';
  return [...(n.children ?? [])].map(textOf).join('');
}

async function sessionOf(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

async function computed(cdp: CDPSession, backendNodeId: number): Promise<Map<string, string>> {
  const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] });
  const nodeId = nodeIds[0]!;
  const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
  return new Map(computedStyle.map((p: { name: string; value: string }) => [p.name, p.value]));
}

async function box(cdp: CDPSession, backendNodeId: number): Promise<{ x: number; y: number; w: number; h: number } | null> {
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    const [x1, y1, x2, , , y3] = model.border as number[];
    return { x: x1!, y: y1!, w: x2! - x1!, h: y3! - y1! };
  } catch {
    return null;
  }
}

export async function readCard(page: Page): Promise<CardState> {
  const cdp = await sessionOf(page);
  try {
    // Only the host's subtree is read whole: a page may nest deeper than the protocol can send.
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId: hostId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-figure-check-root]' });
    const state: CardState = { host: false, open: false, figureId: null, attributes: {}, text: '', evidenceItems: 0, styles: 0, dangerous: '', position: '', visibleInHost: false, rect: null, buttons: {}, chartPoints: [] };
    if (!hostId) return state;
    const { node: host } = (await cdp.send('DOM.describeNode', { nodeId: hostId, depth: -1, pierce: true })) as { node: DomNode };
    state.host = true;
    const shadow = host.shadowRoots?.[0];
    if (!shadow) return state;
    let card: DomNode | undefined;
    for (const n of walk(shadow)) {
      if (n.nodeType !== 1) continue;
      const a = attrs(n);
      if (n.localName === 'style') state.styles++;
      if (FORBIDDEN.has(n.localName.toLowerCase())) state.dangerous += `${n.localName} `;
      for (const [name, value] of a) if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) state.dangerous += `${n.localName}[${name}] `;
      if (!card && (a.get('class') ?? '').split(/\s+/).includes('card')) card = n;
    }
    if (!card) return state;
    state.open = true;
    state.attributes = Object.fromEntries(attrs(card));
    state.figureId = state.attributes['data-figure-id'] ?? null;
    for (const n of walk(card)) if ((attrs(n).get('class') ?? '').split(/\s+/).includes('evidence')) state.evidenceItems += [...walk(n)].filter((m) => m.localName === 'li').length;
    state.text = textOf(card);
    for (const n of walk(card)) {
      const classes = (attrs(n).get('class') ?? '').split(/\s+/);
      if (n.localName === 'g' && classes.includes('point')) state.chartPoints.push({ date: attrs(n).get('data-date') ?? null, current: classes.includes('current') });
    }
    const cardStyle = await computed(cdp, card.backendNodeId);
    const hostStyle = await computed(cdp, host.backendNodeId);
    state.position = cardStyle.get('position') ?? '';
    state.visibleInHost = hostStyle.get('display') !== 'none' && hostStyle.get('visibility') !== 'hidden' && Number(hostStyle.get('opacity') ?? 1) > 0 && cardStyle.get('visibility') !== 'hidden';
    state.rect = await box(cdp, card.backendNodeId);
    for (const n of walk(card)) {
      if (n.localName !== 'button') continue;
      const b = await box(cdp, n.backendNodeId);
      const name = attrs(n).get('name');
      if (b && name) state.buttons[name] = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    }
    return state;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
