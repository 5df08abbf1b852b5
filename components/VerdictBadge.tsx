import type { FigureStatus } from '@/lib/verdicts';
import { type Lang, VERDICT_LABELS } from '@/lib/i18n';

export function VerdictBadge({ verdict, lang }: { verdict: FigureStatus; lang: Lang }) {
  return (
    <span class={`verdict verdict-${verdict}`} data-verdict={verdict}>
      {VERDICT_LABELS[verdict][lang]}
    </span>
  );
}
