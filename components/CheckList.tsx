// The checks of one figure, each with its verdict, its message and the quoted sides. The
// figure's own sentence is shown once by the card, so a side that quotes it again is left out;
// a bound says why it bounds; a check that found a comparison it could not judge is shown too.
import type { CheckResult, Evidence, Figure } from '@/lib/types';
import { CHECK_LABELS, ORIGIN_LABELS, type Lang, confidenceLabel, t } from '@/lib/i18n';
import { VerdictBadge } from './VerdictBadge';
import { safeHref } from './format';

/** The sides worth quoting: not the figure's own sentence (the card shows it), none twice. */
export function sidesToQuote(checks: readonly CheckResult[], figure: Figure, sentence: string): Map<CheckResult, Evidence[]> {
  const shown = new Set<string>(sentence ? [sentence] : []);
  const quoted = (q: string) => [...shown].some((s) => s.includes(q) || q.includes(s));
  const out = new Map<CheckResult, Evidence[]>();
  for (const c of checks) {
    const sides: Evidence[] = [];
    for (const e of c.evidence) {
      const ownSentence = e.source.origin === 'page' && e.figureText === figure.text && e.value === figure.value;
      if (ownSentence || quoted(e.quote)) continue;
      shown.add(e.quote);
      sides.push(e);
    }
    out.set(c, sides);
  }
  return out;
}

function Where({ e, lang }: { e: Evidence; lang: Lang }) {
  const href = safeHref(e.source.url);
  const where = e.source.origin === 'page' ? ORIGIN_LABELS.page[lang] : [e.source.title, e.source.date?.slice(0, 10)].filter(Boolean).join(' · ') || ORIGIN_LABELS[e.source.origin][lang];
  return (
    <span class="where">
      {' — '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {where}
        </a>
      ) : (
        where
      )}
    </span>
  );
}

export function CheckList({ checks, figure, sentence, lang }: { checks: readonly CheckResult[]; figure: Figure; sentence: string; lang: Lang }) {
  if (checks.length === 0) return <p class="muted">{t(lang, 'noChecks')}</p>;
  const sides = sidesToQuote(checks, figure, sentence);
  return (
    <ul class="checks">
      {checks.map((c) => (
        <li key={c.check + c.figureId} data-check={c.check}>
          <VerdictBadge verdict={c.verdict === 'unknown' ? 'undecided' : c.verdict} lang={lang} /> <span class="muted">{CHECK_LABELS[c.check][lang]}</span>
          <span
            class="confidence"
            title={t(lang, 'confidenceHelp')}
          >
            {t(lang, 'confidence')}：{confidenceLabel(c.confidence, lang)}
          </span>
          <span class="message">{lang === 'zh' ? c.message_zh : c.message_en}</span>
          {c.verdict === 'unknown' && <span class="muted">{t(lang, 'undecidedNote')}</span>}
          {(sides.get(c)?.length ?? 0) > 0 && (
            <ul class="evidence">
              {sides.get(c)!.map((e, i) => (
                <li key={i} data-origin={e.source.origin}>
                  {e.source.origin === 'bounds' && <span class="why">{t(lang, 'boundWhy')}</span>}
                  <q>{e.quote}</q>
                  <Where e={e} lang={lang} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
