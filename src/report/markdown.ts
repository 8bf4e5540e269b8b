/**
 * The Markdown rendering of a Report, for a pull-request comment or a CMS note: a summary, a table of
 * the shown conflicts, then one section per conflict grouped by proposition. Every input-derived string
 * goes through `escapeMarkdown`, so a claim can never become a link, an image, HTML or a table break;
 * the clashing words are the only emphasis, written as `**…**` around already-escaped text.
 */
import type { Report } from '../model/report.js';
import { isSpace, leadingRunEnd, trailingRunStart } from '../ingest/edges.js';
import { escapeMarkdown } from './escape.js';
import {
  buildView,
  coveragePercent,
  factorLine,
  formatScore,
  hiddenNote,
  plural,
  type ConflictView,
  type RenderOptions,
  type ReportView,
  type Segment,
  type Side,
} from './text.js';



/** Bold needs its markers against non-space characters, so edge spaces stay outside them. */
function emphasise(text: string): string {
  const from = leadingRunEnd(text, isSpace);
  const to = Math.max(from, trailingRunStart(text, isSpace));
  const [lead, core, trail] = [text.slice(0, from), text.slice(from, to), text.slice(to)];
  return core ? `${lead}**${escapeMarkdown(core)}**${trail}` : text;
}

function renderSegments(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.highlight ? emphasise(segment.text) : escapeMarkdown(segment.text))).join('');
}

function who(side: Side): string {
  const names = escapeMarkdown(side.sourceNames.join(', '));
  return side.holder ? `${names} \\[${escapeMarkdown(side.holder)}\\]` : names;
}

function summary(report: Report, view: ReportView): string {
  const bands = `${view.byBand.high} high, ${view.byBand.medium} medium, ${view.byBand.low} low`;
  const note = hiddenNote(view.hidden);
  const parts = [
    `**${plural(report.conflicts.length, 'conflict')}** (${bands}${note ? `; ${note}` : ''})`,
    plural(report.documents.length, 'document'),
    plural(report.claims.length, 'claim'),
    plural(report.skipped.length, 'skipped sentence'),
    `coverage ${coveragePercent(report)}`,
  ];
  return parts.join(' · ');
}

function table(items: readonly ConflictView[]): string[] {
  const rows = items.map(
    (item, index) =>
      `| ${index + 1} | ${item.conflict.band} | ${item.conflict.kind} | ${formatScore(item.conflict.score)} | ${who(item.sides[0])} | ${who(item.sides[1])} |`,
  );
  return ['| # | Band | Kind | Score | Side A | Side B |', '| --: | --- | --- | --: | --- | --- |', ...rows];
}

function section(item: ConflictView, number: number): string[] {
  const { conflict, sides } = item;
  const extras = [
    conflict.also.length > 0 ? `also: ${conflict.also.join(', ')}` : '',
    conflict.known ? 'known' : '',
  ].filter(Boolean);
  const heading = `**${number}. ${conflict.kind} · ${conflict.band} · ${formatScore(conflict.score)}**`;
  const lines = [
    extras.length > 0 ? `${heading} (${extras.join('; ')})` : heading,
    '',
    `- **A** ${who(sides[0])}: “${renderSegments(sides[0].segments)}”`,
    `- **B** ${who(sides[1])}: “${renderSegments(sides[1].segments)}”`,
    '',
    `> ${escapeMarkdown(conflict.message)}`,
  ];
  if (conflict.factors.length > 0) lines.push('', `Factors: ${escapeMarkdown(factorLine(conflict.factors))}`);
  lines.push('', `Fingerprint: ${escapeMarkdown(conflict.fingerprint)}`, '');
  return lines;
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const view = buildView(report, options);
  const lines = [`## ${escapeMarkdown(view.title)}`, '', summary(report, view), ''];
  if (view.shown.length === 0) {
    lines.push(`No conflicts at or above the ${view.minBand} band.`, '');
    return lines.join('\n');
  }
  const ordered = view.groups.flatMap((group) => group.items);
  lines.push(...table(ordered), '');
  let number = 0;
  for (const group of view.groups) {
    const label = group.proposition === undefined ? 'Other conflicts' : escapeMarkdown(group.proposition);
    lines.push(`### ${label}`, '');
    for (const item of group.items) {
      number += 1;
      lines.push(...section(item, number));
    }
  }
  return lines.join('\n');
}
