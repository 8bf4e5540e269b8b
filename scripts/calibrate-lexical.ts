/**
 * Fits the lexical part of the stance model (src/eval/stance-lexical.ts): one weight per related stance for each
 * frame term of a headline-length report, by L2-penalised multinomial logistic regression whose offset is the main
 * stance model's log-probabilities (so the terms learn only what the named features miss). A term gets a weight
 * only when reports of at least `minClaims` distinct claims of the training data use it; `minClaims` and the
 * penalty are chosen by cross-validation inside the training data, folds by claim (nested in calibrate-stance.ts).
 */
import { minimiseLbfgs } from './fit-lbfgs.js';

export interface LexicalExample {
  terms: readonly string[];
  /** the main model's log-probability of each related stance (agree, disagree, discuss) */
  offset: readonly number[];
  /** index of the gold related stance */
  label: number;
  /** the claim: what a fold keeps together, and what the term threshold counts */
  group: string;
}

export interface LexicalFit {
  terms: string[];
  /** per term, one weight per class */
  weights: number[][];
}

export interface LexicalChoice {
  minClaims: number;
  lambda: number;
  /** held-out mean log-loss of the choice inside the training data */
  loss: number;
}

/** What the nested choice searches, and the fixed cap on optimiser steps. */
export const LEXICAL_MIN_CLAIMS: readonly number[] = [3, 5, 8];
export const LEXICAL_LAMBDAS: readonly number[] = [1, 3, 10, 30];
export const LEXICAL_INNER_FOLDS = 5;
export const LEXICAL_ITERATIONS = 200;
/** Converged when no weight's gradient exceeds this (the loss sums ~1,600 reports). */
export const LEXICAL_TOLERANCE = 1e-3;
const CLASSES = 3;

/** Terms used by reports of at least `minClaims` distinct claims, sorted. */
export function vocabularyOf(examples: readonly LexicalExample[], minClaims: number): string[] {
  const claims = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const t of e.terms) {
      let set = claims.get(t);
      if (set === undefined) claims.set(t, (set = new Set()));
      set.add(e.group);
    }
  }
  return [...claims].filter(([, g]) => g.size >= minClaims).map(([t]) => t).sort();
}

/** Each example's terms as vocabulary positions. */
function encode(examples: readonly LexicalExample[], terms: readonly string[]): number[][] {
  const index = new Map(terms.map((t, i) => [t, i]));
  return examples.map((e) => e.terms.flatMap((t) => (index.has(t) ? [index.get(t)!] : [])));
}

function logProbabilities(offset: readonly number[], active: readonly number[], w: readonly number[]): number[] {
  const z = [...offset];
  for (const j of active) for (let c = 0; c < CLASSES; c++) z[c]! += w[j * CLASSES + c]!;
  const top = Math.max(...z);
  let total = 0;
  for (const v of z) total += Math.exp(v - top);
  const log = Math.log(total) + top;
  return z.map((v) => v - log);
}

/** The fitted weights of `terms`; the same examples and settings give the same weights. */
export function fitLexical(examples: readonly LexicalExample[], terms: readonly string[], lambda: number): LexicalFit {
  const encoded = encode(examples, terms);
  const objective = (w: readonly number[]) => {
    let value = 0;
    const gradient = new Array<number>(w.length);
    for (let j = 0; j < w.length; j++) {
      value += (lambda / 2) * w[j]! * w[j]!;
      gradient[j] = lambda * w[j]!;
    }
    examples.forEach((e, i) => {
      const lp = logProbabilities(e.offset, encoded[i]!, w);
      value -= lp[e.label]!;
      for (let c = 0; c < CLASSES; c++) {
        const g = Math.exp(lp[c]!) - (c === e.label ? 1 : 0);
        for (const j of encoded[i]!) gradient[j * CLASSES + c]! += g;
      }
    });
    return { value, gradient };
  };
  const w = minimiseLbfgs(objective, new Array<number>(terms.length * CLASSES).fill(0), { iterations: LEXICAL_ITERATIONS, tolerance: LEXICAL_TOLERANCE });
  return { terms: [...terms], weights: terms.map((_, j) => w.slice(j * CLASSES, (j + 1) * CLASSES)) };
}

/** Log-probabilities of the related stances for each example under a fit. */
export function lexicalLogProbabilities(fit: LexicalFit, examples: readonly LexicalExample[]): number[][] {
  const encoded = encode(examples, fit.terms);
  const flat = fit.weights.flat();
  return examples.map((e, i) => logProbabilities(e.offset, encoded[i]!, flat));
}

/** Fold of each example: its claim's place among the sorted distinct claims, dealt round-robin. */
export function claimFolds(examples: readonly LexicalExample[], folds: number): number[] {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % folds]));
  return examples.map((e) => fold.get(e.group)!);
}

/** The (minClaims, lambda) with the lowest held-out log-loss over folds by claim; ties go to the earlier candidate. */
export function chooseLexical(examples: readonly LexicalExample[]): LexicalChoice {
  const foldOf = claimFolds(examples, LEXICAL_INNER_FOLDS);
  const losses = new Map<string, number>();
  for (let f = 0; f < LEXICAL_INNER_FOLDS; f++) {
    const train = examples.filter((_, i) => foldOf[i] !== f);
    const test = examples.filter((_, i) => foldOf[i] === f);
    for (const minClaims of LEXICAL_MIN_CLAIMS) {
      const terms = vocabularyOf(train, minClaims);
      for (const lambda of LEXICAL_LAMBDAS) {
        const lp = lexicalLogProbabilities(fitLexical(train, terms, lambda), test);
        const loss = -lp.reduce((s, row, i) => s + row[test[i]!.label]!, 0);
        const key = `${minClaims}/${lambda}`;
        losses.set(key, (losses.get(key) ?? 0) + loss);
      }
    }
  }
  let best: LexicalChoice | undefined;
  for (const minClaims of LEXICAL_MIN_CLAIMS) {
    for (const lambda of LEXICAL_LAMBDAS) {
      const loss = losses.get(`${minClaims}/${lambda}`)! / examples.length;
      if (best === undefined || loss < best.loss) best = { minClaims, lambda, loss };
    }
  }
  return best!;
}
