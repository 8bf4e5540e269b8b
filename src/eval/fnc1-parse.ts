import { parse } from 'csv-parse/sync';
import { GainsayError } from '../model/errors.js';
import { StanceSchema, type StancePair } from './stance.js';

/** Column names of the FNC-1 files (https://github.com/FakeNewsChallenge/fnc-1). */
export const FNC1_COLUMNS = { headline: 'Headline', bodyId: 'Body ID', stance: 'Stance', body: 'articleBody' } as const;

type Row = Record<string, string>;

function parseCsv(text: string, file: string): Row[] {
  try {
    return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
  } catch (error) {
    throw new GainsayError('invalid-input', [{ path: [file], message: error instanceof Error ? error.message : String(error) }]);
  }
}

function requireColumns(rows: Row[], file: string, columns: readonly string[]): void {
  const first = rows[0];
  if (first === undefined) throw new GainsayError('invalid-input', [{ path: [file], message: 'no rows' }]);
  const missing = columns.filter((column) => !(column in first));
  if (missing.length > 0) throw new GainsayError('invalid-input', [{ path: [file], message: `missing column ${missing.map((m) => `"${m}"`).join(', ')}` }]);
}

/**
 * Joins an FNC-1 stances file (Headline, Body ID[, Stance]) with its bodies file (Body ID, articleBody),
 * keeping the stances file's row order. Errors name the file and the data row (1-based, after the header).
 */
export function parseFnc1(bodiesCsv: string, stancesCsv: string, names = { bodies: 'bodies.csv', stances: 'stances.csv' }): StancePair[] {
  const bodyRows = parseCsv(bodiesCsv, names.bodies);
  requireColumns(bodyRows, names.bodies, [FNC1_COLUMNS.bodyId, FNC1_COLUMNS.body]);
  const bodies = new Map(bodyRows.map((row) => [row[FNC1_COLUMNS.bodyId]!, row[FNC1_COLUMNS.body]!]));
  const stanceRows = parseCsv(stancesCsv, names.stances);
  requireColumns(stanceRows, names.stances, [FNC1_COLUMNS.headline, FNC1_COLUMNS.bodyId]);
  return stanceRows.map((row, i) => {
    const bodyId = row[FNC1_COLUMNS.bodyId]!;
    const body = bodies.get(bodyId);
    if (body === undefined) throw new GainsayError('invalid-input', [{ path: [names.stances], message: `row ${i + 1}: no body with id "${bodyId}" in ${names.bodies}` }]);
    const pair: StancePair = { headline: row[FNC1_COLUMNS.headline]!, bodyId, body };
    const label = row[FNC1_COLUMNS.stance];
    if (label === undefined || label === '') return pair;
    const stance = StanceSchema.safeParse(label);
    if (!stance.success) throw new GainsayError('invalid-input', [{ path: [names.stances], message: `row ${i + 1}: unknown stance "${label}"` }]);
    return { ...pair, stance: stance.data };
  });
}
