// A metric's history as a small time chart in plain SVG: one dot per report, placed by date and
// value, the page being read drawn larger, a fall of a running total marked; below it the same
// points as a list, each with its date, figure and a link to its source (the chart's text
// alternative, and the way to each quote).
import type { HistoryPoint } from '@/lib/export/history';
import { type Lang, t } from '@/lib/i18n';
import { formatNumber, safeHref } from './format';

const W = 320;
const H = 120;
const PAD = { left: 8, right: 8, top: 14, bottom: 22 };

function days(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

export function MetricChart({ points, lang }: { points: readonly HistoryPoint[]; lang: Lang }) {
  if (points.length < 2) return null;
  const x0 = days(points[0]!.date);
  const span = Math.max(1, days(points.at(-1)!.date) - x0);
  const max = Math.max(...points.map((p) => p.value)) * 1.1 || 1;
  const x = (p: HistoryPoint) => PAD.left + ((days(p.date) - x0) / span) * (W - PAD.left - PAD.right);
  const y = (p: HistoryPoint) => PAD.top + (1 - p.value / max) * (H - PAD.top - PAD.bottom);
  const value = (v: number) => formatNumber(v, lang);
  const label = `${t(lang, 'history')}: ${points.map((p) => `${p.date} ${value(p.value)}`).join('; ')}`;
  return (
    <figure class="history">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <polyline class="line" points={points.map((p) => `${x(p)},${y(p)}`).join(' ')} />
        {points.map((p, i) => (
          <g key={i} class={p.current ? 'point current' : p.fell ? 'point fell' : 'point'} data-date={p.date}>
            <circle cx={x(p)} cy={y(p)} r={p.current ? 5 : 3.5} />
            <text x={x(p)} y={y(p) - 8} text-anchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}>
              {value(p.value)}
              {p.fell ? ' ↓' : ''}
            </text>
            <text class="date" x={x(p)} y={H - 6} text-anchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}>
              {p.date}
            </text>
          </g>
        ))}
      </svg>
      <ol class="history-points">
        {points.map((p, i) => {
          const href = safeHref(p.url);
          return (
            <li key={i} data-current={p.current ? '' : undefined} data-fell={p.fell ? '' : undefined} title={p.quote}>
              <span class="date">{p.date}</span> <strong>{p.text}</strong>{' '}
              {p.current ? (
                <span class="muted">{t(lang, 'thisPage')}</span>
              ) : href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {p.title ?? href}
                </a>
              ) : (
                <span class="muted">{p.title}</span>
              )}
              {p.fell && <span class="warning"> {t(lang, 'historyFell')}</span>}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
