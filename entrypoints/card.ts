// The figure card's UI (Preact), injected on demand by the background into the isolated world
// of the content script that asked for it (see components/card-ui.ts).
import { h, render } from 'preact';
import { FigureCard } from '@/components/FigureCard';
import { CARD_CSS } from '@/components/styles';
import { CARD_UI_GLOBAL, type CardUi } from '@/components/card-ui';

export default defineUnlistedScript(() => {
  const ui: CardUi = {
    css: CARD_CSS,
    render: (mount, props) => render(props ? h(FigureCard, props) : null, mount),
  };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = ui;
});
