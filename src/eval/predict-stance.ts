import { featuresFrom, isHeadlineLength, stanceEvidence, type StanceFeatureOptions, type StanceFeatures, type StanceSide } from './stance-features.js';
import { frameTerms, lexicalLogits, shippedLexicalModel, withLogits, type LexicalModel } from './stance-lexical.js';
import type { JudgeEvidence } from './stance-judge.js';
import { decideStance, shippedStanceModel, weightingOf, stanceProbabilities, type StanceDecision, type StanceModel } from './stance-model.js';
import type { Stance } from './stance.js';

export interface PredictStanceOptions extends StanceFeatureOptions {
  /** the shipped, fitted model by default */
  model?: StanceModel;
  /** the model's own rule ('fnc-score' as shipped) by default */
  decision?: StanceDecision;
  /** lexical part for headline-length bodies: the shipped one with the shipped model, none with another model; null for none */
  lexical?: LexicalModel | null;
}

/** The claim judge's verdicts behind a prediction, with body claims named by id. */
export type StanceJudgement = Omit<JudgeEvidence, 'judged'> & { judged: string[] };

export interface StancePrediction {
  stance: Stance;
  probabilities: Record<Stance, number>;
  features: StanceFeatures;
  /** the strongest contradiction (score, kind, claim ids) and the best compatible matches, as the features read them */
  judgement: StanceJudgement;
}

/**
 * The stance of a body towards a headline: the named features of the pair (coverage, the claim judge's verdicts,
 * reporting frames, hedging, refutation, length) weighed by the fitted model, and its decision rule applied to the
 * class probabilities.
 */
export function explainStance(headline: StanceSide, body: StanceSide, options: PredictStanceOptions = {}): StancePrediction {
  const model = options.model ?? shippedStanceModel();
  const evidence = stanceEvidence(headline, body, options);
  const features = featuresFrom(headline, body, evidence, options.analyzeOptions);
  const lexical = options.lexical !== undefined ? options.lexical : options.model === undefined ? shippedLexicalModel() : null;
  const main = stanceProbabilities(model, features);
  const probabilities = lexical === null || !isHeadlineLength(body) ? main : withLogits(main, lexicalLogits(lexical, frameTerms(headline.profile, body.profile)));
  return {
    stance: decideStance(probabilities, options.decision ?? model.decision, weightingOf(model)),
    probabilities,
    features,
    judgement: { ...evidence, judged: evidence.judged.map((c) => c.id) },
  };
}

export function predictStance(headline: StanceSide, body: StanceSide, options: PredictStanceOptions = {}): Stance {
  return explainStance(headline, body, options).stance;
}
