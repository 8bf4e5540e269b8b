import { analyze } from '../api/analyze.js';
import { parseCommand } from './args.js';
import { loadContext } from './context.js';
import { finishReport } from './finish-report.js';
import { CHECK_HELP } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { languageWarnings } from './output.js';
import { inputByteLimit, readDocuments, withMarkerSources } from './read-documents.js';

/** `gainsay check FILE... [-]`: each file (or stdin) is one report; conflicts between and within them. */
export function runCheck(args: string[], io: CliIo): number {
  const { common, files } = parseCommand(args, { isTty: io.isTty });
  if (common.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (files.length === 0) throw new UsageError('check needs at least one FILE (or - for standard input)');
  const context = loadContext(common, io);
  // analyze strips Markdown and HTML itself and maps every span back to the file as written.
  const { documents, maps } = readDocuments(files, common.inputFormat, context.sources, io, inputByteLimit(context.options), undefined, true);
  const cited = withMarkerSources(documents, context.sources.markers);
  const report = analyze({ documents: cited }, context.options);
  for (const line of languageWarnings(report)) io.stderr(line);
  const title = `gainsay check: ${files.length === 1 ? files[0] : `${files.length} reports`}`;
  return finishReport(report, maps, common, context, io, title);
}
