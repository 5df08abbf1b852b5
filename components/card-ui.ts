// The card's UI code is a script of its own (entrypoints/card.ts), injected into the page's
// isolated world the first time a card is shown: pages where nobody opens a card never load
// Preact. The two sides meet through one global of that world, with this shape.
import type { FigureCardProps } from './FigureCard';

export interface CardUi {
  css: string;
  render(mount: HTMLElement, props: FigureCardProps | null): void;
}

export const CARD_UI_GLOBAL = '__figureCheckCardUi';

export function loadedCardUi(): CardUi | null {
  return ((globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined) ?? null;
}
