/**
 * Fits the stance model (src/eval/stance-model.json) on FNC-1 dev and Emergent train together, reproducibly: a
 * multinomial logistic regression over the named features of src/eval/stance-features.ts (Newton, L2, fixed step
 * count). Only the weights of those features and the balance exponent of the decision rule are learned; the lexicons
 * they read are not. Cross-validated per data set, folds by body (FNC-1) and by claim (Emergent: its "Headline"
 * column), so no body or claim is seen in training and test; the balance exponent is chosen inside each training
 * fold (nested). Run by scripts/calibrate.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stanceSides } from '../src/eval/evaluate-stance.js';
import { readFnc1 } from '../src/eval/fnc1-read.js';
import { scoreStance, type Confusion } from '../src/eval/fnc1-score.js';
import type { EvalPipeline } from '../src/eval/pipeline.js';
import { isHeadlineLength, STANCE_FEATURES, stanceFeatures } from '../src/eval/stance-features.js';
import { frameTerms, lexicalLogits, withLogits, type LexicalModel } from '../src/eval/stance-lexical.js';
import { decideStance, featureVector, StanceModelSchema, vectorProbabilities, weightingOf, type StanceModel } from '../src/eval/stance-model.js';
import { STANCES, type Stance, type StancePair } from '../src/eval/stance.js';
import type { OptionsInput } from '../src/model/options.js';
import { fitSoftmax, type SoftmaxExample } from '../src/score/fit-softmax.js';
import * as settings from './calibrate-settings.js';
import { fitLexicalPart, type LexicalPart } from './calibrate-stance-lexical.js';

const NOTE =
  'P(stance) = softmax over classes of (intercept + sum(weight * feature)), unrelated the reference class. Written by ' +
  '`npm run calibrate -- --write` (scripts/calibrate-stance.ts): L2-penalised multinomial logistic fit (Newton) on ' +
  'every labelled pair of the FNC-1 dev half and of Emergent train (which has no unrelated pairs); decision ' +
  '"fnc-score": related vs unrelated by expected FNC-1 score, then the most probable related stance after dividing by ' +
  'class share^balance; "related" (for Emergent-like sets) skips the first step. Balance chosen on the training pairs ' +
  '(best mean macro-F1 of the two sets within a tolerance of the FNC-1 relative score at balance 0). Some one-line ' +
  'frame cues (factive verbs, bare verb forms, question positions, holders, source tags) were chosen by reading the ' +
  'cross-validated errors on Emergent train, so its cross-validated scores are slightly optimistic.';

/** The two data sets the model is fitted on, and the decision each is scored with. */
export const STANCE_SETS = { fnc1: 'fnc-score', emergent: 'related' } as const;
export type StanceSet = keyof typeof STANCE_SETS;
export type StanceData = Record<StanceSet, readonly StancePair[]>;

export interface StanceRow {
  features: number[];
  gold: Stance;
  set: StanceSet;
  /** what a fold keeps together: the body (FNC-1) or the claim (Emergent) */
  group: string;
  /** frame terms of a headline-length body (stance-lexical.ts); absent for a longer body */
  terms?: string[];
}

/** The named features of every labelled pair of one set; each headline and body is extracted once. */
export function stanceRows(pairs: readonly StancePair[], set: StanceSet, pipeline: EvalPipeline, analyzeOptions: OptionsInput): StanceRow[] {
  const sides = stanceSides(pipeline, analyzeOptions);
  const rows: StanceRow[] = [];
  for (const pair of pairs) {
    if (pair.stance === undefined) continue;
    const { headline, body } = sides(pair);
    const features = stanceFeatures(headline, body, { matchClaims: pipeline.matchClaims, compareClaims: pipeline.compareClaims, analyzeOptions });
    const row: StanceRow = { features: featureVector(features), gold: pair.stance, set, group: set === 'emergent' ? pair.headline : pair.bodyId };
    rows.push(isHeadlineLength(body) ? { ...row, terms: frameTerms(headline.profile, body.profile) } : row);
  }
  return rows;
}

function examplesOf(rows: readonly StanceRow[]): SoftmaxExample[] {
  return rows.map((r) => ({ features: r.features, label: STANCES.indexOf(r.gold) }));
}

const round = (x: number) => Number(x.toFixed(settings.STANCE_DECIMALS));

/** The fitted model with balance 0 (chooseBalance sets it). */
export function fitStanceModel(rows: readonly StanceRow[], data: string): StanceModel {
  const fitted = fitSoftmax(examplesOf(rows), { classes: STANCES.length, lambda: settings.STANCE_LAMBDA, iterations: settings.STANCE_ITERATIONS });
  return StanceModelSchema.parse({
    note: NOTE,
    features: [...STANCE_FEATURES],
    classes: [...STANCES],
    coefficients: fitted.coefficients.map((row) => row.map(round)),
    decision: settings.STANCE_DECISION,
    classShares: STANCES.map((c) => round(rows.filter((r) => r.gold === c).length / rows.length)),
    balance: 0,
    fit: { lambda: settings.STANCE_LAMBDA, iterations: settings.STANCE_ITERATIONS, pairs: rows.length, data },
  });
}

/** A row's class probabilities under a model, with the class shares that model's decision rules use. */
interface Scored {
  probabilities: Record<Stance, number>;
  shares: Record<Stance, number>;
}

/** Rows scored by the main model, and by its lexical part where a row has frame terms. */
export function scoreRows(model: StanceModel, rows: readonly StanceRow[], lexical: LexicalModel | null = null): Scored[] {
  const shares = weightingOf(model).shares;
  return rows.map((r) => {
    const main = vectorProbabilities(model, r.features);
    const probabilities = lexical === null || r.terms === undefined ? main : withLogits(main, lexicalLogits(lexical, r.terms));
    return { probabilities, shares };
  });
}

export function decide(rows: readonly StanceRow[], scored: readonly Scored[], balance: number): Stance[] {
  return scored.map((s, i) => decideStance(s.probabilities, STANCE_SETS[rows[i]!.set], { shares: s.shares, balance }));
}

export function evaluationOf(rows: readonly StanceRow[], predicted: readonly Stance[], set: StanceSet) {
  const index = rows.flatMap((r, i) => (r.set === set ? [i] : []));
  return scoreStance(
    index.map((i) => rows[i]!.gold),
    index.map((i) => predicted[i]!),
  );
}

/**
 * The balance rule (settings.STANCE_BALANCES): among candidates whose FNC-1 relative score is within
 * STANCE_RELATIVE_TOLERANCE of balance 0's, the one with the best mean macro-F1 over the sets present.
 */
export function chooseBalance(rows: readonly StanceRow[], scored: readonly Scored[]): number {
  const sets = (Object.keys(STANCE_SETS) as StanceSet[]).filter((s) => rows.some((r) => r.set === s));
  const measure = (b: number) => {
    const predicted = decide(rows, scored, b);
    const macro = sets.map((s) => evaluationOf(rows, predicted, s).macroF1 ?? 0);
    return { relative: evaluationOf(rows, predicted, 'fnc1').relativeScore ?? 0, macro: macro.reduce((a, x) => a + x, 0) / sets.length };
  };
  const measured = settings.STANCE_BALANCES.map((b) => ({ b, ...measure(b) }));
  const floor = measured[0]!.relative - settings.STANCE_RELATIVE_TOLERANCE;
  return measured.filter((m) => m.relative >= floor).reduce((top, m) => (m.macro > top.macro ? m : top)).b;
}

/** The model fitted on `rows`, with its balance chosen on those same rows. */
export function fitWithBalance(rows: readonly StanceRow[], data: string): StanceModel {
  const model = fitStanceModel(rows, data);
  return { ...model, balance: chooseBalance(rows, scoreRows(model, rows)) };
}

/** Fold of each row: groups of each set sorted and dealt round-robin, so every fold holds part of each set. */
export function foldsOf(rows: readonly StanceRow[], folds: number): number[] {
  const fold = new Map<string, number>();
  for (const set of Object.keys(STANCE_SETS)) {
    const groups = [...new Set(rows.filter((r) => r.set === set).map((r) => r.group))].sort();
    groups.forEach((g, i) => fold.set(`${set}\u0000${g}`, i % folds));
  }
  return rows.map((r) => fold.get(`${r.set}\u0000${r.group}`)!);
}

/** Each row decided by a model (and balance) fitted on the folds that hold neither its body nor its claim. */
export function crossValidated(rows: readonly StanceRow[], folds: number, withLexical: boolean): { predicted: Stance[]; balances: number[]; lexical: LexicalPart['choice'][] } {
  const foldOf = foldsOf(rows, folds);
  const predicted: Stance[] = new Array(rows.length);
  const balances: number[] = [];
  const lexical: LexicalPart['choice'][] = [];
  for (let f = 0; f < folds; f++) {
    const test = rows.flatMap((r, i) => (foldOf[i] === f ? [i] : []));
    const train = rows.filter((_, i) => foldOf[i] !== f);
    const model = fitWithBalance(train, 'fold');
    balances.push(model.balance);
    const part = withLexical ? fitLexicalPart(model, train, 'fold') : null;
    if (part !== null) lexical.push(part.choice);
    const scored = scoreRows(model, test.map((i) => rows[i]!), part?.model ?? null);
    const decided = decide(test.map((i) => rows[i]!), scored, model.balance);
    test.forEach((i, k) => (predicted[i] = decided[k]!));
  }
  return { predicted, balances, lexical };
}

export function stanceModelFile(model: StanceModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function summary(rows: readonly StanceRow[], predicted: readonly Stance[], set: StanceSet): string {
  const e = evaluationOf(rows, predicted, set);
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  const relative = set === 'fnc1' ? `relative ${f(e.relativeScore)}  ` : '';
  const unrelated = set === 'fnc1' ? ` unrelated ${f(e.f1.unrelated)}` : '';
  const against = disagreeRates(e.confusion);
  return `${relative}accuracy ${f(e.accuracy)}  macro-F1 ${f(e.macroF1)}  F1 agree ${f(e.f1.agree)} disagree ${f(e.f1.disagree)} discuss ${f(e.f1.discuss)}${unrelated}  disagree P ${f(against.precision)} R ${f(against.recall)}`;
}

/** Precision and recall of disagree (Emergent's *against*, read as a contradiction of the claim: issue 11). */
function disagreeRates(confusion: Confusion): { precision: number | null; recall: number | null } {
  const hits = confusion.disagree.disagree;
  const predicted = STANCES.reduce((sum, g) => sum + confusion[g].disagree, 0);
  const gold = STANCES.reduce((sum, p) => sum + confusion.disagree[p], 0);
  return { precision: predicted === 0 ? null : hits / predicted, recall: gold === 0 ? null : hits / gold };
}

/** Both data sets: FNC-1 pairs as given (calibrate.ts reads them), Emergent train read here when not given. */
function dataOf(pairs: readonly StancePair[] | StanceData): StanceData {
  return Array.isArray(pairs) ? { fnc1: pairs, emergent: readFnc1(settings.EMERGENT_DIR) } : (pairs as StanceData);
}

/**
 * Fits, prints cross-validated and in-sample scores per data set, and writes or checks the model file. Returns an
 * exit code. `pipeline` may be the memoised one the weight fit used, so no body is extracted twice.
 */
export function calibrateStance(pairs: readonly StancePair[] | StanceData, pipeline: EvalPipeline, analyzeOptions: OptionsInput, mode: { write: boolean; check: boolean; skipCv?: boolean }): number {
  const data = dataOf(pairs);
  const rows = (Object.keys(STANCE_SETS) as StanceSet[]).flatMap((set) => stanceRows(data[set], set, pipeline, analyzeOptions));
  const model = fitWithBalance(rows, `${settings.FNC1_DIR} + ${settings.EMERGENT_DIR}`);
  const lexical = fitLexicalPart(model, rows, `${settings.FNC1_DIR} + ${settings.EMERGENT_DIR}`).model;
  const files: [string, string][] = [
    [settings.STANCE_MODEL_FILE, stanceModelFile(model)],
    [settings.STANCE_LEXICAL_FILE, `${JSON.stringify(lexical, null, 2)}\n`],
  ];
  if (mode.check) {
    const same = files.map(([file, text]) => {
      const ok = readFileSync(file, 'utf8') === text;
      console.log(ok ? `${file} is what the fit writes` : `${file} differs from the fit`);
      return ok;
    });
    return same.every(Boolean) ? 0 : 1;
  }
  const inSample = decide(rows, scoreRows(model, rows, lexical), model.balance);
  console.log(`\nstance model: ${rows.length} pairs (FNC-1 dev + Emergent train), ${STANCE_FEATURES.length} features, lambda ${settings.STANCE_LAMBDA}; lexical part: ${lexical.terms.length} terms (minClaims ${lexical.fit.minClaims}, lambda ${lexical.fit.lambda})`);
  if (mode.skipCv === true) {
    for (const set of Object.keys(STANCE_SETS) as StanceSet[]) console.log(`  ${set.padEnd(8)} in-sample (${STANCE_SETS[set]})  ${summary(rows, inSample, set)}`);
  } else printCrossValidated(rows, inSample);
  console.log(`  shipped balance ${model.balance}`);
  if (mode.write) {
    for (const [file, text] of files) writeFileSync(file, text);
    console.log(`wrote ${files.map(([file]) => file).join(' and ')}`);
  }
  return 0;
}

/** The cross-validated scores per data set beside the in-sample ones (five more fits, each with its nested lexical choice). */
function printCrossValidated(rows: readonly StanceRow[], inSample: readonly Stance[]): void {
  const cv = crossValidated(rows, settings.STANCE_FOLDS, true);
  console.log(`  ${settings.STANCE_FOLDS}-fold cross-validation (FNC-1 folds by body, Emergent by claim); balance chosen per training fold: ${cv.balances.join(', ')}`);
  console.log(`  lexical part per training fold, minClaims/lambda: ${cv.lexical.map((c) => `${c.minClaims}/${c.lambda}`).join(', ')}`);
  for (const set of Object.keys(STANCE_SETS) as StanceSet[]) {
    console.log(`  ${set.padEnd(8)} CV        (${STANCE_SETS[set]})  ${summary(rows, cv.predicted, set)}`);
    console.log(`  ${set.padEnd(8)} in-sample (${STANCE_SETS[set]})  ${summary(rows, inSample, set)}`);
  }
  const half = claimHalves(rows);
  for (const which of ['odd', 'even'] as const) {
    const index = rows.flatMap((_, i) => (half[i] === which ? [i] : []));
    const line = summary(index.map((i) => rows[i]!), index.map((i) => cv.predicted[i]!), 'emergent');
    console.log(`  emergent CV, ${which} claims only (${which === 'odd' ? 'choose variants here' : 'report here, never choose'})  ${line}`);
  }
}

/**
 * Emergent's claims by their place in order of first appearance: odd places are the half a change is chosen on,
 * even places the half it is reported on and never chosen by (issue 16's honest selection); undefined for FNC-1.
 */
function claimHalves(rows: readonly StanceRow[]): ('odd' | 'even' | undefined)[] {
  const place = new Map<string, number>();
  for (const r of rows) if (r.set === 'emergent' && !place.has(r.group)) place.set(r.group, place.size + 1);
  return rows.map((r) => (r.set === 'emergent' ? (place.get(r.group)! % 2 === 1 ? 'odd' : 'even') : undefined));
}
