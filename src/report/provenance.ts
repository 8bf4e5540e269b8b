import stanceModel from '../eval/stance-model.json' with { type: 'json' };
import { SHIPPED_TABLES } from '../lexicon/tables.js';
import type { Options } from '../model/options.js';
import weights from '../score/weights.json' with { type: 'json' };
import { fnv1a64 } from './fingerprint.js';

/** gainsay's version, written into every report. */
export const VERSION = '0.1.0';

/** The data a report depends on besides its input and options: every lexicon table, the score weights, the stance model. */
export interface ShippedData {
  tables: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  weights: unknown;
  stanceModel: unknown;
}

export const SHIPPED_DATA: ShippedData = { tables: SHIPPED_TABLES, weights, stanceModel };

/** Maps and sets are written as their entries (JSON.stringify would write "{}"); functions are code, not data. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  if (typeof value === 'function') return undefined;
  return value;
}

// Tables are read-only data, so a table's digest is kept by identity: a copy with one entry changed is a new object.
const digests = new WeakMap<object, string>();

function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') return fnv1a64(JSON.stringify(value, replacer) ?? '');
  let known = digests.get(value);
  if (known === undefined) digests.set(value, (known = fnv1a64(JSON.stringify(value, replacer))));
  return known;
}

/** A hash of all the data: two reports with one hash used the same tables, weights and stance model. */
export function dataHash(data: ShippedData): string {
  const tables = Object.entries(data.tables).flatMap(([file, module]) =>
    Object.entries(module).filter(([, table]) => typeof table !== 'function').map(([name, table]) => `${file}.${name}:${digest(table)}`),
  );
  return fnv1a64([...tables, `weights:${digest(data.weights)}`, `stance-model:${digest(data.stanceModel)}`].join('\n'));
}

let shippedHash: string | undefined;

export function shippedDataHash(): string {
  shippedHash ??= dataHash(SHIPPED_DATA);
  return shippedHash;
}

export function provenance(options: Options): { version: string; lexiconHash: string; options: Record<string, unknown> } {
  return { version: VERSION, lexiconHash: shippedDataHash(), options: JSON.parse(JSON.stringify(options)) as Record<string, unknown> };
}
