import { STANCE_FEATURES, type StanceFeature } from '../../src/eval/stance-features.js';
import { StanceModelSchema, type StanceDecision, type StanceModel } from '../../src/eval/stance-model.js';
import { STANCES } from '../../src/eval/stance.js';

type Row = { intercept: number } & Partial<Record<StanceFeature, number>>;

/** A hand-written stance model: per related class an intercept and a few feature weights; unrelated is the reference. */
export function handModel(
  rows: { agree: Row; disagree: Row; discuss: Row },
  decision: StanceDecision = 'most-likely',
  classShares: number[] = [0.1, 0.05, 0.15, 0.7],
): StanceModel {
  const row = (r: Row) => [r.intercept, ...STANCE_FEATURES.map((f) => r[f] ?? 0)];
  return StanceModelSchema.parse({
    note: 'test model',
    features: [...STANCE_FEATURES],
    classes: [...STANCES],
    coefficients: [row(rows.agree), row(rows.disagree), row(rows.discuss), row({ intercept: 0 })],
    decision,
    classShares,
    balance: 0,
    fit: { lambda: 0, iterations: 0, pairs: 0, data: 'hand-written' },
  });
}

/**
 * DESIGN.md's mapping as a model: matched (bestMatch 1) → related; a conflict of the opposing kinds → disagree;
 * all matched claims firm → agree; otherwise discuss. Unmatched → every related class below 0 → unrelated.
 */
export const MAPPING_ROWS = {
  agree: { intercept: -6, bestMatch: 10, firmShare: 3 },
  disagree: { intercept: -6, bestMatch: 10, opposingConflict: 8 },
  discuss: { intercept: -4, bestMatch: 10 },
};
export const MAPPING_MODEL = handModel(MAPPING_ROWS);
