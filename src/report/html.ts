/**
 * The HTML rendering of a Report: one self-contained page with inline style and script and no URL of
 * its own. Every card is rendered here, so the page reads fully without script; the inline script only
 * filters cards by kind and band, reading the report from a JSON data block escaped for `<script>`.
 */
import { BANDS, type Band, type ConflictKind } from '../model/conflict.js';
import type { Report } from '../model/report.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { CONTENT_SECURITY_POLICY, DATA_ELEMENT_ID, PAGE_SCRIPT, PAGE_STYLE } from './html-template.js';
import {
  bandRank,
  buildView,
  coveragePercent,
  formatScore,
  formatSigned,
  hiddenNote,
  plural,
  type ConflictGroup,
  type ConflictView,
  type RenderOptions,
  type ReportView,
  type Segment,
  type Side,
} from './text.js';

function segmentsHtml(segments: readonly Segment[]): string {
  return segments
    .map((segment) =>
      segment.highlight
        ? `<mark>${escapeHtml(segment.text)}</mark>`
        : escapeHtml(segment.text),
    )
    .join('');
}

function sideHtml(label: string, side: Side): string {
  const holder = side.holder ? ` <span class="holder">[${escapeHtml(side.holder)}]</span>` : '';
  return [
    '<div class="side">',
    `<div class="who"><span class="label">${label}</span><strong class="source">${escapeHtml(side.sourceNames.join(', '))}</strong>${holder}</div>`,
    `<blockquote class="claim" data-claim="${escapeHtml(side.claimId)}">${segmentsHtml(side.segments)}</blockquote>`,
    '</div>',
  ].join('');
}

function factorsHtml(view: ConflictView): string {
  const rows = view.conflict.factors.map(
    (factor) =>
      `<tr><td>${escapeHtml(factor.name)}</td><td class="num">${formatScore(factor.value)}</td>` +
      `<td class="num">${formatScore(factor.weight)}</td><td class="num">${formatSigned(factor.contribution)}</td>` +
      `<td>${escapeHtml(factor.note ?? '')}</td></tr>`,
  );
  if (rows.length === 0) return '';
  const head = '<tr><th>Factor</th><th>Value</th><th>Weight</th><th>Contribution</th><th>Note</th></tr>';
  // Folded: an editor reads the quotes and the message first; the scoring is there for whoever asks.
  return `<details class="factors"><summary>How the score was reached (${view.conflict.factors.length} factors)</summary><div class="scroll"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div></details>`;
}

function cardHtml(view: ConflictView): string {
  const { conflict, sides } = view;
  const tags = [
    ...(conflict.also.length > 0 ? [`also: ${conflict.also.join(', ')}`] : []),
    ...(conflict.known ? ['known'] : []),
  ].map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`);
  const score = formatScore(conflict.score);
  return [
    `<article class="card band-${escapeHtml(conflict.band)}" data-id="${escapeHtml(conflict.id)}" data-kind="${escapeHtml(conflict.kind)}" data-band="${escapeHtml(conflict.band)}">`,
    `<div class="card-head"><span class="pill ${escapeHtml(conflict.band)}">${escapeHtml(conflict.band)}</span><span class="kind">${escapeHtml(conflict.kind)}</span>`,
    `<meter min="0" max="1" value="${score}" title="score ${score}"></meter><span class="score">score ${score}</span>${tags.join('')}</div>`,
    `<p class="message">${escapeHtml(conflict.message)}</p>`,
    `<div class="sides">${sideHtml('A', sides[0])}<div class="versus">vs</div>${sideHtml('B', sides[1])}</div>`,
    factorsHtml(view),
    `<p class="fingerprint">fingerprint <code>${escapeHtml(conflict.fingerprint)}</code></p>`,
    '</article>',
  ].join('\n');
}

function groupHtml(group: ConflictGroup): string {
  const label = group.proposition === undefined ? 'Other conflicts' : escapeHtml(group.proposition);
  return `<section class="group"><h3>${label}</h3>\n${group.items.map(cardHtml).join('\n')}\n</section>`;
}

function sourcesHtml(report: Report): string {
  const items = report.documents.flatMap((document) => {
    const own = `<li><strong>${escapeHtml(document.source.name)}</strong> <span class="kind">${escapeHtml(document.source.kind)}${document.publishedAt ? ` · ${escapeHtml(document.publishedAt)}` : ''}</span></li>`;
    const cited = Object.entries(document.citations).map(
      ([marker, source]) =>
        `<li><strong>${escapeHtml(source.name)}</strong> <span class="kind">${escapeHtml(source.kind)} · cited as [${escapeHtml(marker)}] in ${escapeHtml(document.source.name)}</span></li>`,
    );
    return [own, ...cited];
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

function headerHtml(report: Report, view: ReportView): string {
  const pills = [...BANDS].reverse().map((band) => `<span class="pill ${band}">${view.byBand[band]} ${band}</span>`);
  const facts = [
    plural(report.conflicts.length, 'conflict'),
    plural(report.documents.length, 'document'),
    plural(report.claims.length, 'claim'),
    plural(report.skipped.length, 'skipped sentence'),
    `coverage ${coveragePercent(report)}`,
  ];
  const note = hiddenNote(view.hidden);
  return [
    '<header>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    `<div class="counts">${pills.join('')}<span>${facts.join(' · ')}</span></div>`,
    note ? `<p class="note" id="hidden-note">${note}; showing the ${view.minBand} band and above.</p>` : '',
    sourcesHtml(report),
    '</header>',
  ].join('\n');
}

function checkbox(name: string, value: string, count: number): string {
  return `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}" checked> ${escapeHtml(value)} (${count})</label>`;
}

function filtersHtml(view: ReportView): string {
  const kinds = new Map<ConflictKind, number>();
  for (const item of view.shown) kinds.set(item.conflict.kind, (kinds.get(item.conflict.kind) ?? 0) + 1);
  const bands = BANDS.filter((band: Band) => bandRank(band) >= bandRank(view.minBand)).reverse();
  const bandCount = (band: Band): number => view.shown.filter((item) => item.conflict.band === band).length;
  return [
    '<form class="filters" id="filters" hidden>',
    `<fieldset><legend>Kind</legend>${[...kinds].map(([kind, count]) => checkbox('kind', kind, count)).join('')}</fieldset>`,
    `<fieldset><legend>Band</legend>${bands.map((band) => checkbox('band', band, bandCount(band))).join('')}</fieldset>`,
    `<output id="shown-count">${view.shown.length} of ${view.shown.length} conflicts shown</output>`,
    '</form>',
  ].join('\n');
}

function consensusHtml(report: Report, view: ReportView): string {
  if (report.consensus.length === 0) return '';
  const names = (ids: readonly string[]): string => escapeHtml(ids.map((id) => view.sourceNames.get(id) ?? id).join(', ')) || '—';
  const rows = report.consensus.map(
    (entry) =>
      `<tr><td>${escapeHtml(entry.proposition)}</td><td>${names(entry.supporting)}</td><td>${names(entry.contradicting)}</td>` +
      `<td class="num">${entry.claims.length}</td><td class="num">${entry.conflicts.length}</td></tr>`,
  );
  const head = '<tr><th>Proposition</th><th>Supporting</th><th>Contradicting</th><th>Claims</th><th>Conflicts</th></tr>';
  return `<section id="consensus"><h2>Consensus by proposition</h2><div class="scroll"><table class="consensus"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function conflictsHtml(view: ReportView): string {
  const body =
    view.shown.length === 0
      ? `<p class="note">No conflicts at or above the ${view.minBand} band.</p>`
      : view.groups.map(groupHtml).join('\n');
  return `<section id="conflicts"><h2>Conflicts</h2>\n${body}\n</section>`;
}

export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const view = buildView(report, options);
  const footer = `gainsay ${escapeHtml(report.provenance.version)} · lexicons ${escapeHtml(report.provenance.lexiconHash)}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(view.title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    headerHtml(report, view),
    view.shown.length > 0 ? filtersHtml(view) : '',
    '<main>',
    conflictsHtml(view),
    consensusHtml(report, view),
    '</main>',
    `<footer>${footer}</footer>`,
    '</div>',
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(report)}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
