/**
 * The style sheet of the HTML report, inline in the page and let through its policy by its hash.
 * Print styles keep a goal's section on one page where it fits.
 */
export const CSS = `
:root { color-scheme: light; --ink: #1d2329; --muted: #59606b; --rule: #d9dde2; --soft: #f5f7f9; --ok: #2e7d4f; --warn: #9a5b00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
h3 { font-size: .95rem; margin: 1.25rem 0 .4rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .25rem 1.5rem; margin: 0 0 1.5rem; padding: 0 0 1rem; border-bottom: 2px solid var(--ink); }
.meta div { display: flex; flex-direction: column; }
.meta dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.meta dd { margin: 0; font-weight: 600; }
section.goal { border: 1px solid var(--rule); border-radius: 8px; padding: 1.25rem 1.5rem; margin: 0 0 1.5rem; }
.statement { margin: 0 0 .75rem; font-size: 1.05rem; }
.badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.badge.ok { color: var(--ok); }
.badge.warn { color: var(--warn); }
.checks { margin: .4rem 0 0; padding-left: 1.2rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .75rem 0 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.path { font-variant-numeric: tabular-nums; font-weight: 600; }
.chart-row { display: grid; grid-template-columns: minmax(0, 1fr) 14rem; gap: 1rem; align-items: start; }
figure { margin: 0; }
svg.chart { width: 100%; height: auto; max-width: 640px; }
figcaption { font-size: .8rem; color: var(--muted); }
.key { display: inline-block; width: 1.4em; height: 0; border-top: 2px solid; vertical-align: middle; margin: 0 .3em 0 .8em; }
.key.line { border-color: #1f5f99; }
.key.target { border-top-style: dashed; border-color: #2e7d4f; }
.key.baseline { border-top-style: dotted; border-color: #8a6d3b; }
.key.milestone { width: .6em; height: .6em; border: 1.5px solid #7b4ea3; transform: rotate(45deg); }
table { border-collapse: collapse; width: 100%; font-size: .85rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-size: .8rem; color: var(--muted); padding-bottom: .25rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; }
td:first-child, th, .chart-row td { white-space: nowrap; }
.sub { display: block; }
.chart-row.wide { grid-template-columns: minmax(0, 1fr) 17rem; }
.note { color: var(--muted); font-size: .85rem; }
.alert { border: 1px solid #b45309; border-left-width: 4px; border-radius: 6px; background: #fff8ed; padding: .75rem 1.25rem; margin: 0 0 1.5rem; }
.alert p { margin: 0 0 .25rem; }
.alert ul { margin: 0; padding-left: 1.2rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.pill { display: inline-block; margin-left: .5rem; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; vertical-align: middle; background: var(--soft); color: var(--muted); }
.pill.achieved { background: #e6f4ea; color: var(--ok); }
.plain { margin: 0; padding-left: 1.1rem; }
.steps { list-style: none; margin: 0; padding: 0; }
.steps li { margin: 0 0 .1rem; }
.state { display: inline-block; min-width: 3.2rem; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.steps li.done .state { color: var(--ok); }
.reached { color: var(--ok); }
h3.measure { text-transform: none; letter-spacing: 0; font-size: 1rem; color: var(--ink); }
.timeline { list-style: none; margin: 0; padding: 0; }
.timeline li { padding: .2rem 0 .2rem .7rem; border-left: 3px solid var(--rule); margin: 0 0 .15rem; }
.timeline li.is-win { border-left-color: var(--ok); }
.timeline li.is-setback, .timeline li.is-lapse { border-left-color: #b45309; }
.when { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .4rem; }
.mark { color: var(--warn); font-weight: 600; }
.caveats { list-style: none; margin: .6rem 0 0; padding: 0; font-size: .85rem; color: var(--muted); }
.key.win, .key.setback { width: 0; height: 0; border: 5px solid transparent; margin-right: .3em; }
.key.win { border-bottom: 9px solid #2e7d4f; border-top: 0; }
.key.setback { border-top: 9px solid #b45309; border-bottom: 0; }
.key.reached { width: .6em; height: .6em; border: 1.5px solid #7b4ea3; background: #7b4ea3; transform: rotate(45deg); }
.key.count { border-color: #1f5f99; }
.key.paused { height: .8em; border: 0; background: #eef0f3; }
footer { color: var(--muted); font-size: .8rem; margin-top: 2rem; }
@media (max-width: 44rem) { .chart-row, .chart-row.wide { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section.goal { break-inside: avoid; border-color: #999; }
  .chart-row { grid-template-columns: minmax(0, 1fr) 13rem; }
  @page { margin: 15mm; }
}
`;
