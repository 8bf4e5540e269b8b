import stanceLexical from '../eval/stance-lexical.json' with { type: 'json' };
import stanceModel from '../eval/stance-model.json' with { type: 'json' };
import { SHIPPED_TABLES } from '../lexicon/tables.js';
import type { Options } from '../model/options.js';
import weights from '../score/weights.json' with { type: 'json' };

/** gainsay's version, written into every report. */
export const VERSION = '0.1.0';

/** The data a report depends on besides its input and options: every lexicon table, the score weights, the stance model and its lexical part. */
export interface ShippedData {
  tables: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  weights: unknown;
  stanceModel: unknown;
  stanceLexical: unknown;
}

export const SHIPPED_DATA: ShippedData = { tables: SHIPPED_TABLES, weights, stanceModel, stanceLexical };

/** Maps and sets are written as their entries (JSON.stringify would write "{}"); functions are code, not data. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  if (typeof value === 'function') return undefined;
  return value;
}

/**
 * A 64-bit digest as two 32-bit FNV-1a lanes (different offset bases) in plain integer arithmetic: the tables run to
 * megabytes (the word vectors), where the BigInt FNV of conflict fingerprints would cost seconds.
 */
function dataDigest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

// Tables are read-only data, so a table's digest is kept by identity: a copy with one entry changed is a new object.
const digests = new WeakMap<object, string>();

function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') return dataDigest(JSON.stringify(value, replacer) ?? '');
  let known = digests.get(value);
  if (known === undefined) digests.set(value, (known = dataDigest(JSON.stringify(value, replacer))));
  return known;
}

/** A hash of all the data: two reports with one hash used the same tables, weights and stance model. */
export function dataHash(data: ShippedData): string {
  // Sorted by name: a bundler may give a module namespace its exports in definition order rather than sorted.
  const byName = <T,>(entries: [string, T][]) => entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const tables = byName(Object.entries(data.tables)).flatMap(([file, module]) =>
    byName(Object.entries(module)).filter(([, table]) => typeof table !== 'function').map(([name, table]) => `${file}.${name}:${digest(table)}`),
  );
  return dataDigest([...tables, `weights:${digest(data.weights)}`, `stance-model:${digest(data.stanceModel)}`, `stance-lexical:${digest(data.stanceLexical)}`].join('\n'));
}

/** The build writes the shipped data's hash here (tsup.config.ts, by this file's dataHash), so a fresh process does not hash megabytes of tables; from source it is undefined. */
declare const __SHIPPED_DATA_HASH__: string | undefined;

let shippedHash: string | undefined;

export function shippedDataHash(): string {
  shippedHash ??= typeof __SHIPPED_DATA_HASH__ === 'string' ? __SHIPPED_DATA_HASH__ : dataHash(SHIPPED_DATA);
  return shippedHash;
}

export function provenance(options: Options): { version: string; lexiconHash: string; options: Record<string, unknown> } {
  return { version: VERSION, lexiconHash: shippedDataHash(), options: JSON.parse(JSON.stringify(options)) as Record<string, unknown> };
}
