// Styles of the extension's own UI. The card lives in a shadow root, so these rules and the
// page's rules cannot reach each other; the extension pages use the same sheet.
export const VERDICT_COLOURS = `
.verdict { display: inline-block; padding: 1px 6px; border-radius: 8px; font-size: 12px; border: 1px solid currentColor; }
.verdict-implausible { color: #a84300; background: #fbe3d3; }
.verdict-inconsistent { color: #8a3d68; background: #f6e1ec; }
.verdict-differs { color: #7a5400; background: #fcefd0; }
.verdict-changed_over_time { color: #00507d; background: #d9ebf6; }
.verdict-different_scope { color: #1f5f80; background: #e0f1fb; }
.verdict-consistent { color: #006b4e; background: #d6f0e7; }
.verdict-unknown { color: #555; background: #eee; }
`;

export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 380px; max-height: 60vh; overflow: auto; box-sizing: border-box;
  font: 14px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; background: #fff;
  border: 1px solid #bbb; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 10px 12px; }
.card:focus { outline: 2px solid #0072b2; outline-offset: 2px; }
.card header { display: flex; align-items: center; gap: 8px; }
.card h2 { font-size: 16px; margin: 0; flex: 1; }
.card h3 { font-size: 13px; margin: 8px 0 4px; color: #555; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0; }
.card dt { color: #555; }
.card dd { margin: 0; }
.card .value { font-variant-numeric: tabular-nums; font-weight: 600; }
.card .checks { list-style: none; padding: 0; margin: 0; }
.card .checks > li { margin-bottom: 6px; }
.card .evidence { padding-left: 16px; margin: 2px 0; color: #333; font-size: 13px; }
.card .muted, .card .confidence { color: #666; font-size: 12px; }
.card button { font: inherit; cursor: pointer; border: 1px solid #888; background: #f4f4f4; border-radius: 4px; padding: 2px 8px; }
.card button.close { border: none; background: none; font-size: 18px; line-height: 1; }
.card footer { margin-top: 8px; display: flex; gap: 8px; }
.card a { color: #0062a0; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #eee; border-color: #555; }
  .card h3, .card dt, .card .muted, .card .confidence { color: #aaa; }
  .card .evidence { color: #ddd; }
  .card button { background: #333; color: #eee; }
  .card a { color: #8cc8ff; }
}
${VERDICT_COLOURS}
`;

export const PAGE_CSS = `
body { margin: 0; font: 14px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; background: #fff; }
main { padding: 10px 12px; }
h1.page-title { font-size: 16px; margin: 0 0 2px; }
.meta, .muted { color: #666; font-size: 12px; margin: 0 0 6px; }
.warning { color: #8a3d00; }
.campaign { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 8px; background: #f1e4e4; color: #7a1d1d; }
.counts { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.filters { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; position: sticky; top: 0; background: inherit; }
.rows { list-style: none; padding: 0; margin: 0; }
.rows button.row { display: grid; grid-template-columns: 1fr auto; gap: 0 8px; width: 100%; text-align: left; font: inherit; color: inherit;
  background: none; border: none; border-bottom: 1px solid #e4e4e4; padding: 6px 2px; cursor: pointer; }
.rows button.row:hover, .rows button.row:focus-visible { background: #f3f7fb; }
.figure-text { font-weight: 600; }
.figure-value { font-variant-numeric: tabular-nums; color: #333; }
.figure-label { color: #666; font-size: 12px; }
button { font: inherit; cursor: pointer; }
.export { margin: 8px 0; }
@media (prefers-color-scheme: dark) {
  body { background: #202124; color: #eee; }
  .meta, .muted, .figure-label { color: #aaa; }
  .figure-value { color: #ddd; }
  .rows button.row { border-color: #444; }
  .rows button.row:hover, .rows button.row:focus-visible { background: #2b3440; }
  .campaign { background: #4a2a2a; color: #f3d6d6; }
}
${VERDICT_COLOURS}
`;
