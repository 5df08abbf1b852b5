// The checks of one figure, each with its verdict, its message and the quoted sides.
import type { CheckResult } from '@/lib/types';
import { type Lang, t } from '@/lib/i18n';
import { VerdictBadge } from './VerdictBadge';
import { safeHref } from './format';

export function CheckList({ checks, lang }: { checks: readonly CheckResult[]; lang: Lang }) {
  const decided = checks.filter((c) => c.verdict !== 'unknown');
  if (decided.length === 0) return <p class="muted">{t(lang, 'noChecks')}</p>;
  return (
    <ul class="checks">
      {decided.map((c) => (
        <li key={c.check + c.figureId} data-check={c.check}>
          <VerdictBadge verdict={c.verdict} lang={lang} />{' '}
          <span class="message">{lang === 'zh' ? c.message_zh : c.message_en}</span>
          <span class="confidence"> ({Math.round(c.confidence * 100)}%)</span>
          <ul class="evidence">
            {c.evidence.map((e, i) => {
              const href = safeHref(e.source.url);
              const where = e.source.origin === 'page' ? t(lang, 'thisPage') : [e.source.title, e.source.date].filter(Boolean).join(' · ');
              return (
                <li key={i}>
                  <q>{e.quote}</q>
                  <span class="where">
                    {' — '}
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {where || href}
                      </a>
                    ) : (
                      where
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
