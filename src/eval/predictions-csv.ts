import { GainsayError } from '../model/errors.js';
import { FNC1_COLUMNS } from './fnc1-parse.js';
import type { Stance, StancePair } from './stance.js';

/** RFC 4180: a field holding a comma, quote or line break is quoted, with inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** An FNC-1 submission file: Headline,Body ID,Stance for every pair, in order. */
export function formatPredictionsCsv(pairs: StancePair[], predictions: Stance[]): string {
  if (predictions.length !== pairs.length) {
    throw new GainsayError('invalid-input', [{ path: ['predictions'], message: `${predictions.length} predictions for ${pairs.length} pairs` }]);
  }
  const header = [FNC1_COLUMNS.headline, FNC1_COLUMNS.bodyId, FNC1_COLUMNS.stance].join(',');
  const rows = pairs.map((pair, i) => [pair.headline, pair.bodyId, predictions[i]!].map(csvField).join(','));
  return [header, ...rows].join('\n') + '\n';
}
