import { BANDS, type Band } from '../model/conflict.js';
import type { Report } from '../model/report.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import type { CommonArgs } from './args.js';
import type { CliIo } from './io.js';

/** The band below which --quiet hides conflicts: the gate's own, or only high ones when the gate is off. */
export function displayBand(common: CommonArgs): Band {
  if (!common.quiet) return common.minBand;
  const gate: Band = common.failOn === 'none' ? 'high' : common.failOn;
  return BANDS.indexOf(gate) > BANDS.indexOf(common.minBand) ? gate : common.minBand;
}

/** The report in the chosen format; JSON is exactly one line. */
export function renderReport(report: Report, common: CommonArgs, title: string): string {
  const options = { minBand: displayBand(common), color: common.color, title };
  if (common.format === 'json') return `${JSON.stringify(report)}\n`;
  if (common.format === 'md') return renderMarkdown(report, options);
  if (common.format === 'html') return renderHtml(report, options);
  return renderText(report, options);
}

/** Writes the rendered output to --out, else to stdout. */
export function emit(content: string, common: CommonArgs, io: CliIo): void {
  if (common.out !== undefined) io.writeFile(common.out, content);
  else io.stdout(content);
}
