import { checkDraft } from '../draft/check-draft.js';
import type { DraftCheck } from '../draft/verdict.js';
import type { Conflict } from '../model/conflict.js';
import type { DocumentInput } from '../model/document.js';
import { parseCommand } from './args.js';
import { baselineOf, markKnown } from './baseline.js';
import { loadContext } from './context.js';
import { renderDraft } from './draft-output.js';
import { EXIT, gateFailures, gateSummary } from './gate.js';
import { DRAFT_HELP } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { emit } from './output.js';
import { inputByteLimit, readDocuments } from './read-documents.js';
import { remapSpans } from './remap.js';
import type { SourceMap } from './sources-file.js';

/** `gainsay draft DRAFT --against FILE...`: each draft claim checked against the sources its markers cite. */
export function runDraft(args: string[], io: CliIo): number {
  const { common, files, against } = parseCommand(args, { draft: true, isTty: io.isTty });
  if (common.help) {
    io.stdout(DRAFT_HELP);
    return 0;
  }
  if (files.length !== 1) throw new UsageError(`draft takes one DRAFT file, not ${files.length}`);
  if (against.length === 0) throw new UsageError('draft needs its sources: --against FILE...');
  const context = loadContext(common, io);
  const limit = inputByteLimit(context.options);
  const markers = markersOf(against, context.sources);
  const draft = readDocuments(files, common.inputFormat, context.sources, io, limit);
  const sources = readDocuments(against, common.inputFormat, context.sources, io, limit, (_path, i) => context.sources.markers[markers[i]!]);
  const byMarker: Record<string, DocumentInput> = Object.fromEntries(sources.documents.map((doc, i) => [markers[i]!, doc]));
  const maps = new Map([...draft.maps, ...sources.maps]);
  const raw = remapSpans(checkDraft(draft.documents[0]!, byMarker, context.options), maps);
  const known = new Set(context.known);
  const conflicts = raw.flatMap((c) => (c.conflict ? [c.conflict] : []));
  if (common.writeBaseline !== undefined) {
    io.writeFile(common.writeBaseline, `${JSON.stringify(baselineOf(conflicts), null, 2)}\n`);
    for (const c of conflicts) known.add(c.fingerprint);
  }
  const checks = raw.map((c) => (c.conflict ? { ...c, conflict: markKnown([c.conflict], known)[0]! } : c));
  emit(renderDraft(checks, { common, draft: files[0]!, sources: markerNames(sources.documents, markers) }), common, io);
  const failures = gateFailures(conflictsOf(checks), common.failOn);
  if (!common.quiet) io.stderr(`gainsay: ${gateSummary(failures, common.failOn)}\n`);
  return failures.length > 0 ? EXIT.gate : EXIT.ok;
}

/** The marker each source file stands for: its `marker` in --sources, else its place in the order given (1, 2, …). */
export function markersOf(files: readonly string[], sources: SourceMap): string[] {
  const markers = files.map((file, i) => sources.forFile(file)?.marker ?? String(i + 1));
  const seen = new Map<string, string>();
  markers.forEach((marker, i) => {
    const other = seen.get(marker);
    if (other !== undefined) throw new UsageError(`${files[i]} and ${other} both stand for [${marker}]`);
    seen.set(marker, files[i]!);
  });
  return markers;
}

function markerNames(documents: readonly DocumentInput[], markers: readonly string[]): Record<string, string> {
  return Object.fromEntries(documents.map((doc, i) => [markers[i]!, typeof doc.source === 'object' ? doc.source.name : doc.id]));
}

function conflictsOf(checks: readonly DraftCheck[]): Conflict[] {
  return checks.flatMap((c) => (c.conflict ? [c.conflict] : []));
}
