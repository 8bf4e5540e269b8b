/**
 * Fits the FNC-1 stance model (src/eval/stance-model.json) on ../shared/data/fnc1-dev, reproducibly: a multinomial
 * logistic regression over the named features of src/eval/stance-features.ts (Newton, L2, fixed step count). Only
 * the weights of those features and the balance exponent of the decision rule are learned; the lexicons they read
 * are not. Reports 5-fold cross-validated scores (folds by body, so no body is seen in training and test) beside
 * the in-sample ones. Run by scripts/calibrate.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stanceSides } from '../src/eval/evaluate-stance.js';
import type { EvalPipeline } from '../src/eval/pipeline.js';
import { scoreStance } from '../src/eval/fnc1-score.js';
import { featureVector, decideStance, weightingOf, vectorProbabilities, StanceModelSchema, type StanceModel, type StanceDecision } from '../src/eval/stance-model.js';
import { STANCE_FEATURES, stanceFeatures } from '../src/eval/stance-features.js';
import { STANCES, type Stance, type StancePair } from '../src/eval/stance.js';
import type { OptionsInput } from '../src/model/options.js';
import { fitSoftmax, type SoftmaxExample } from '../src/score/fit-softmax.js';
import * as settings from './calibrate-settings.js';

const NOTE =
  'P(stance) = softmax over classes of (intercept + sum(weight * feature)), unrelated the reference class. Written by ' +
  '`npm run calibrate -- --write` (scripts/calibrate-stance.ts): L2-penalised multinomial logistic fit (Newton) on ' +
  'every labelled pair of the FNC-1 dev half; decision "fnc-score": related vs unrelated by expected FNC-1 score, then ' +
  'the most probable related stance after dividing by class share^balance (balance chosen by cross-validation).';

export interface StanceRow {
  features: number[];
  gold: Stance;
  bodyId: string;
}

/** The named features of every labelled pair; each headline and body is extracted once. */
export function stanceRows(pairs: readonly StancePair[], pipeline: EvalPipeline, analyzeOptions: OptionsInput): StanceRow[] {
  const sides = stanceSides(pipeline, analyzeOptions);
  const rows: StanceRow[] = [];
  for (const pair of pairs) {
    if (pair.stance === undefined) continue;
    const { headline, body } = sides(pair);
    const features = stanceFeatures(headline, body, { matchClaims: pipeline.matchClaims, compareClaims: pipeline.compareClaims, analyzeOptions });
    rows.push({ features: featureVector(features), gold: pair.stance, bodyId: pair.bodyId });
  }
  return rows;
}

function examplesOf(rows: readonly StanceRow[]): SoftmaxExample[] {
  return rows.map((r) => ({ features: r.features, label: STANCES.indexOf(r.gold) }));
}

const round = (x: number) => Number(x.toFixed(settings.STANCE_DECIMALS));

export function fitStanceModel(rows: readonly StanceRow[], data: string, balance = 0): StanceModel {
  const fitted = fitSoftmax(examplesOf(rows), { classes: STANCES.length, lambda: settings.STANCE_LAMBDA, iterations: settings.STANCE_ITERATIONS });
  return StanceModelSchema.parse({
    note: NOTE,
    features: [...STANCE_FEATURES],
    classes: [...STANCES],
    coefficients: fitted.coefficients.map((row) => row.map(round)),
    decision: settings.STANCE_DECISION,
    classShares: STANCES.map((c) => round(rows.filter((r) => r.gold === c).length / rows.length)),
    balance,
    fit: { lambda: settings.STANCE_LAMBDA, iterations: settings.STANCE_ITERATIONS, pairs: rows.length, data },
  });
}

/** A row's class probabilities under a model, with the weighting that model's decision rules use. */
interface Scored {
  probabilities: Record<Stance, number>;
  shares: Record<Stance, number>;
}

function scoreRow(model: StanceModel, row: StanceRow): Scored {
  return { probabilities: vectorProbabilities(model, row.features), shares: weightingOf(model).shares };
}

/** Each row scored by a model fitted on the folds that do not hold its body (folds by body id, round-robin). */
export function crossValidated(rows: readonly StanceRow[], folds: number): Scored[] {
  const bodyIds = [...new Set(rows.map((r) => r.bodyId))].sort();
  const foldOf = new Map(bodyIds.map((id, i) => [id, i % folds]));
  const out: Scored[] = new Array(rows.length);
  for (let f = 0; f < folds; f++) {
    const model = fitStanceModel(rows.filter((r) => foldOf.get(r.bodyId) !== f), 'fold');
    rows.forEach((r, i) => {
      if (foldOf.get(r.bodyId) === f) out[i] = scoreRow(model, r);
    });
  }
  return out;
}

function decide(scored: readonly Scored[], decision: StanceDecision, balance: number): Stance[] {
  return scored.map((s) => decideStance(s.probabilities, decision, { shares: s.shares, balance }));
}

function evaluation(rows: readonly StanceRow[], predicted: Stance[]) {
  return scoreStance(rows.map((r) => r.gold), predicted);
}

function summary(rows: readonly StanceRow[], predicted: Stance[]): string {
  const e = evaluation(rows, predicted);
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  return `relative ${f(e.relativeScore)}  accuracy ${f(e.accuracy)}  macro-F1 ${f(e.macroF1)}  F1 agree ${f(e.f1.agree)} disagree ${f(e.f1.disagree)} discuss ${f(e.f1.discuss)} unrelated ${f(e.f1.unrelated)}`;
}

/**
 * The balance rule (settings.STANCE_BALANCES): the largest candidate whose cross-validated FNC-1 relative score is
 * within STANCE_RELATIVE_TOLERANCE of balance 0's, i.e. call the rare stances as often as the official score allows.
 */
export function chooseBalance(rows: readonly StanceRow[], scored: readonly Scored[]): number {
  const relative = (b: number) => evaluation(rows, decide(scored, 'fnc-score', b)).relativeScore ?? 0;
  const floor = relative(0) - settings.STANCE_RELATIVE_TOLERANCE;
  return settings.STANCE_BALANCES.filter((b) => relative(b) >= floor).reduce((a, b) => Math.max(a, b), 0);
}

export function stanceModelFile(model: StanceModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Fits, prints in-sample and cross-validated scores, and writes or checks the model file. Returns an exit code. */
/** `pipeline` may be the memoised one the weight fit used, so no body is extracted twice. */
export function calibrateStance(pairs: readonly StancePair[], pipeline: EvalPipeline, analyzeOptions: OptionsInput, mode: { write: boolean; check: boolean }): number {
  const rows = stanceRows(pairs, pipeline, analyzeOptions);
  const folds = crossValidated(rows, settings.STANCE_FOLDS);
  const balance = chooseBalance(rows, folds);
  const model = fitStanceModel(rows, settings.FNC1_DIR, balance);
  const text = stanceModelFile(model);
  if (mode.check) {
    const same = readFileSync(settings.STANCE_MODEL_FILE, 'utf8') === text;
    console.log(same ? `${settings.STANCE_MODEL_FILE} is what the fit writes` : `${settings.STANCE_MODEL_FILE} differs from the fit`);
    return same ? 0 : 1;
  }
  const inSample = rows.map((r) => scoreRow(model, r));
  console.log(`\nstance model: ${rows.length} FNC-1 pairs, ${STANCE_FEATURES.length} features; ${settings.STANCE_FOLDS}-fold cross-validation by body`);
  for (const b of settings.STANCE_BALANCES) console.log(`  CV        fnc-score, balance ${b.toFixed(2)}  ${summary(rows, decide(folds, 'fnc-score', b))}`);
  console.log(`  chosen balance ${balance} (largest within ${settings.STANCE_RELATIVE_TOLERANCE} of balance 0's relative score)`);
  for (const decision of ['fnc-score', 'most-likely', 'balanced'] as const) {
    console.log(`  in-sample ${decision.padEnd(11)}             ${summary(rows, decide(inSample, decision, balance))}`);
    console.log(`  CV        ${decision.padEnd(11)}             ${summary(rows, decide(folds, decision, balance))}`);
  }
  if (mode.write) {
    writeFileSync(settings.STANCE_MODEL_FILE, text);
    console.log(`wrote ${settings.STANCE_MODEL_FILE}`);
  }
  return 0;
}
