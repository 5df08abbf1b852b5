// The card shown over a highlighted figure: the figure as understood, its checks with their
// evidence, and a copy action. An accessible dialog: focus moves into it, Escape closes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckResult, Figure } from '@/lib/types';
import { figureStatus } from '@/lib/verdicts';
import { type Lang, t } from '@/lib/i18n';
import { VerdictBadge } from './VerdictBadge';
import { CheckList } from './CheckList';
import { formatValue } from './format';
import { MetricChart } from './MetricChart';
import { metricHistory } from '@/lib/export/history';

export interface FigureCardProps {
  figure: Figure;
  checks: readonly CheckResult[];
  quote: string;
  lang: Lang;
  /** Move keyboard focus into the card (opened from the keyboard, not by hovering). */
  takeFocus: boolean;
  onClose(): void;
  onCopy(text: string): Promise<void>;
  /** Keeps the page in the reader's library; resolves to the message to show. */
  onAddToLibrary(): Promise<string>;
}

export function cardPlainText(figure: Figure, checks: readonly CheckResult[], quote: string, lang: Lang): string {
  const lines = [`${figure.text} = ${formatValue(figure, lang)}`];
  if (figure.label) lines.push(`${t(lang, 'counts')}: ${figure.label}`);
  if (figure.subject) lines.push(`${t(lang, 'scope')}: ${figure.subject}`);
  if (quote) lines.push(`“${quote}”`);
  for (const c of checks) lines.push(`- ${lang === 'zh' ? c.message_zh : c.message_en}`);
  return lines.join('\n');
}

export function FigureCard({ figure, checks, quote, lang, takeFocus, onClose, onCopy, onAddToLibrary }: FigureCardProps) {
  const [copied, setCopied] = useState(false);
  const [libraryStatus, setLibraryStatus] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const verdict = figureStatus(checks);
  const history = metricHistory(figure, checks);
  const titleId = `fc-card-title-${figure.id}`;

  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [figure.id, takeFocus]);

  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-figure-id={figure.id}
      data-verdict={verdict}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <h2 id={titleId}>{figure.text}</h2>
        <VerdictBadge verdict={verdict} lang={lang} />
        <button type="button" class="btn btn-quiet close" aria-label={t(lang, 'close')} onClick={onClose}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t(lang, 'value')}</dt>
        <dd class="value">{formatValue(figure, lang)}</dd>
        {figure.label && (
          <>
            <dt>{t(lang, 'counts')}</dt>
            <dd>{figure.label}</dd>
          </>
        )}
        {figure.subject && (
          <>
            <dt>{t(lang, 'scope')}</dt>
            <dd>{figure.subject}</dd>
          </>
        )}
      </dl>
      {quote && (
        <blockquote class="sentence" aria-label={t(lang, 'inThisSentence')}>
          {quote}
        </blockquote>
      )}
      <h3>{t(lang, 'checks')}</h3>
      <CheckList checks={checks} figure={figure} sentence={quote} lang={lang} />
      {history.length > 0 && (
        <>
          <h3>{t(lang, 'history')}</h3>
          <MetricChart points={history} lang={lang} />
        </>
      )}
      <footer>
        <button
          type="button"
          class="btn"
          name="copy"
          onClick={async () => {
            await onCopy(cardPlainText(figure, checks, quote, lang));
            setCopied(true);
          }}
        >
          {copied ? t(lang, 'copied') : t(lang, 'copy')}
        </button>
        <button type="button" class="btn" name="add-to-library" onClick={async () => setLibraryStatus(await onAddToLibrary())}>
          {t(lang, 'addToLibrary')}
        </button>
        <span class="muted" aria-live="polite">
          {libraryStatus}
        </span>
      </footer>
    </div>
  );
}
