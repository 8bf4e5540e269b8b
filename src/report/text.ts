/**
 * The terminal rendering of a Report, plus the view that all three renderers share: which conflicts are
 * shown at the chosen band, how they group by proposition, and where each side's clashing words are.
 *
 * Highlighting: with `color: true` the clashing words are bold and underlined (ANSI); without colour they
 * are wrapped in `»` and `«`, so the plain output still shows them in a log or a pipe. Input-derived
 * text is passed through `escapeTerminal`, so no control sequence from a document reaches the terminal.
 */
import type { Claim } from '../model/claim.js';
import { BANDS, type Band, type Conflict, type Evidence, type Factor } from '../model/conflict.js';
import type { Report } from '../model/report.js';
import { escapeTerminal } from './escape.js';

export interface RenderOptions {
  minBand?: 'low' | 'medium' | 'high';
  color?: boolean;
  title?: string;
  /** Conflicts only: no title line, no "nothing shown" line, no summary line (the CLI's --quiet). */
  bare?: boolean;
}

/** Conflicts below this band are hidden unless the caller asks for them: low-band ones are mostly noise. */
export const DEFAULT_MIN_BAND: Band = 'medium';
export const DEFAULT_TITLE = 'gainsay report';
export const SCORE_DECIMALS = 2;
const PERCENT = 100;

/** A run of a claim's text, highlighted when it lies inside one of the conflict's evidence spans. */
export interface Segment {
  text: string;
  highlight: boolean;
  roles: string[];
}

export interface Side {
  claimId: string;
  sourceNames: string[];
  holder: string;
  segments: Segment[];
}

export interface ConflictView {
  conflict: Conflict;
  sides: [Side, Side];
}

export interface ConflictGroup {
  /** The consensus label, or undefined for conflicts that no consensus entry lists. */
  proposition: string | undefined;
  items: ConflictView[];
}

export interface ReportView {
  title: string;
  minBand: Band;
  shown: ConflictView[];
  groups: ConflictGroup[];
  byBand: Record<Band, number>;
  hidden: Record<Band, number>;
  sourceNames: Map<string, string>;
}

export function bandRank(band: Band): number {
  return BANDS.indexOf(band);
}

/** Every source id the report knows (document sources and citation targets) mapped to its name. */
export function sourceNameIndex(report: Report): Map<string, string> {
  const names = new Map<string, string>();
  for (const document of report.documents) {
    names.set(document.source.id, document.source.name);
    for (const cited of Object.values(document.citations)) names.set(cited.id, cited.name);
  }
  return names;
}

/**
 * The claim's original text cut at the evidence spans that belong to it. Offsets are taken relative to
 * the claim span; a span that falls outside the claim or whose text disagrees with it is ignored.
 */
export function highlightSegments(claim: Claim, evidence: readonly Evidence[]): Segment[] {
  const base = claim.span.text;
  const marks = evidence
    .filter((item) => item.claim === claim.id)
    .map((item) => ({ from: item.span.start - claim.span.start, to: item.span.end - claim.span.start, item }))
    .filter(({ from, to, item }) => from >= 0 && to <= base.length && from < to && base.slice(from, to) === item.span.text)
    .sort((a, b) => a.from - b.from);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    const last = segments[segments.length - 1];
    if (mark.from < cursor && last?.highlight) {
      if (mark.to > cursor) last.text += base.slice(cursor, mark.to);
      if (!last.roles.includes(mark.item.role)) last.roles.push(mark.item.role);
      cursor = Math.max(cursor, mark.to);
      continue;
    }
    if (mark.from > cursor) segments.push({ text: base.slice(cursor, mark.from), highlight: false, roles: [] });
    segments.push({ text: base.slice(mark.from, mark.to), highlight: true, roles: [mark.item.role] });
    cursor = mark.to;
  }
  if (cursor < base.length) segments.push({ text: base.slice(cursor), highlight: false, roles: [] });
  return segments;
}

function sideOf(report: Report, conflict: Conflict, index: 0 | 1, claims: Map<string, Claim>, names: Map<string, string>): Side {
  const claimId = conflict.claims[index];
  const claim = claims.get(claimId);
  const ids = conflict.sources[index];
  const fallback = report.documents.find((document) => document.id === conflict.documents[index])?.source.name;
  const sourceNames = ids.length > 0 ? ids.map((id) => names.get(id) ?? id) : [fallback ?? conflict.documents[index]];
  return {
    claimId,
    sourceNames,
    holder: claim?.attribution.holder ?? '',
    segments: claim ? highlightSegments(claim, conflict.evidence) : [],
  };
}

function groupByProposition(report: Report, shown: readonly ConflictView[]): ConflictGroup[] {
  const placed = new Set<string>();
  const groups: ConflictGroup[] = [];
  for (const entry of report.consensus) {
    const members = new Set(entry.conflicts);
    const items = shown.filter((view) => members.has(view.conflict.id) && !placed.has(view.conflict.id));
    items.forEach((view) => placed.add(view.conflict.id));
    if (items.length > 0) groups.push({ proposition: entry.proposition, items });
  }
  groups.sort((a, b) => (b.items[0]?.conflict.score ?? 0) - (a.items[0]?.conflict.score ?? 0));
  const rest = shown.filter((view) => !placed.has(view.conflict.id));
  if (rest.length > 0) groups.push({ proposition: undefined, items: rest });
  return groups;
}

function countByBand(conflicts: readonly Conflict[]): Record<Band, number> {
  const counts: Record<Band, number> = { low: 0, medium: 0, high: 0 };
  for (const conflict of conflicts) counts[conflict.band] += 1;
  return counts;
}

/** What every renderer shows: conflicts at or above `minBand`, by score, grouped by proposition. */
export function buildView(report: Report, options: RenderOptions = {}): ReportView {
  const minBand = options.minBand ?? DEFAULT_MIN_BAND;
  const claims = new Map(report.claims.map((claim) => [claim.id, claim]));
  const names = sourceNameIndex(report);
  const visible = report.conflicts
    .filter((conflict) => bandRank(conflict.band) >= bandRank(minBand))
    .sort((a, b) => b.score - a.score);
  const shown = visible.map((conflict) => ({
    conflict,
    sides: [sideOf(report, conflict, 0, claims, names), sideOf(report, conflict, 1, claims, names)] as [Side, Side],
  }));
  const hiddenConflicts = report.conflicts.filter((conflict) => bandRank(conflict.band) < bandRank(minBand));
  return {
    title: options.title ?? DEFAULT_TITLE,
    minBand,
    shown,
    groups: groupByProposition(report, shown),
    byBand: countByBand(report.conflicts),
    hidden: countByBand(hiddenConflicts),
    sourceNames: names,
  };
}

/** "3 low-band conflicts hidden", or undefined when nothing is hidden. */
export function hiddenNote(hidden: Record<Band, number>): string | undefined {
  const parts = BANDS.filter((band) => hidden[band] > 0).map((band) => `${hidden[band]} ${band}-band`);
  if (parts.length === 0) return undefined;
  const total = BANDS.reduce((sum, band) => sum + hidden[band], 0);
  return `${parts.join(' and ')} conflict${total === 1 ? '' : 's'} hidden`;
}

export function formatScore(value: number): string {
  return value.toFixed(SCORE_DECIMALS);
}

export function formatSigned(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(SCORE_DECIMALS)}`;
}

export function coveragePercent(report: Report): string {
  return `${Math.round(report.coverage.share * PERCENT)}%`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  highlight: '\u001b[1;4m',
  dim: '\u001b[2m',
  band: { high: '\u001b[1;31m', medium: '\u001b[1;33m', low: '\u001b[2m' } as Record<Band, string>,
};
const PLAIN_MARKS = { open: '»', close: '«' };
const INDENT = '  ';

type Paint = (code: string, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (code, text) => `${code}${text}${ANSI.reset}` : (_code, text) => text;
}

function renderSegments(segments: readonly Segment[], color: boolean): string {
  return segments
    .map((segment) => {
      const text = escapeTerminal(segment.text);
      if (!segment.highlight) return text;
      return color ? `${ANSI.highlight}${text}${ANSI.reset}` : `${PLAIN_MARKS.open}${text}${PLAIN_MARKS.close}`;
    })
    .join('');
}

function renderSide(label: string, side: Side, color: boolean): string {
  const who = escapeTerminal(side.sourceNames.join(', '));
  const holder = side.holder ? ` [${escapeTerminal(side.holder)}]` : '';
  return `${INDENT.repeat(2)}${label}  ${who}${holder}: "${renderSegments(side.segments, color)}"`;
}

export function factorLine(factors: readonly Factor[]): string {
  return factors
    .map((factor) => {
      const line = `${factor.name} ${formatScore(factor.value)} ×${formatScore(factor.weight)} = ${formatSigned(factor.contribution)}`;
      return factor.note ? `${line} (${factor.note})` : line;
    })
    .join(' · ');
}

function renderConflict(view: ConflictView, color: boolean): string[] {
  const paint = painter(color);
  const { conflict, sides } = view;
  const head = `${INDENT}${paint(ANSI.band[conflict.band], conflict.band.toUpperCase())}  ${conflict.kind}  score ${formatScore(conflict.score)}`;
  const extras = [conflict.also.length > 0 ? `also: ${conflict.also.join(', ')}` : '', conflict.known ? 'known' : ''].filter(Boolean);
  const lines = [
    extras.length > 0 ? `${head}  (${extras.join('; ')})` : head,
    renderSide('A', sides[0], color),
    renderSide('B', sides[1], color),
    `${INDENT.repeat(2)}${escapeTerminal(conflict.message)}`,
  ];
  if (conflict.factors.length > 0) lines.push(`${INDENT.repeat(2)}${paint(ANSI.dim, `factors: ${escapeTerminal(factorLine(conflict.factors))}`)}`);
  return lines;
}

function summaryLine(report: Report, view: ReportView): string {
  const bands = [...BANDS].reverse().map((band) => `${view.byBand[band]} ${band}`).join(', ');
  const note = hiddenNote(view.hidden);
  const parts = [
    `${plural(report.conflicts.length, 'conflict')} (${bands})`,
    ...(note ? [note] : []),
    plural(report.claims.length, 'claim'),
    plural(report.skipped.length, 'skipped sentence'),
    `coverage ${coveragePercent(report)}`,
  ];
  return `Summary: ${parts.join(' · ')}`;
}

export function renderText(report: Report, options: RenderOptions = {}): string {
  const color = options.color ?? false;
  const paint = painter(color);
  const view = buildView(report, options);
  const bare = options.bare ?? false;
  const lines: string[] = bare ? [] : [paint(ANSI.bold, escapeTerminal(view.title)), ''];
  if (view.shown.length === 0 && !bare) lines.push(`No conflicts at or above the ${view.minBand} band.`, '');
  for (const group of view.groups) {
    const label = group.proposition === undefined ? 'Other conflicts' : `Proposition: ${escapeTerminal(group.proposition)}`;
    lines.push(paint(ANSI.bold, label));
    for (const item of group.items) lines.push(...renderConflict(item, color), '');
  }
  if (!bare) lines.push(summaryLine(report, view));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
