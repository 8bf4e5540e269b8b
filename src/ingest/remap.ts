import { toOriginalSpan, type StrippedText } from './markup.js';

/**
 * Points every span of a result (a Report's claims, conflicts and skips, draft checks) back into the original texts: each object that
 * carries a `documentId` switches the map for everything inside it, and each `{ start, end, text }` inside is
 * replaced by the original range it came from. Documents read as plain text have no map and stay as they are.
 */
export function remapSpans<T>(value: T, maps: ReadonlyMap<string, StrippedText>): T {
  return maps.size === 0 ? value : (walk(value, undefined, maps) as T);
}

function walk(value: unknown, map: StrippedText | undefined, maps: ReadonlyMap<string, StrippedText>): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, map, maps));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const here = typeof record.documentId === 'string' ? maps.get(record.documentId) : map;
  if (here && isSpan(record)) return toOriginalSpan(here, record.start, record.end);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) out[key] = walk(v, here, maps);
  return out;
}

/** A span has exactly these three fields: start, end and text. */
const SPAN_FIELDS = 3;

function isSpan(v: Record<string, unknown>): v is { start: number; end: number; text: string } {
  return typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string' && Object.keys(v).length === SPAN_FIELDS;
}
