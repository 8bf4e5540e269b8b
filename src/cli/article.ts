import { analyze } from '../api/analyze.js';
import { parseCommand } from './args.js';
import { loadContext } from './context.js';
import { finishReport } from './finish-report.js';
import { ARTICLE_HELP } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { inputByteLimit, readDocuments, withMarkerSources } from './read-documents.js';

/** `gainsay article FILE [--sources s.json]`: one synthesized article whose `[n]` markers point at sources. */
export function runArticle(args: string[], io: CliIo): number {
  const { common, files } = parseCommand(args, { isTty: io.isTty });
  if (common.help) {
    io.stdout(ARTICLE_HELP);
    return 0;
  }
  if (files.length !== 1) throw new UsageError(`article takes one FILE, not ${files.length}`);
  const context = loadContext(common, io);
  const { documents, maps } = readDocuments(files, common.inputFormat, context.sources, io, inputByteLimit(context.options));
  const report = analyze({ documents: withMarkerSources(documents, context.sources.markers) }, context.options);
  return finishReport(report, maps, common, context, io, `gainsay article: ${files[0]}`);
}
