/**
 * The fit itself for scripts/calibrate.ts: examples → rounded weights, band cut-offs and a reliability table.
 * Pure: the same examples give the same result.
 */
import type { Band } from '../src/model/conflict.js';
import { bandOf, combine, type FactorValues, type ScoreWeights } from '../src/score/index.js';
import { fitLogistic, type FitExample } from '../src/score/fit.js';
import { CONFLICT_KINDS } from '../src/model/conflict.js';
import { EXAMPLE_SETS, FIT_FACTORS, type ExampleSet, type TrainingExample } from './calibrate-examples.js';
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
  /** the fitted offset of each data set against the cases (a data-set base rate, not shipped as a weight) */
  offsets: Record<string, number>;
  reliability: Record<ExampleSet | 'all', ReliabilityTable>;
}

/** Kinds with a fitted term (calibrate-settings.ts FIT_KIND_TERM): all of them, or none. */
const FITTED_KINDS: readonly string[] = settings.FIT_KIND_TERM ? CONFLICT_KINDS : [];

/** Sets the judge is fitted on (calibrate-settings.ts JUDGE_FIT_SETS); the others are measured only. */
const FIT_SETS: ReadonlySet<string> = new Set(settings.JUDGE_FIT_SETS);
/** Fitted sets with their own base-rate indicator: all but the hand-built cases, whose intercept ships. */
const OFFSET_SETS = EXAMPLE_SETS.filter((set) => set !== 'cases' && FIT_SETS.has(set));

export function roundTo(x: number, decimals = settings.DECIMALS): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0;
}

/**
 * Features: the log of each factor, one indicator per conflict kind (the judge's kind term: how often a clash of
 * that kind proves real), and one indicator per data set other than the cases. The sets differ in base rate (most
 * conflicts a case file provokes are expected ones; most headline/body conflicts are not), and without their
 * indicators the fit would read that difference into whichever factor differs between the sets.
 */
function fitExamples(examples: readonly TrainingExample[]): FitExample[] {
  return examples.map((e) => ({
    features: [...e.logs, ...FITTED_KINDS.map((k) => (e.kind === k ? 1 : 0)), ...OFFSET_SETS.map((s) => (e.set === s ? 1 : 0))],
    label: e.label,
  }));
}

/** The shipped score of an example: its recorded factors, with the kind term of these weights. */
export function scoreOf(example: TrainingExample, weights: ScoreWeights): number {
  const values = { ...example.values, kindPrior: weights.kindPrior[example.kind] ?? 1 } as unknown as FactorValues;
  return combine(values, weights).score;
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

/** Fits the judge's weights (no reliability table: cross-validation calls this once per fold). */
export function fitWeights(examples: readonly TrainingExample[]): { weights: ScoreWeights; offsets: Record<string, number> } {
  const extra = FITTED_KINDS.length + OFFSET_SETS.length;
  const fitted = examples.filter((e) => FIT_SETS.has(e.set));
  if (fitted.length === 0) throw new Error(`no training conflicts in the fitted sets (${[...FIT_SETS].join(', ')})`);
  const model = fitLogistic(fitExamples(fitted), {
    lambda: settings.LAMBDA,
    iterations: settings.ITERATIONS,
    prior: [...FIT_FACTORS.map((name) => settings.HAND_SET_WEIGHTS[name] ?? 0), ...Array<number>(extra).fill(0)],
    nonNegative: [...FIT_FACTORS.map(() => true), ...Array<boolean>(extra).fill(false)],
  });
  const n = FIT_FACTORS.length;
  const kindTerms = CONFLICT_KINDS.map((kind) => {
    const j = FITTED_KINDS.indexOf(kind);
    return j < 0 ? 0 : model.weights[n + j]!;
  });
  // The kind term ships as a factor in (0, 1] with weight 1: its log is the term less the largest, which the bias absorbs.
  const top = Math.max(...kindTerms);
  // The fitted score is the chance a conflict is real, so the bands are chances: see settings.BANDS.
  const weights: ScoreWeights = {
    bias: roundTo(model.bias + top),
    weights: { ...Object.fromEntries(FIT_FACTORS.map((name, j) => [name, roundTo(model.weights[j]!)])), kindPrior: 1 },
    kindPrior: Object.fromEntries(CONFLICT_KINDS.map((kind, j) => [kind, roundTo(Math.exp(kindTerms[j]! - top))])),
    bands: { ...settings.BANDS },
  };
  const offsets = Object.fromEntries(OFFSET_SETS.map((set, j) => [set, roundTo(model.weights[n + FITTED_KINDS.length + j]!)]));
  return { weights, offsets };
}

export function calibrate(examples: readonly TrainingExample[]): Calibration {
  const { weights, offsets } = fitWeights(examples);
  const ofSet = (set: ExampleSet) => reliabilityOf(examples.filter((e) => e.set === set), weights);
  const reliability = Object.fromEntries([['all', reliabilityOf(examples, weights)], ...EXAMPLE_SETS.map((set) => [set, ofSet(set)])]);
  return { weights, offsets, reliability: reliability as Calibration['reliability'] };
}
