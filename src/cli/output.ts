import { BANDS, type Band, type Conflict } from '../model/conflict.js';
import type { Report } from '../model/report.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import type { CommonArgs } from './args.js';
import { atOrAbove } from './gate.js';
import type { CliIo } from './io.js';

/** What --quiet prints: the conflicts that fail the gate (new, at or above --fail-on), or the new high ones when the gate is off. */
export function failsQuietly(conflict: Conflict, common: CommonArgs): boolean {
  const gate: Band = common.failOn === 'none' ? 'high' : common.failOn;
  return !conflict.known && atOrAbove(conflict.band, gate);
}

/** The report in the chosen format; JSON is exactly one line and whole. --quiet keeps only what fails, with no header or summary. */
export function renderReport(full: Report, common: CommonArgs, title: string): string {
  if (common.format === 'json') return `${JSON.stringify(full)}\n`;
  const report = common.quiet ? { ...full, conflicts: full.conflicts.filter((c) => failsQuietly(c, common)) } : full;
  const options = { minBand: common.quiet ? BANDS[0] : common.minBand, color: common.color, title, bare: common.quiet };
  if (common.format === 'md') return renderMarkdown(report, options);
  if (common.format === 'html') return renderHtml(report, options);
  return renderText(report, options);
}

/** Writes the rendered output to --out, else to stdout. */
export function emit(content: string, common: CommonArgs, io: CliIo): void {
  if (common.out !== undefined) io.writeFile(common.out, content);
  else io.stdout(content);
}

/** Share of a document's text skipped as not English above which the CLI says so: most of it went unread. */
const MOSTLY = 0.5;

/** One line for each document whose text was mostly skipped as unsupported-language, which the report alone only records. */
export function languageWarnings(report: Report): string[] {
  return report.documents.flatMap((doc) => {
    const skipped = report.skipped.filter((s) => s.documentId === doc.id && s.reason === 'unsupported-language');
    const characters = skipped.reduce((n, s) => n + s.span.end - s.span.start, 0);
    if (doc.characters === 0 || characters / doc.characters <= MOSTLY) return [];
    return [`gainsay: ${doc.id}: ${Math.round((characters / doc.characters) * 100)}% of its text skipped as unsupported-language (gainsay reads English)\n`];
  });
}
