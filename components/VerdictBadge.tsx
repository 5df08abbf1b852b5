import type { Verdict } from '@/lib/types';
import { VERDICT_LABELS } from '@/lib/verdicts';
import type { Lang } from '@/lib/i18n';

export function VerdictBadge({ verdict, lang }: { verdict: Verdict; lang: Lang }) {
  return (
    <span class={`verdict verdict-${verdict}`} data-verdict={verdict}>
      {VERDICT_LABELS[verdict][lang]}
    </span>
  );
}
