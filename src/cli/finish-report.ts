import type { StrippedText } from '../ingest/markup.js';
import type { Report } from '../model/report.js';
import type { CommonArgs } from './args.js';
import { baselineOf, markKnown } from './baseline.js';
import type { RunContext } from './context.js';
import { EXIT, gateFailures, gateSummary } from './gate.js';
import type { CliIo } from './io.js';
import { emit, renderReport } from './output.js';
import { remapSpans } from './remap.js';

/**
 * The end every report command shares: spans mapped back to the original files, baseline conflicts marked
 * known (a written baseline accepts everything found), output rendered, and the gate's exit code.
 */
export function finishReport(raw: Report, maps: ReadonlyMap<string, StrippedText>, common: CommonArgs, context: RunContext, io: CliIo, title: string): number {
  const known = new Set(context.known);
  if (common.writeBaseline !== undefined) {
    io.writeFile(common.writeBaseline, `${JSON.stringify(baselineOf(raw.conflicts), null, 2)}\n`);
    for (const c of raw.conflicts) known.add(c.fingerprint);
  }
  const mapped = remapSpans(raw, maps);
  const report = { ...mapped, conflicts: markKnown(mapped.conflicts, known) };
  emit(renderReport(report, common, title), common, io);
  const failures = gateFailures(report.conflicts, common.failOn);
  if (!common.quiet) io.stderr(`gainsay: ${gateSummary(failures, common.failOn)}\n`);
  return failures.length > 0 ? EXIT.gate : EXIT.ok;
}
