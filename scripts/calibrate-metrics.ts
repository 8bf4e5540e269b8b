/**
 * Before/after measurements for scripts/calibrate.ts: case metrics and FNC-1 stance metrics under a given set
 * of weights, passed through options (weights.json is never edited to compare).
 */
import { evaluateCases } from '../src/eval/evaluate-cases.js';
import { evaluateStance } from '../src/eval/evaluate-stance.js';
import type { EvalPipeline } from '../src/eval/pipeline.js';
import type { StancePair } from '../src/eval/stance.js';
import type { ScoreWeights } from '../src/score/index.js';

export interface Metrics {
  sample: CaseMetrics;
  fixtures: CaseMetrics;
  fnc1: { relativeScore: number | null; disagreeF1: number | null; macroF1: number | null; accuracy: number | null };
}
export interface CaseMetrics {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  negativesClean: number | null;
}

/** Weights as options carry them: factor weights plus "bias" in one record, cut-offs apart. */
export function asOptions(weights: ScoreWeights) {
  return { weights: { bias: weights.bias, ...weights.weights }, bands: { ...weights.bands } };
}

export function measure(weights: ScoreWeights, sample: unknown, fixtures: unknown, pairs: StancePair[], pipeline: EvalPipeline): Metrics {
  const options = asOptions(weights);
  const cases = (file: unknown): CaseMetrics => {
    const e = evaluateCases(file, { ...options, analyze: pipeline.analyze });
    return { precision: e.precision, recall: e.recall, f1: e.f1, negativesClean: e.negativesClean };
  };
  const stance = evaluateStance(pairs, { ...options, pipeline });
  return {
    sample: cases(sample),
    fixtures: cases(fixtures),
    fnc1: { relativeScore: stance.relativeScore, disagreeF1: stance.f1.disagree, macroF1: stance.macroF1, accuracy: stance.accuracy },
  };
}

