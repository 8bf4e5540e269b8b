import { analyze } from '../api/analyze.js';
import { compareClaims, extractClaims, matchClaims } from '../api/stages.js';
import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { DocumentInput } from '../model/document.js';
import type { AnalyzeInput } from '../model/input.js';
import type { OptionsInput } from '../model/options.js';
import type { Report } from '../model/report.js';

/**
 * The public pipeline calls the evaluator drives. They are parameters (defaulting to gainsay's own) so
 * the harness can score hand-built reports, fakes, or another version of the pipeline.
 */
export type AnalyzeFn = (input: AnalyzeInput, options?: OptionsInput) => Report;
export type ExtractClaimsFn = (document: DocumentInput, options?: OptionsInput) => Claim[];
export type CompareClaimsFn = (a: Claim, b: Claim, options?: OptionsInput) => Conflict | null;
export type MatchClaimsFn = (a: Claim, b: Claim, options?: OptionsInput) => number;

export interface EvalPipeline {
  analyze: AnalyzeFn;
  extractClaims: ExtractClaimsFn;
  compareClaims: CompareClaimsFn;
  matchClaims: MatchClaimsFn;
}

/** gainsay's own pipeline, imported from its stages rather than the package entry, which re-exports eval. */
export const LIBRARY_PIPELINE: EvalPipeline = { analyze, extractClaims, compareClaims, matchClaims };
