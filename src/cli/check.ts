import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../api/analyze.js';
import type { DocumentInput } from '../model/document.js';
import { renderText } from '../report/text.js';
import { UsageError, type CliIo } from './io.js';

const FLAGS = {
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'min-band': { type: 'string' },
} as const;

/** `gainsay check FILE... [--json]`: each file is one report from its own independent source. */
export function runCheck(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: FLAGS, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError('check needs at least one FILE (or - for standard input)');
  const documents: DocumentInput[] = positionals.map((path) => ({
    id: path,
    text: io.readFile(path),
    source: { id: path, name: path === '-' ? 'stdin' : basename(path), kind: 'unknown' },
  }));
  const report = analyze(documents.length === 1 && hasMarkers(documents[0]!.text) ? { documents: [{ ...documents[0]!, citations: {} }] } : { documents });
  if (values.json) io.stdout(`${JSON.stringify(report)}\n`);
  else {
    const band = values['min-band'];
    if (band !== undefined && band !== 'low' && band !== 'medium' && band !== 'high') throw new UsageError(`--min-band must be low, medium or high, not "${band}"`);
    io.stdout(renderText(report, { color: io.isTty && !values['no-color'], ...(band ? { minBand: band } : {}) }));
  }
  return 0;
}

function hasMarkers(text: string): boolean {
  return /\[\d/.test(text);
}
