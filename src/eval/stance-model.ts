import { z } from 'zod';
import { softmaxProbabilities } from '../score/fit-softmax.js';
import { EXACT_RELATED_CREDIT, RELATED_CREDIT } from './fnc1-score.js';
import { STANCE_FEATURES, type StanceFeatures } from './stance-features.js';
import shipped from './stance-model.json';
import { RELATED_STANCES, STANCES, type Stance } from './stance.js';

/**
 * How probabilities become a stance. 'fnc-score' calls a pair related when that has the higher expected FNC-1 score
 * (0.25 for related-vs-unrelated right, 0.75 more for the right related class), then picks among the related
 * stances the most probable after dividing each by its training share to the power `balance` (0: the expected score
 * alone; higher: the rare stances, disagree and agree, are called more often). 'most-likely' picks the most probable;
 * 'balanced' divides all four by the square root of their shares. 'related' never says unrelated: the related stance
 * 'fnc-score' would pick, for sets where every pair is about its claim (Emergent).
 */
export const StanceDecisionSchema = z.enum(['fnc-score', 'most-likely', 'balanced', 'related']);
export type StanceDecision = z.infer<typeof StanceDecisionSchema>;

export const StanceModelSchema = z
  .object({
    note: z.string(),
    features: z.array(z.string()).describe('feature names, in the order of each coefficient row after its intercept'),
    classes: z.array(z.enum(STANCES)).length(STANCES.length),
    coefficients: z.array(z.array(z.number())).describe('per class: intercept then one weight per feature; the last class is the reference (all 0)'),
    decision: StanceDecisionSchema,
    classShares: z.array(z.number().positive().max(1)).describe('each class\'s share of the training pairs, in class order'),
    balance: z.number().min(0).max(1).describe('exponent of the share correction among related stances under "fnc-score" and "related"'),
    fit: z.object({ lambda: z.number(), iterations: z.number().int(), pairs: z.number().int(), data: z.string() }),
  })
  .superRefine((model, ctx) => {
    if (model.features.join() !== STANCE_FEATURES.join()) ctx.addIssue({ code: 'custom', path: ['features'], message: `must be ${STANCE_FEATURES.join(', ')}` });
    if (model.classShares.length !== model.classes.length) ctx.addIssue({ code: 'custom', path: ['classShares'], message: 'one share per class' });
    if (model.coefficients.length !== model.classes.length) ctx.addIssue({ code: 'custom', path: ['coefficients'], message: 'one row per class' });
    model.coefficients.forEach((row, i) => {
      if (row.length !== model.features.length + 1) ctx.addIssue({ code: 'custom', path: ['coefficients', i], message: `needs ${model.features.length + 1} numbers` });
    });
  });
export type StanceModel = z.infer<typeof StanceModelSchema>;

let shippedModel: StanceModel | undefined;

/**
 * The fitted model that ships (src/eval/stance-model.json, written by `npm run calibrate -- --write`), checked on first
 * use rather than at import: a refit after a change of STANCE_FEATURES loads these modules while the file on disk
 * still lists the old features.
 */
export function shippedStanceModel(): StanceModel {
  shippedModel ??= StanceModelSchema.parse(shipped);
  return shippedModel;
}


export function featureVector(features: StanceFeatures): number[] {
  return STANCE_FEATURES.map((name) => features[name]);
}

/** P(stance) for each class, in the model's class order. */
export function stanceProbabilities(model: StanceModel, features: StanceFeatures): Record<Stance, number> {
  return vectorProbabilities(model, featureVector(features));
}

/** P(stance) for a feature vector already in STANCE_FEATURES order. */
export function vectorProbabilities(model: StanceModel, vector: readonly number[]): Record<Stance, number> {
  const p = softmaxProbabilities({ coefficients: model.coefficients }, vector);
  return Object.fromEntries(model.classes.map((c, i) => [c, p[i]!])) as Record<Stance, number>;
}

/** What the decision rules need besides the probabilities: class shares and the balance exponent. */
export interface StanceWeighting {
  shares: Record<Stance, number>;
  balance: number;
}
const EVEN: StanceWeighting = { shares: { agree: 1, disagree: 1, discuss: 1, unrelated: 1 }, balance: 0 };

/** The stance with the highest value; ties go to the earlier stance in STANCES' order. */
function best(stances: readonly Stance[], value: (s: Stance) => number): Stance {
  return stances.reduce((top, s) => (value(s) > value(top) ? s : top));
}

/** The decision rule applied to class probabilities. */
export function decideStance(probabilities: Record<Stance, number>, decision: StanceDecision, weighting: StanceWeighting = EVEN): Stance {
  const { shares, balance } = weighting;
  if (decision === 'most-likely') return best(STANCES, (s) => probabilities[s]);
  if (decision === 'balanced') return best(STANCES, (s) => probabilities[s] / Math.sqrt(shares[s]));
  const rare = (s: Stance) => probabilities[s] / shares[s] ** balance;
  if (decision === 'related') return best(RELATED_STANCES, rare);
  const related = RELATED_STANCES.map((s) => RELATED_CREDIT * (1 - probabilities.unrelated) + EXACT_RELATED_CREDIT * probabilities[s]);
  if (RELATED_CREDIT * probabilities.unrelated > Math.max(...related)) return 'unrelated';
  return best(RELATED_STANCES, rare);
}

/** The model's class shares and balance, as decideStance takes them. */
export function weightingOf(model: StanceModel): StanceWeighting {
  return { shares: classShares(model), balance: model.balance };
}

/** The model's class shares by stance. */
export function classShares(model: StanceModel): Record<Stance, number> {
  return Object.fromEntries(model.classes.map((c, i) => [c, model.classShares[i]!])) as Record<Stance, number>;
}
