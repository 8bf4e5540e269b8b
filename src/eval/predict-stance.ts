import { stanceFeatures, type StanceFeatureOptions, type StanceFeatures, type StanceSide } from './stance-features.js';
import { decideStance, weightingOf, STANCE_MODEL, stanceProbabilities, type StanceDecision, type StanceModel } from './stance-model.js';
import type { Stance } from './stance.js';

export interface PredictStanceOptions extends StanceFeatureOptions {
  /** the shipped, fitted model by default */
  model?: StanceModel;
  /** the model's own rule ('fnc-score' as shipped) by default */
  decision?: StanceDecision;
}

export interface StancePrediction {
  stance: Stance;
  probabilities: Record<Stance, number>;
  features: StanceFeatures;
}

/**
 * The stance of a body towards a headline (DESIGN.md's mapping, graded): the named features of the pair
 * (coverage, matched claims and how firmly they are held, conflicts, hedging, refutation) weighed by the fitted
 * model, and its decision rule applied to the class probabilities.
 */
export function explainStance(headline: StanceSide, body: StanceSide, options: PredictStanceOptions = {}): StancePrediction {
  const model = options.model ?? STANCE_MODEL;
  const features = stanceFeatures(headline, body, options);
  const probabilities = stanceProbabilities(model, features);
  return { stance: decideStance(probabilities, options.decision ?? model.decision, weightingOf(model)), probabilities, features };
}

export function predictStance(headline: StanceSide, body: StanceSide, options: PredictStanceOptions = {}): Stance {
  return explainStance(headline, body, options).stance;
}
