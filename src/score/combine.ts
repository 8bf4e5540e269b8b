import type { Band, Factor } from '../model/conflict.js';
import type { FactorValues } from './factors.js';
import type { ScoreWeights } from './weights.js';

/** A factor of 0 would send the logit to minus infinity; floor it so one weak factor lowers, not erases, a score. */
const FACTOR_FLOOR = 0.01;

const NOTES: Record<keyof FactorValues, string> = {
  match: 'how surely both claims speak of the same event',
  strength: 'how clear the clash is on the words alone',
  certaintyA: 'how firmly the first side holds its claim',
  certaintyB: 'how firmly the second side holds its claim',
  credibility: 'reliability of the sources on both sides',
  independence: 'whether the two sides are independent sources',
  kindPrior: 'how often a clash of this kind proves real, relative to the kind that does most often (fitted)',
  alignedEvent: 'for a date, place or figure told with different verbs: how much of both claims lines up outside that slot (1 when the verbs are one)',
  foreground: 'whether each side is the main assertion of its sentence rather than a clause it subordinates (when …, that …, which …)',
};

/** score = σ(bias + Σ wᵢ · ln fᵢ), with each factor's value, weight and contribution kept as the explanation. */
export function combine(values: FactorValues, weights: ScoreWeights): { score: number; factors: Factor[] } {
  let logit = weights.bias;
  const factors: Factor[] = [];
  for (const name of Object.keys(NOTES) as (keyof FactorValues)[]) {
    const value = round(values[name]);
    const weight = weights.weights[name] ?? 0;
    const contribution = round(weight * Math.log(Math.max(FACTOR_FLOOR, value)));
    logit += contribution;
    factors.push({ name, value, weight, contribution, note: NOTES[name] });
  }
  return { score: round(1 / (1 + Math.exp(-logit))), factors };
}

export function bandOf(score: number, bands: ScoreWeights['bands']): Band {
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'low';
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
