import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHIPPED_TABLES } from '../../src/lexicon/tables.js';
import { dataHash, SHIPPED_DATA, shippedDataHash, type ShippedData } from '../../src/report/provenance.js';

const MARK = '\u0000perturbed';

/** A copy of a table with one entry added or changed; undefined for code (functions). */
function perturb(value: unknown): unknown {
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) return [...value, MARK];
  if (value instanceof Map) return new Map([...value, [MARK, MARK]]);
  if (value instanceof Set) return new Set([...value, MARK]);
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return value + MARK;
  if (value !== null && typeof value === 'object') return { ...value, [MARK]: 1 };
  throw new Error(`no way to perturb ${typeof value}`);
}

function withTable(file: string, name: string, value: unknown): ShippedData {
  return { ...SHIPPED_DATA, tables: { ...SHIPPED_DATA.tables, [file]: { ...SHIPPED_DATA.tables[file], [name]: value } } };
}

const base = dataHash(SHIPPED_DATA);

describe('provenance hash', () => {
  it('is the hash of the shipped data, stable across calls', () => {
    expect(shippedDataHash()).toBe(base);
    expect(dataHash(SHIPPED_DATA)).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });

  it('registers every data file under src/lexicon', () => {
    const dir = fileURLToPath(new URL('../../src/lexicon/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => /\.(ts|json)$/.test(f) && f !== 'index.ts' && f !== 'tables.ts')
      .map((f) => f.replace(/\.(ts|json)$/, ''))
      .sort();
    expect(Object.keys(SHIPPED_TABLES).sort()).toEqual(files);
  });

  it('changes when any entry of any lexicon table changes', () => {
    let tables = 0;
    for (const [file, module] of Object.entries(SHIPPED_TABLES)) {
      for (const [name, value] of Object.entries(module)) {
        const changed = perturb(value);
        if (changed === undefined) continue;
        tables++;
        expect(dataHash(withTable(file, name, changed)), `${file}.${name}`).not.toBe(base);
      }
    }
    // About thirty files hold well over a hundred tables; a registry that lost its modules would hash nothing.
    expect(tables).toBeGreaterThan(100);
  }, 60_000); // hashes the whole data once per table (megabytes of word vectors): slow on a loaded machine

  it('changes when a Map or Set table changes, not only its size', () => {
    const [file, name] = ['places', 'PLACE_ROLE_PREPOSITIONS'];
    const roles = SHIPPED_DATA.tables[file]![name] as ReadonlyMap<string, string>;
    const swapped = new Map([...roles].map(([k, v]) => [k, v === 'at' ? 'to' : v]));
    expect(dataHash(withTable(file, name, swapped))).not.toBe(base);
  });

  it('changes when any score weight or any part of the stance model or its lexical part changes', () => {
    const weights = SHIPPED_DATA.weights as Record<string, unknown>;
    const model = SHIPPED_DATA.stanceModel as Record<string, unknown>;
    for (const key of Object.keys(weights)) {
      expect(dataHash({ ...SHIPPED_DATA, weights: { ...weights, [key]: perturb(weights[key]) } }), `weights.${key}`).not.toBe(base);
    }
    for (const key of Object.keys(model)) {
      expect(dataHash({ ...SHIPPED_DATA, stanceModel: { ...model, [key]: perturb(model[key]) } }), `stanceModel.${key}`).not.toBe(base);
    }
    const lexical = SHIPPED_DATA.stanceLexical as Record<string, unknown>;
    for (const key of Object.keys(lexical)) {
      expect(dataHash({ ...SHIPPED_DATA, stanceLexical: { ...lexical, [key]: perturb(lexical[key]) } }), `stanceLexical.${key}`).not.toBe(base);
    }
    const coefficients = model.coefficients as number[][];
    const nudged = coefficients.map((row, i) => (i === 0 ? row.map((c, j) => (j === 1 ? c + 1e-9 : c)) : row));
    expect(dataHash({ ...SHIPPED_DATA, stanceModel: { ...model, coefficients: nudged } })).not.toBe(base);
  });
});
