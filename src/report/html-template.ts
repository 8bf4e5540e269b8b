/**
 * The fixed parts of the HTML report: its stylesheet, its filter script and its content policy.
 * None of them holds input-derived text, a URL or a `//` sequence, so the page never reaches the network.
 */

/** Nothing may load; only the inline style and script of the page itself may run. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

/** The id of the `<script type="application/json">` element that carries the report for the script. */
export const DATA_ELEMENT_ID = 'gainsay-data';

export const PAGE_STYLE = `
:root {
  --ink: #1d232b; --muted: #5b6573; --line: #dde2e8; --paper: #ffffff; --ground: #f4f6f8;
  --high: #b42318; --high-bg: #fdecea; --medium: #a15c07; --medium-bg: #fef4e2;
  --low: #47607a; --low-bg: #eaf0f6; --mark: #fff0a8;
  color-scheme: light;
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--ground); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 1080px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 12px; }
h3 { font-size: 1rem; margin: 24px 0 10px; color: var(--muted); font-weight: 600; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; color: var(--muted); }
.pill { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 0.85rem; font-weight: 600; }
.pill.high { color: var(--high); background: var(--high-bg); }
.pill.medium { color: var(--medium); background: var(--medium-bg); }
.pill.low { color: var(--low); background: var(--low-bg); }
.note { color: var(--muted); font-size: 0.9rem; margin: 4px 0; }
.sources { display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 0; margin: 8px 0 0; list-style: none; font-size: 0.9rem; }
.sources .kind { color: var(--muted); }
.filters {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center;
  background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; margin: 20px 0 0;
}
.filters[hidden] { display: none; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.filters legend { float: left; font-weight: 600; margin-right: 8px; }
.filters label { white-space: nowrap; cursor: pointer; }
.filters output { margin-left: auto; color: var(--muted); font-size: 0.9rem; }
.card {
  background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--low);
  border-radius: 10px; padding: 14px 16px; margin: 0 0 14px;
}
.card.band-high { border-left-color: var(--high); }
.card.band-medium { border-left-color: var(--medium); }
.card[hidden], .group[hidden] { display: none; }
.card-head { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 10px; }
.card-head .kind { font-weight: 700; text-transform: capitalize; }
.card-head .score { font-variant-numeric: tabular-nums; color: var(--muted); }
.card-head meter { width: 90px; }
.card-head .tag { font-size: 0.8rem; color: var(--muted); border: 1px solid var(--line); border-radius: 6px; padding: 0 6px; }
.sides { display: grid; grid-template-columns: 1fr auto 1fr; gap: 12px; align-items: start; }
.versus { align-self: center; color: var(--muted); font-size: 0.8rem; text-transform: uppercase; }
.side .who { font-size: 0.9rem; margin-bottom: 4px; overflow-wrap: anywhere; }
.side .label { display: inline-block; width: 1.4em; color: var(--muted); font-weight: 700; }
.side .holder { color: var(--muted); }
.side blockquote {
  margin: 0; padding: 8px 12px; background: var(--ground); border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere;
}
mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 3px; box-shadow: inset 0 -2px 0 #e0b400; }
.message { margin: 0 0 10px; font-weight: 600; overflow-wrap: anywhere; }
.sides { margin-bottom: 8px; }
.factors { margin-top: 8px; font-size: 0.9rem; }
.factors summary { cursor: pointer; color: var(--muted); }
.scroll { max-width: 100%; overflow-x: auto; }
.page { overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.fingerprint { margin: 8px 0 0; font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
.consensus { width: 100%; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; }
.consensus th, .consensus td { padding: 8px 12px; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 720px) { .sides { grid-template-columns: 1fr; } .versus { display: none; } }
@media (max-width: 480px) { .page { padding: 16px 10px 32px; } .card { padding: 12px 10px; } .filters output { margin-left: 0; } }
`;

/**
 * Filters the server-rendered cards by kind and band; without it every card stays visible and the
 * filter bar stays hidden. Written without `//` so the page holds no URL-like text of its own.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var dataElement = document.getElementById('${DATA_ELEMENT_ID}');
  var form = document.getElementById('filters');
  if (!dataElement || !form) return;
  var report = JSON.parse(dataElement.textContent || '{}');
  var byId = new Map();
  (report.conflicts || []).forEach(function (conflict) { byId.set(conflict.id, conflict); });
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.card'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));
  var output = document.getElementById('shown-count');
  function chosen(name) {
    var values = new Set();
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (box) { values.add(box.value); });
    return values;
  }
  function apply() {
    var kinds = chosen('kind');
    var bands = chosen('band');
    var visible = 0;
    cards.forEach(function (card) {
      var conflict = byId.get(card.getAttribute('data-id'));
      var show = Boolean(conflict) && kinds.has(conflict.kind) && bands.has(conflict.band);
      card.hidden = !show;
      if (show) visible += 1;
    });
    groups.forEach(function (group) { group.hidden = !group.querySelector('article.card:not([hidden])'); });
    if (output) output.textContent = visible + ' of ' + cards.length + ' conflicts shown';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
`;
