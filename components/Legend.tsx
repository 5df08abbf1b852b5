// What the colours and underlines in the page mean: each verdict with a sample painted with the
// very styles of the page's highlights, so the legend cannot drift from them.
import { HIGHLIGHT_STYLES } from '@/entrypoints/content/highlighter';
import { VERDICT_ORDER } from '@/lib/verdicts';
import { type Lang, VERDICT_LABELS, t } from '@/lib/i18n';

export function Legend({ lang, open = false }: { lang: Lang; open?: boolean }) {
  return (
    <details class="legend-box section" open={open}>
      <summary>{t(lang, 'legend')}</summary>
      <p class="muted">{t(lang, 'legendHelp')}</p>
      <ul class="legend">
        {VERDICT_ORDER.map((v) => (
          <li key={v} data-verdict={v}>
            <span class="sample" style={HIGHLIGHT_STYLES[v]}>
              128
            </span>
            {/* The page paints an undecided figure as it paints an unchecked one. */}
            {v === 'unknown' ? `${VERDICT_LABELS.unknown[lang]} / ${VERDICT_LABELS.undecided[lang]}` : VERDICT_LABELS[v][lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}
