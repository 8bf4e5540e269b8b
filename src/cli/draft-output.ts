import type { DraftCheck, DraftEvidence, DraftVerdict } from '../draft/verdict.js';
import { DRAFT_VERDICTS } from '../draft/verdict.js';
import { escapeHtml, escapeMarkdown, escapeTerminal } from '../report/escape.js';
import { highlightSegments, plural, type Segment } from '../report/text.js';
import type { CommonArgs } from './args.js';
import { failsQuietly } from './output.js';

export interface DraftOutputContext {
  common: CommonArgs;
  draft: string;
  /** Marker → source name. */
  sources: Record<string, string>;
}

const ANSI_RESET = '\u001b[0m';
const VERDICT_COLOR: Record<DraftVerdict, string> = { supported: '\u001b[32m', contradicted: '\u001b[1;31m', misattributed: '\u001b[1;33m', unverified: '\u001b[2m' };
const PLAIN_MARKS = { open: '»', close: '«' };
const VERDICT_WIDTH = Math.max(...DRAFT_VERDICTS.map((v) => v.length));
/** Source claims listed under a draft claim. */
const EVIDENCE_SHOWN = 2;

/** The checks in the chosen format; JSON is one line. --quiet keeps only the claims whose conflict fails the gate, with no header or summary. */
export function renderDraft(checks: readonly DraftCheck[], context: DraftOutputContext): string {
  const { common } = context;
  const shown = common.quiet ? checks.filter((c) => c.conflict !== undefined && failsQuietly(c.conflict, common)) : checks;
  if (common.format === 'json') return `${JSON.stringify({ draft: context.draft, sources: context.sources, summary: summary(checks), checks })}\n`;
  if (common.format === 'md') return draftMarkdown(shown, checks, context);
  if (common.format === 'html') return draftHtml(shown, checks, context);
  return draftText(shown, checks, context);
}

export function summary(checks: readonly DraftCheck[]): Record<DraftVerdict, number> {
  const counts = Object.fromEntries(DRAFT_VERDICTS.map((v) => [v, 0])) as Record<DraftVerdict, number>;
  for (const c of checks) counts[c.verdict] += 1;
  return counts;
}

function summaryLine(checks: readonly DraftCheck[]): string {
  return DRAFT_VERDICTS.map((v) => `${summary(checks)[v]} ${v}`).join(' · ');
}

function cites(check: DraftCheck): string {
  return check.cited.length > 0 ? `[${check.cited.join(', ')}]` : '(no marker)';
}

/** The evidence that explains the verdict: the clash, or the agreeing claims (cited ones first). */
function explaining(check: DraftCheck): DraftEvidence[] {
  if (check.verdict === 'contradicted') return check.evidence.filter((e) => e.cited && e.conflict !== undefined && e.conflict.id === check.conflict?.id);
  return check.evidence.filter((e) => e.relation === 'supports').slice(0, EVIDENCE_SHOWN);
}

function segmentsOf(check: DraftCheck, claim: DraftCheck['claim']): Segment[] {
  return highlightSegments(claim, check.conflict?.evidence ?? []);
}

function terminalSegments(segments: readonly Segment[], color: boolean): string {
  return segments
    .map((s) => (s.highlight ? (color ? `\u001b[1;4m${escapeTerminal(s.text)}${ANSI_RESET}` : `${PLAIN_MARKS.open}${escapeTerminal(s.text)}${PLAIN_MARKS.close}`) : escapeTerminal(s.text)))
    .join('');
}

function draftText(shown: readonly DraftCheck[], all: readonly DraftCheck[], context: DraftOutputContext): string {
  const { color, quiet } = context.common;
  const lines = quiet ? [] : [`gainsay draft: ${escapeTerminal(context.draft)} against ${plural(Object.keys(context.sources).length, 'source')}`, ''];
  for (const check of shown) {
    const label = check.verdict.toUpperCase().padEnd(VERDICT_WIDTH);
    lines.push(`${color ? `${VERDICT_COLOR[check.verdict]}${label}${ANSI_RESET}` : label}  ${cites(check)}  "${terminalSegments(segmentsOf(check, check.claim), color)}"`);
    for (const e of explaining(check)) {
      const name = escapeTerminal(context.sources[e.marker] ?? e.marker);
      lines.push(`    [${e.marker}] ${name}: "${terminalSegments(segmentsOf(check, e.claim), color)}"`);
    }
    if (check.conflict) lines.push(`    ${check.conflict.kind}, ${check.conflict.band} ${check.conflict.score.toFixed(2)}${check.conflict.known ? ' (known)' : ''}: ${escapeTerminal(check.conflict.message)}`);
  }
  if (!quiet) lines.push('', `Summary: ${summaryLine(all)}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function draftMarkdown(shown: readonly DraftCheck[], all: readonly DraftCheck[], context: DraftOutputContext): string {
  const md = (s: string) => escapeMarkdown(s).replace(/\n/g, ' ');
  const rows = shown.map((check) => {
    const said = explaining(check).map((e) => `[${e.marker}] ${md(e.claim.span.text)}`).join('<br>');
    const clash = check.conflict ? ` (${check.conflict.kind}, ${check.conflict.band}${check.conflict.known ? ', known' : ''})` : '';
    return `| ${check.verdict}${clash} | ${md(cites(check))} | ${md(check.claim.span.text)} | ${said} |`;
  });
  return [`## gainsay draft check: ${md(context.draft)}`, '', `**${summaryLine(all)}**`, '', '| Verdict | Cites | Draft claim | Sources say |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

const PAGE_STYLE = 'body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}mark{background:#fde68a}.contradicted{color:#b91c1c;font-weight:600}.misattributed{color:#a16207;font-weight:600}.supported{color:#15803d}.unverified{color:#6b7280}';

function htmlSegments(segments: readonly Segment[]): string {
  return segments.map((s) => (s.highlight ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');
}

function draftHtml(shown: readonly DraftCheck[], all: readonly DraftCheck[], context: DraftOutputContext): string {
  const rows = shown.map((check) => {
    const said = explaining(check).map((e) => `<div>[${escapeHtml(e.marker)}] ${escapeHtml(context.sources[e.marker] ?? '')}: ${htmlSegments(segmentsOf(check, e.claim))}</div>`).join('');
    const clash = check.conflict ? `<div>${escapeHtml(check.conflict.kind)}, ${check.conflict.band} ${check.conflict.score.toFixed(2)}</div>` : '';
    return `<tr><td class="${check.verdict}">${check.verdict}${clash}</td><td>${escapeHtml(cites(check))}</td><td>${htmlSegments(segmentsOf(check, check.claim))}</td><td>${said}</td></tr>`;
  });
  const title = `gainsay draft check: ${escapeHtml(context.draft)}`;
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${title}</title><style>${PAGE_STYLE}</style></head><body>`,
    `<h1>${title}</h1><p>${escapeHtml(summaryLine(all))}</p>`,
    `<table><thead><tr><th>Verdict</th><th>Cites</th><th>Draft claim</th><th>Sources say</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</body></html>',
    '',
  ].join('\n');
}
