import type { Options } from '../model/options.js';
import type { ResolvedSource, Source, SourceInput } from '../model/source.js';
import { RELIABILITY_BY_KIND } from '../lexicon/source-reliability.js';

/** Applies defaults: id, kind and reliability (explicit value, then the caller's table by id or name, then by kind). */
export function resolveSource(source: Source | SourceInput | string | undefined, fallbackId: string, fallbackName: string, options: Pick<Options, 'reliability'>): ResolvedSource {
  const given: SourceInput = typeof source === 'string' ? { name: source } : (source ?? { name: fallbackName });
  const kind = given.kind ?? 'unknown';
  const id = given.id ?? fallbackId;
  const table = options.reliability;
  // Own keys only: a source named "constructor" must not find Object.prototype's.
  const byId = Object.hasOwn(table, id) ? table[id] : undefined;
  const byName = Object.hasOwn(table, given.name) ? table[given.name] : undefined;
  const reliability = given.reliability ?? byId ?? byName ?? RELIABILITY_BY_KIND[kind];
  const resolved: ResolvedSource = { id, name: given.name, kind, reliability };
  if (given.url !== undefined) resolved.url = given.url;
  if (given.publishedAt !== undefined) resolved.publishedAt = given.publishedAt;
  if (given.syndicatedFrom !== undefined) resolved.syndicatedFrom = given.syndicatedFrom;
  return resolved;
}
