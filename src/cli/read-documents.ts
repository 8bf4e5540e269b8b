import { basename } from 'node:path';
import { formatOfPath, stripMarkup, type InputFormat, type StrippedText } from '../ingest/markup.js';
import type { DocumentInput } from '../model/document.js';
import type { Options } from '../model/options.js';
import type { SourceInput } from '../model/source.js';
import { UsageError, type CliIo } from './io.js';
import { withoutMarker, type SourceMap } from './sources-file.js';

/** A UTF-8 character is at most four bytes: the byte limit that lets the character limit decide. */
export const MAX_BYTES_PER_CHAR = 4;

export function inputByteLimit(options: Options): number {
  return options.limits.maxCharactersPerDocument * MAX_BYTES_PER_CHAR;
}

/** Markers the sources file names point, in every document, at the source it gives them. */
export function withMarkerSources(documents: DocumentInput[], markers: DocumentInput['citations']): DocumentInput[] {
  if (!markers || Object.keys(markers).length === 0) return documents;
  return documents.map((doc) => ({ ...doc, citations: { ...markers, ...(doc.citations ?? {}) } }));
}

/** Name of the source standing for standard input. */
export const STDIN_NAME = 'stdin';

export interface ReadDocuments {
  documents: DocumentInput[];
  /** Offset maps of the documents read as Markdown or HTML, by document id. */
  maps: Map<string, StrippedText>;
}

/**
 * Reads each file (or "-" once, for stdin) as one document; its source from --sources, else its own independent
 * one. With `keepMarkup` a Markdown or HTML file is passed as written with its `format`, for `analyze` to strip
 * and map back; otherwise it is stripped here and its offset map returned, for calls that read plain text only.
 */
export function readDocuments(paths: readonly string[], inputFormat: InputFormat | undefined, sources: SourceMap, io: CliIo, maxBytes: number, fallback: (path: string, i: number) => SourceInput | undefined = () => undefined, keepMarkup = false): ReadDocuments {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const seen = new Set<string>();
  const documents: DocumentInput[] = [];
  const maps = new Map<string, StrippedText>();
  for (const [i, path] of paths.entries()) {
    if (seen.has(path)) throw new UsageError(`${path} is given twice`);
    seen.add(path);
    const format = inputFormat ?? (path === '-' ? 'text' : formatOfPath(path));
    const original = io.readFile(path, maxBytes);
    const stripped = stripMarkup(original, format);
    if (stripped.text.trim() === '') throw new UsageError(`${path} has no text once its ${format} markup is removed`);
    const source = sourceOf(path, sources, fallback(path, i));
    if (keepMarkup) documents.push({ id: path, text: original, source, ...(format === 'text' ? {} : { format }) });
    else {
      if (format !== 'text') maps.set(path, stripped);
      documents.push({ id: path, text: stripped.text, source });
    }
  }
  return { documents, maps };
}

function sourceOf(path: string, sources: SourceMap, fallback: SourceInput | undefined): SourceInput {
  const entry = sources.forFile(path);
  if (entry) return { id: path, ...withoutMarker(entry) };
  if (fallback) return { id: path, ...fallback };
  return { id: path, name: path === '-' ? STDIN_NAME : basename(path), kind: 'unknown' };
}
