/**
 * The lexical part of the stance model fitted beside a fitted main model (scripts/calibrate-stance.ts): its
 * examples are the related rows with frame terms (headline-length bodies), offset by the main model's
 * log-probabilities; its term threshold and penalty are chosen inside the rows it is given (nested in each outer
 * fold of the cross-validation). Rounded like the main model, so two runs write identical files.
 */
import { LexicalModelSchema, type LexicalModel } from '../src/eval/stance-lexical.js';
import { vectorProbabilities, type StanceModel } from '../src/eval/stance-model.js';
import { RELATED_STANCES } from '../src/eval/stance.js';
import { chooseLexical, fitLexical, vocabularyOf, type LexicalChoice, type LexicalExample } from './calibrate-lexical.js';
import * as settings from './calibrate-settings.js';
import type { StanceRow } from './calibrate-stance.js';

const NOTE =
  'Log-odds per related stance added to the main stance model (stance-model.json) for headline-length bodies: the ' +
  'sum of the weights of the body\'s frame terms (stance-lexical.ts: its stems and marks that are not the claim\'s ' +
  'content words, and their bigrams with the claim\'s words as one slot). Written by `npm run calibrate -- --write` ' +
  '(scripts/calibrate-lexical.ts): L2-penalised multinomial logistic fit (L-BFGS) offset by the main model\'s ' +
  'log-probabilities, on every related pair with a headline-length body (Emergent train, and FNC-1 dev\'s 35 short ' +
  'bodies); a term is kept when bodies of at least minClaims distinct claims (FNC-1: bodies) use it; minClaims and ' +
  'lambda chosen by 5-fold cross-validation by claim (body).';

export interface LexicalPart {
  model: LexicalModel;
  choice: LexicalChoice;
}

/** The related rows with frame terms, offset by the main model's (related, renormalised) log-probabilities. */
export function lexicalExamples(model: StanceModel, rows: readonly StanceRow[]): LexicalExample[] {
  return rows.flatMap((r) => {
    const label = RELATED_STANCES.indexOf(r.gold);
    if (r.terms === undefined || label < 0) return [];
    const p = vectorProbabilities(model, r.features);
    const related = RELATED_STANCES.reduce((s, c) => s + p[c], 0);
    return [{ terms: r.terms, offset: RELATED_STANCES.map((c) => Math.log(p[c] / related)), label, group: r.group }];
  });
}

const round = (x: number) => Number(x.toFixed(settings.STANCE_DECIMALS)) + 0;

/** The lexical part for a main model, its settings chosen by cross-validation inside `rows`. */
export function fitLexicalPart(model: StanceModel, rows: readonly StanceRow[], data: string): LexicalPart {
  const examples = lexicalExamples(model, rows);
  const choice = chooseLexical(examples);
  const fit = fitLexical(examples, vocabularyOf(examples, choice.minClaims), choice.lambda);
  const lexical = LexicalModelSchema.parse({
    note: NOTE,
    classes: [...RELATED_STANCES],
    terms: fit.terms,
    weights: fit.weights.map((row) => row.map(round)),
    fit: { minClaims: choice.minClaims, lambda: choice.lambda, reports: examples.length, data },
  });
  return { model: lexical, choice };
}
