import type { Options } from '../model/options.js';
import type { CommonArgs } from './args.js';
import { loadBaseline } from './baseline.js';
import { loadConfig } from './config.js';
import type { CliIo } from './io.js';
import { loadSources, type SourceMap } from './sources-file.js';

/** What a run reads besides its input files: options, sources and the baseline, each validated. */
export interface RunContext {
  options: Options;
  sources: SourceMap;
  known: Set<string>;
  maxBytes: number;
}

export function loadContext(common: CommonArgs, io: CliIo): RunContext {
  const options = loadConfig(common.config, io);
  const maxBytes = options.limits.maxJsonBytes;
  return {
    options,
    sources: loadSources(common.sources, io, maxBytes),
    known: loadBaseline(common.baseline, io, maxBytes),
    maxBytes,
  };
}
