// The extension's one design system: tokens (type scale, spacing, colours with the verdict
// palette, focus ring), light and dark through prefers-color-scheme, and the controls built on
// them. The popup, the side panel, the options page and the card all use it; the card lives in
// a shadow root, where the tokens hang on :host instead of :root.

/** Tokens, on `:root` in the extension's pages and on `:host` in the card's shadow root. */
const TOKENS = `
:root, :host {
  color-scheme: light dark;
  --fc-font: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  --fc-text-xs: 12px; --fc-text-sm: 13px; --fc-text-md: 14px; --fc-text-lg: 16px; --fc-text-xl: 20px; --fc-text-2xl: 28px;
  --fc-space-1: 4px; --fc-space-2: 8px; --fc-space-3: 12px; --fc-space-4: 16px; --fc-space-5: 24px;
  --fc-radius: 6px; --fc-radius-pill: 999px;
  --fc-bg: #ffffff; --fc-surface: #f6f7f9; --fc-surface-2: #eceef2; --fc-border: #c9ced6; --fc-divider: #e3e6eb;
  --fc-text: #1b1d21; --fc-text-muted: #555b65; --fc-accent: #005a8e; --fc-accent-hover: #00476f; --fc-on-accent: #ffffff;
  --fc-link: #005a8e; --fc-warning: #8a3d00; --fc-focus: #0072b2;
  --fc-shadow: 0 6px 24px rgba(0, 0, 0, .22);
  /* The verdict palette: Okabe–Ito hues (the highlights' colours), darkened for text. */
  --fc-v-implausible: #a13f00; --fc-v-implausible-bg: #fbe3d3;
  --fc-v-inconsistent: #8a3d68; --fc-v-inconsistent-bg: #f6e1ec;
  --fc-v-differs: #6f4c00; --fc-v-differs-bg: #fcefd0;
  --fc-v-changed_over_time: #00507d; --fc-v-changed_over_time-bg: #d9ebf6;
  --fc-v-different_scope: #1b5a7a; --fc-v-different_scope-bg: #e0f1fb;
  --fc-v-consistent: #006148; --fc-v-consistent-bg: #d6f0e7;
  --fc-v-undecided: #4d4d4d; --fc-v-undecided-bg: #ececec;
  --fc-v-unknown: #555b65; --fc-v-unknown-bg: #f3f4f6;
}
@media (prefers-color-scheme: dark) {
  :root, :host {
    --fc-bg: #1d1f23; --fc-surface: #26292e; --fc-surface-2: #31353b; --fc-border: #4a505a; --fc-divider: #353941;
    --fc-text: #eceef1; --fc-text-muted: #aab1bc; --fc-accent: #6cb8ea; --fc-accent-hover: #8fcaf0; --fc-on-accent: #0d1720;
    --fc-link: #8cc8ff; --fc-warning: #ffb27a; --fc-focus: #8cc8ff;
    --fc-shadow: 0 6px 24px rgba(0, 0, 0, .6);
    --fc-v-implausible: #ffb07a; --fc-v-implausible-bg: #4a2612;
    --fc-v-inconsistent: #f3a9d0; --fc-v-inconsistent-bg: #44233a;
    --fc-v-differs: #f5cd6b; --fc-v-differs-bg: #44360f;
    --fc-v-changed_over_time: #8dcaf2; --fc-v-changed_over_time-bg: #123a55;
    --fc-v-different_scope: #a6dcf7; --fc-v-different_scope-bg: #16384a;
    --fc-v-consistent: #7fdcbc; --fc-v-consistent-bg: #123d30;
    --fc-v-undecided: #d0d0d0; --fc-v-undecided-bg: #3a3a3a;
    --fc-v-unknown: #b4bac4; --fc-v-unknown-bg: #2c2f34;
  }
}
`;

const VERDICT_NAMES = ['implausible', 'inconsistent', 'differs', 'changed_over_time', 'different_scope', 'consistent', 'undecided', 'unknown'];

/** Badges and chips by verdict; colour is never the only cue (each also has its words). */
const VERDICTS = `
.verdict { display: inline-block; padding: 0 var(--fc-space-2); border-radius: var(--fc-radius-pill); font-size: var(--fc-text-xs);
  line-height: 20px; border: 1px solid currentColor; white-space: nowrap; }
${VERDICT_NAMES.map((v) => `.verdict-${v} { color: var(--fc-v-${v}); background: var(--fc-v-${v}-bg); }`).join('\n')}
.verdict-implausible, .verdict-inconsistent, .verdict-differs { font-weight: 700; }
`;

/** The metric history chart (components/MetricChart.tsx). */
const CHART = `
.history { margin: var(--fc-space-2) 0; }
.history .chart { display: block; width: 100%; max-width: 320px; height: auto; overflow: visible; font-size: 10px; }
.history .axis { stroke: var(--fc-border); stroke-width: 1; }
.history .line { fill: none; stroke: var(--fc-v-changed_over_time); stroke-width: 1.5; }
.history .point circle { fill: var(--fc-bg); stroke: var(--fc-v-changed_over_time); stroke-width: 2; }
.history .point.current circle { fill: var(--fc-v-changed_over_time); }
.history .point.fell circle { stroke: var(--fc-v-implausible); fill: var(--fc-v-implausible-bg); }
.history .point text { fill: var(--fc-text); font-weight: 600; }
.history .point text.date { fill: var(--fc-text-muted); font-weight: 400; }
.history-points { list-style: none; padding: 0; margin: var(--fc-space-1) 0 0; font-size: var(--fc-text-xs); }
.history-points .date { color: var(--fc-text-muted); font-variant-numeric: tabular-nums; }
`;

/** Buttons, fields, switches: no control keeps the browser's default look. */
const CONTROLS = `
button, select, input, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 2px; }
.btn { display: inline-flex; align-items: center; gap: var(--fc-space-1); min-height: 30px; padding: 0 var(--fc-space-3);
  border: 1px solid var(--fc-border); border-radius: var(--fc-radius); background: var(--fc-surface); color: var(--fc-text);
  font-size: var(--fc-text-sm); cursor: pointer; }
.btn:hover { background: var(--fc-surface-2); }
.btn-primary { background: var(--fc-accent); border-color: var(--fc-accent); color: var(--fc-on-accent); font-weight: 600; min-height: 36px; font-size: var(--fc-text-md); }
.btn-primary:hover { background: var(--fc-accent-hover); }
.btn-quiet { background: none; border-color: transparent; color: var(--fc-link); padding: 0 var(--fc-space-1); }
.btn-quiet:hover { background: var(--fc-surface); text-decoration: underline; }
.btn-block { width: 100%; justify-content: center; }
.field { min-height: 30px; max-width: 100%; box-sizing: border-box; padding: 0 var(--fc-space-2); border: 1px solid var(--fc-border);
  border-radius: var(--fc-radius); background-color: var(--fc-bg); color: var(--fc-text); font-size: var(--fc-text-sm); }
select.field { appearance: none; padding-right: 26px; cursor: pointer;
  background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
  background-position: calc(100% - 14px) 50%, calc(100% - 9px) 50%; background-size: 5px 5px; background-repeat: no-repeat; }
input[type="file"].field { padding: 3px; }
input[type="file"].field::file-selector-button { font: inherit; margin-right: var(--fc-space-2); border: 1px solid var(--fc-border);
  border-radius: var(--fc-radius); background: var(--fc-surface); color: var(--fc-text); padding: 2px var(--fc-space-2); cursor: pointer; }
.switch { display: inline-flex; align-items: center; gap: var(--fc-space-2); cursor: pointer; font-size: var(--fc-text-sm); }
.switch input { appearance: none; margin: 0; width: 32px; height: 18px; flex: none; border-radius: 9px; background: var(--fc-surface-2);
  border: 1px solid var(--fc-border); position: relative; cursor: pointer; transition: background .15s; }
.switch input::before { content: ""; position: absolute; top: 2px; left: 2px; width: 12px; height: 12px; border-radius: 50%;
  background: var(--fc-text-muted); transition: transform .15s; }
.switch input:checked { background: var(--fc-accent); border-color: var(--fc-accent); }
.switch input:checked::before { transform: translateX(14px); background: var(--fc-on-accent); }
.choice { display: flex; align-items: center; gap: var(--fc-space-2); cursor: pointer; margin: var(--fc-space-1) 0; }
.choice input { appearance: none; margin: 0; width: 16px; height: 16px; flex: none; border-radius: 50%; border: 1px solid var(--fc-border);
  background: var(--fc-bg); cursor: pointer; }
.choice input:checked { border: 5px solid var(--fc-accent); }
a { color: var(--fc-link); }
.muted { color: var(--fc-text-muted); font-size: var(--fc-text-xs); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); border: 0; white-space: nowrap; }
label.btn:focus-within { outline: 2px solid var(--fc-focus); outline-offset: 2px; }
.warning { color: var(--fc-warning); }
`;

export const CARD_CSS = `
${TOKENS}
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 380px; max-height: 60vh; overflow: auto; box-sizing: border-box;
  font: var(--fc-text-md)/1.5 var(--fc-font); color: var(--fc-text); background: var(--fc-bg);
  border: 1px solid var(--fc-border); border-radius: 8px; box-shadow: var(--fc-shadow); padding: var(--fc-space-3) var(--fc-space-4); }
.card:focus { outline: 2px solid var(--fc-focus); outline-offset: 2px; }
.card header { display: flex; align-items: center; gap: var(--fc-space-2); }
.card h2 { font-size: var(--fc-text-lg); margin: 0; flex: 1; }
.card h3 { font-size: var(--fc-text-sm); margin: var(--fc-space-3) 0 var(--fc-space-1); color: var(--fc-text-muted); font-weight: 600; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px var(--fc-space-3); margin: var(--fc-space-2) 0; font-size: var(--fc-text-sm); }
.card dt { color: var(--fc-text-muted); }
.card dd { margin: 0; }
.card .value { font-variant-numeric: tabular-nums; font-weight: 600; }
.card .sentence { margin: var(--fc-space-2) 0; padding: var(--fc-space-2) var(--fc-space-3); border-left: 3px solid var(--fc-border);
  background: var(--fc-surface); font-size: var(--fc-text-sm); }
.card .checks { list-style: none; padding: 0; margin: 0; }
.card .checks > li { margin-bottom: var(--fc-space-3); }
.card .message { display: block; margin-top: var(--fc-space-1); }
.card .evidence { list-style: none; padding: 0 0 0 var(--fc-space-3); margin: var(--fc-space-1) 0; border-left: 2px solid var(--fc-divider);
  color: var(--fc-text); font-size: var(--fc-text-sm); }
.card .evidence > li { margin: 2px 0; }
.card .evidence .why { display: block; color: var(--fc-text-muted); font-size: var(--fc-text-xs); }
.card .confidence { color: var(--fc-text-muted); font-size: var(--fc-text-xs); margin-left: var(--fc-space-1); cursor: help; }
.card .close { font-size: 20px; line-height: 1; min-height: 28px; padding: 0 var(--fc-space-2); color: var(--fc-text-muted); }
/* The actions stay in reach however far the card's content scrolls. */
.card footer { position: sticky; bottom: calc(-1 * var(--fc-space-3)); margin: var(--fc-space-2) 0 calc(-1 * var(--fc-space-3));
  padding: var(--fc-space-2) 0 var(--fc-space-3); background: var(--fc-bg); border-top: 1px solid var(--fc-divider);
  display: flex; flex-wrap: wrap; align-items: center; gap: var(--fc-space-2); }
${CONTROLS}
${VERDICTS}
${CHART}
`;

export const PAGE_CSS = `
${TOKENS}
body { margin: 0; font: var(--fc-text-md)/1.5 var(--fc-font); color: var(--fc-text); background: var(--fc-bg); }
main { padding: var(--fc-space-3) var(--fc-space-4); box-sizing: border-box; }
h1.page-title { font-size: var(--fc-text-lg); line-height: 1.35; margin: 0 0 2px; }
h2 { font-size: var(--fc-text-lg); margin: var(--fc-space-4) 0 var(--fc-space-2); }
.meta { color: var(--fc-text-muted); font-size: var(--fc-text-xs); margin: 0 0 var(--fc-space-2); }
.status { padding: var(--fc-space-4) 0; }
.status p { margin: 0 0 var(--fc-space-3); }
.status[aria-busy="true"]::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: var(--fc-space-2);
  border: 2px solid var(--fc-border); border-top-color: var(--fc-accent); border-radius: 50%; animation: fc-spin 1s linear infinite; vertical-align: -2px; }
@keyframes fc-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .status[aria-busy="true"]::before { animation: none; } }
.notice-box { padding: var(--fc-space-3); border-radius: var(--fc-radius); background: var(--fc-surface); border: 1px solid var(--fc-divider); }
.error-box { padding: var(--fc-space-3); border-radius: var(--fc-radius); background: var(--fc-v-implausible-bg); color: var(--fc-text); border: 1px solid var(--fc-v-implausible); }
.campaigns { font-size: var(--fc-text-sm); margin: var(--fc-space-1) 0; }
.campaign { display: inline-block; margin: 0 var(--fc-space-1) var(--fc-space-1) 0; padding: 0 var(--fc-space-2); border-radius: var(--fc-radius-pill);
  background: var(--fc-surface-2); font-size: var(--fc-text-xs); }
details > summary { cursor: pointer; color: var(--fc-link); font-size: var(--fc-text-xs); }
.headline { display: flex; align-items: baseline; gap: var(--fc-space-2); margin: var(--fc-space-3) 0 var(--fc-space-2); }
.headline .big { font-size: var(--fc-text-2xl); font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.counts { display: flex; flex-wrap: wrap; gap: var(--fc-space-1) var(--fc-space-2); align-items: center; margin: var(--fc-space-2) 0; padding: 0; list-style: none; }
.chip { display: inline-flex; align-items: center; gap: var(--fc-space-1); padding: 0; border: none; background: none; cursor: pointer; border-radius: var(--fc-radius-pill); }
.chip .verdict { line-height: 22px; }
.chip strong { font-size: var(--fc-text-sm); padding-right: var(--fc-space-1); }
.chip[aria-pressed="true"] .verdict { outline: 2px solid currentColor; outline-offset: 1px; }
.chip:disabled { cursor: default; }
.filters { display: flex; flex-wrap: wrap; gap: var(--fc-space-2); align-items: center; margin: var(--fc-space-2) 0; padding: var(--fc-space-2) 0;
  position: sticky; top: 0; background: var(--fc-bg); border-bottom: 1px solid var(--fc-divider); z-index: 1; }
.filters .row-count { margin-left: auto; color: var(--fc-text-muted); font-size: var(--fc-text-xs); font-variant-numeric: tabular-nums; }
.rows { list-style: none; padding: 0; margin: 0; }
.rows button.row { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 var(--fc-space-2); width: 100%; text-align: left;
  font: inherit; color: inherit; background: none; border: none; border-bottom: 1px solid var(--fc-divider); padding: var(--fc-space-2) 2px; cursor: pointer; }
.rows button.row:hover, .rows button.row:focus-visible { background: var(--fc-surface); }
.figure-text { font-weight: 600; overflow-wrap: anywhere; }
.figure-value { font-variant-numeric: tabular-nums; color: var(--fc-text-muted); font-size: var(--fc-text-sm); }
.figure-label { color: var(--fc-text-muted); font-size: var(--fc-text-xs); overflow-wrap: anywhere; }
.empty { color: var(--fc-text-muted); padding: var(--fc-space-4) 0; text-align: center; }
.actions { display: flex; flex-wrap: wrap; gap: var(--fc-space-2); align-items: center; margin: var(--fc-space-2) 0; }
.section { margin: var(--fc-space-3) 0; padding-top: var(--fc-space-2); border-top: 1px solid var(--fc-divider); }
.section-title { font-size: var(--fc-text-xs); font-weight: 600; color: var(--fc-text-muted); text-transform: uppercase; letter-spacing: .04em; margin: 0 0 var(--fc-space-1); }
.legend { list-style: none; padding: 0; margin: var(--fc-space-1) 0 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: var(--fc-space-1) var(--fc-space-3); font-size: var(--fc-text-xs); }
.legend .sample { font-size: var(--fc-text-md); font-weight: 600; padding: 0 2px; margin-right: var(--fc-space-1); color: var(--fc-text); }
.status-line { font-size: var(--fc-text-xs); color: var(--fc-text-muted); }
table { border-collapse: collapse; width: 100%; font-size: var(--fc-text-sm); }
td, th { text-align: left; padding: var(--fc-space-1) var(--fc-space-2); border-bottom: 1px solid var(--fc-divider); vertical-align: top; }
fieldset { border: 1px solid var(--fc-divider); border-radius: var(--fc-radius); margin: var(--fc-space-3) 0; padding: var(--fc-space-2) var(--fc-space-3); }
legend { font-weight: 600; font-size: var(--fc-text-sm); padding: 0 var(--fc-space-1); }
fieldset ul { list-style: none; padding: 0; margin: 0 0 var(--fc-space-2); }
fieldset li { display: flex; align-items: center; gap: var(--fc-space-2); }
.rows details.row-history { padding: 0 2px var(--fc-space-2); border-bottom: 1px solid var(--fc-divider); }
.table-scroll { overflow-x: auto; }
.compare-sides { display: grid; grid-template-columns: auto 1fr; gap: 0 var(--fc-space-2); margin: var(--fc-space-2) 0; font-size: var(--fc-text-sm); }
.compare-sides dt { font-weight: 700; }
.compare-sides dd { margin: 0; }
.compare-table { margin-top: var(--fc-space-2); }
.compare-table caption { text-align: left; }
.compare-table td:first-child { min-width: 7em; }
.compare-table td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
${CONTROLS}
${VERDICTS}
${CHART}
`;
