import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { SourceSchema, type Source } from '../model/source.js';
import type { CliIo } from './io.js';
import { readJsonFile } from './json-file.js';

/** A citation marker as a sources-file key: "2" for [2]. */
const MARKER_KEY = /^\d{1,3}$/;

/** One entry: a Source, plus (for `gainsay draft`) the marker a source file stands for. */
export const SourceEntrySchema = SourceSchema.extend({
  marker: z.string().regex(MARKER_KEY, 'expected a citation marker such as "2"').optional(),
}).strict();
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** `--sources sources.json`: a map from a file path (as given, or relative to the sources file) or a marker to its Source. */
export const SourcesFileSchema = z.record(z.string().min(1), SourceEntrySchema);

export interface SourceMap {
  /** The entry for a file given on the command line, if any. */
  forFile(path: string): SourceEntry | undefined;
  /** Entries keyed by citation marker. */
  markers: Record<string, Source>;
}

export const EMPTY_SOURCES: SourceMap = { forFile: () => undefined, markers: {} };

export function loadSources(path: string | undefined, io: CliIo, maxBytes: number): SourceMap {
  if (path === undefined) return EMPTY_SOURCES;
  const entries = readJsonFile(path, SourcesFileSchema, io, maxBytes);
  const base = dirname(path);
  const byPath = new Map<string, SourceEntry>();
  const markers: Record<string, Source> = {};
  for (const [key, entry] of Object.entries(entries)) {
    if (MARKER_KEY.test(key)) markers[key] = withoutMarker(entry);
    else byPath.set(resolve(base, key), entry);
  }
  return {
    forFile: (file) => (Object.hasOwn(entries, file) ? entries[file] : byPath.get(resolve(file))),
    markers,
  };
}

export function withoutMarker(entry: SourceEntry): Source {
  const { marker: _marker, ...source } = entry;
  return source;
}
