import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, formatPredictionsCsv } from '../../src/eval/predictions-csv.js';
import type { Stance, StancePair } from '../../src/eval/stance.js';
import { GainsayError } from '../../src/model/errors.js';

const pairs: StancePair[] = [
  { headline: 'Plain headline', bodyId: '4', body: 'x' },
  { headline: 'Says "no", then yes', bodyId: '5', body: 'x' },
  { headline: 'Two\nlines, one comma', bodyId: '6', body: 'x' },
];
const predictions: Stance[] = ['agree', 'discuss', 'unrelated'];

describe('formatPredictionsCsv', () => {
  it('writes Headline,Body ID,Stance with RFC 4180 quoting', () => {
    expect(formatPredictionsCsv(pairs, predictions)).toBe(
      'Headline,Body ID,Stance\nPlain headline,4,agree\n"Says ""no"", then yes",5,discuss\n"Two\nlines, one comma",6,unrelated\n',
    );
  });

  it('round-trips through a CSV parser', () => {
    const rows = parse(formatPredictionsCsv(pairs, predictions), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(pairs.map((p, i) => ({ Headline: p.headline, 'Body ID': p.bodyId, Stance: predictions[i] })));
  });

  it('quotes only fields that need it', () => {
    expect([csvField('a b'), csvField('a,b'), csvField('a"b'), csvField('a\rb')]).toEqual(['a b', '"a,b"', '"a""b"', '"a\rb"']);
  });

  it('needs one prediction per pair', () => {
    expect(() => formatPredictionsCsv(pairs, ['agree'])).toThrow(GainsayError);
  });
});
