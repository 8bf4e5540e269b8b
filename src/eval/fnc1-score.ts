import { GainsayError } from '../model/errors.js';
import { f1Score, ratio } from './rates.js';
import { isRelated, STANCES, type Stance } from './stance.js';

/**
 * FNC-1's official weights (FakeNewsChallenge/fnc-1, scorer.py): a pair earns RELATED_CREDIT when gold and
 * prediction agree on related versus unrelated, and EXACT_RELATED_CREDIT more when both are related and
 * the label is exactly right. An unrelated pair thus earns at most 0.25, a related one at most 1.
 */
export const RELATED_CREDIT = 0.25;
export const EXACT_RELATED_CREDIT = 0.75;

export type Confusion = Record<Stance, Record<Stance, number>>;

export interface StanceEvaluation {
  /** pairs scored (those with a gold stance) */
  pairs: number;
  /** null when no pair was scored */
  accuracy: number | null;
  /** mean F1 over the labels present in gold; null when none is */
  macroF1: number | null;
  /** per-label F1, null for a label absent from gold (and left out of macroF1) */
  f1: Record<Stance, number | null>;
  fncScore: number;
  /** what the gold labels earn against themselves */
  maxScore: number;
  /** fncScore / maxScore; null when maxScore is 0 */
  relativeScore: number | null;
  /** confusion[gold][predicted] = count */
  confusion: Confusion;
}

export function fncCredit(gold: Stance, predicted: Stance): number {
  if (isRelated(gold) !== isRelated(predicted)) return 0;
  return gold === predicted && isRelated(gold) ? RELATED_CREDIT + EXACT_RELATED_CREDIT : RELATED_CREDIT;
}

function emptyConfusion(): Confusion {
  const row = () => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  return Object.fromEntries(STANCES.map((s) => [s, row()])) as Confusion;
}

/** F1 of one label from the confusion matrix: hits over (predicted as it + gold as it). */
function labelF1(confusion: Confusion, label: Stance): number | null {
  const gold = STANCES.reduce((sum, p) => sum + confusion[label][p], 0);
  if (gold === 0) return null;
  const predicted = STANCES.reduce((sum, g) => sum + confusion[g][label], 0);
  return f1Score(confusion[label][label], predicted, gold);
}

/** Accuracy, per-label and macro F1, and the FNC-1 competition score of predicted against gold stances. Pure. */
export function scoreStance(gold: Stance[], predicted: Stance[]): StanceEvaluation {
  if (gold.length !== predicted.length) {
    throw new GainsayError('invalid-input', [{ path: ['predicted'], message: `${predicted.length} predictions for ${gold.length} gold stances` }]);
  }
  const confusion = emptyConfusion();
  let correct = 0;
  let fncScore = 0;
  let maxScore = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[g][p] += 1;
    if (g === p) correct += 1;
    fncScore += fncCredit(g, p);
    maxScore += fncCredit(g, g);
  });
  const f1 = Object.fromEntries(STANCES.map((s) => [s, labelF1(confusion, s)])) as Record<Stance, number | null>;
  const present = STANCES.map((s) => f1[s]).filter((v): v is number => v !== null);
  return {
    pairs: gold.length,
    accuracy: ratio(correct, gold.length),
    macroF1: ratio(present.reduce((a, b) => a + b, 0), present.length),
    f1,
    fncScore,
    maxScore,
    relativeScore: ratio(fncScore, maxScore),
    confusion,
  };
}
