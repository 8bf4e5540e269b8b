/**
 * The fit itself for scripts/calibrate.ts: examples → rounded weights, band cut-offs and a reliability table.
 * Pure: the same examples give the same result.
 */
import type { Band } from '../src/model/conflict.js';
import { bandOf, combine, type FactorValues, type ScoreWeights } from '../src/score/index.js';
import { fitLogistic, type FitExample } from '../src/score/fit.js';
import { FACTOR_NAMES, type ExampleSet, type TrainingExample } from './calibrate-examples.js';
import * as settings from './calibrate-settings.js';

export interface BandReliability {
  conflicts: number;
  real: number;
  /** real ÷ conflicts; null for an empty band */
  share: number | null;
}
export type ReliabilityTable = Record<Band, BandReliability>;

export interface Calibration {
  weights: ScoreWeights;
  /** the fitted offset of FNC-1 examples against the cases (a data-set base rate, not shipped as a weight) */
  fnc1Offset: number;
  reliability: Record<ExampleSet | 'all', ReliabilityTable>;
}

export function roundTo(x: number, decimals = settings.DECIMALS): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0;
}

/**
 * One extra feature marks the FNC-1 examples: the two sets differ in base rate (most conflicts a case file
 * provokes are expected ones; most headline/body conflicts are not), and without it the fit would read that
 * difference into whichever factor happens to differ between the sets (credibility: FNC-1 sources are unknown).
 */
function fitExamples(examples: readonly TrainingExample[]): FitExample[] {
  return examples.map((e) => ({ features: [...e.logs, e.set === 'fnc1' ? 1 : 0], label: e.label }));
}

export function scoreOf(example: TrainingExample, weights: ScoreWeights): number {
  return combine(example.values as unknown as FactorValues, weights).score;
}

function reliabilityOf(examples: readonly TrainingExample[], weights: ScoreWeights): ReliabilityTable {
  const table: ReliabilityTable = { low: { conflicts: 0, real: 0, share: null }, medium: { conflicts: 0, real: 0, share: null }, high: { conflicts: 0, real: 0, share: null } };
  for (const e of examples) {
    const row = table[bandOf(scoreOf(e, weights), weights.bands)];
    row.conflicts += 1;
    row.real += e.label;
  }
  for (const row of Object.values(table)) row.share = row.conflicts === 0 ? null : roundTo(row.real / row.conflicts);
  return table;
}

export function calibrate(examples: readonly TrainingExample[]): Calibration {
  const model = fitLogistic(fitExamples(examples), {
    lambda: settings.LAMBDA,
    iterations: settings.ITERATIONS,
    prior: [...FACTOR_NAMES.map((name) => settings.HAND_SET_WEIGHTS[name] ?? 0), 0],
    nonNegative: [...FACTOR_NAMES.map(() => true), false],
  });
  // The fitted score is the chance a conflict is real, so the bands are chances: see settings.BANDS.
  const weights: ScoreWeights = {
    bias: roundTo(model.bias),
    weights: Object.fromEntries(FACTOR_NAMES.map((name, j) => [name, roundTo(model.weights[j]!)])),
    bands: { ...settings.BANDS },
  };
  const ofSet = (set: ExampleSet) => reliabilityOf(examples.filter((e) => e.set === set), weights);
  return {
    weights,
    fnc1Offset: roundTo(model.weights[FACTOR_NAMES.length]!),
    reliability: { all: reliabilityOf(examples, weights), cases: ofSet('cases'), fnc1: ofSet('fnc1') },
  };
}
