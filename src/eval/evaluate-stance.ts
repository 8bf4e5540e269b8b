import type { Claim } from '../model/claim.js';
import type { OptionsInput } from '../model/options.js';
import { scoreStance, type StanceEvaluation } from './fnc1-score.js';
import { LIBRARY_PIPELINE, type EvalPipeline } from './pipeline.js';
import { predictStance } from './predict-stance.js';
import { HEADLINE_LENGTH, stanceSide, type StanceSide } from './stance-features.js';
import { countWords } from './stance-text.js';
import type { StanceDecision, StanceModel } from './stance-model.js';
import type { Stance, StancePair } from './stance.js';

export type EvaluateStanceOptions = OptionsInput & {
  /** The pipeline under test; gainsay's own analyze, extractClaims, compareClaims and matchClaims by default. */
  pipeline?: EvalPipeline;
  /** the shipped, fitted stance model by default */
  model?: StanceModel;
  /** how probabilities become a stance; the model's own rule by default */
  decision?: StanceDecision;
  /** Called after each pair, e.g. for a progress line on stderr. */
  onProgress?: (done: number, total: number) => void;
};

export type StanceRun = StanceEvaluation & { predictions: Stance[]; seconds: number };

const MS_PER_SECOND = 1000;
/** FNC-1 headlines carry no outlet; the claim input needs a source name. */
const HEADLINE_SOURCE = 'headline';

/** Claims of a headline read as a one-sentence document, or the whole headline as one claim if none. */
export function headlineClaims(headline: string, id: string, pipeline: EvalPipeline, options: OptionsInput = {}): Claim[] {
  const claims = pipeline.extractClaims({ id, text: headline }, options);
  return claims.length > 0 ? claims : pipeline.analyze({ claims: [{ id, text: headline, source: HEADLINE_SOURCE }] }, options).claims;
}

/** A headline-length body is read as a headline (one claim at least); a longer one by extractClaims alone. */
export function bodyClaims(body: string, id: string, pipeline: EvalPipeline, options: OptionsInput = {}): Claim[] {
  return countWords(body) <= HEADLINE_LENGTH ? headlineClaims(body, id, pipeline, options) : pipeline.extractClaims({ id, text: body }, options);
}

/** Memoises by key: each distinct headline and each body is extracted once however many pairs share it. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}

/** Both sides of one pair, read through a reader's caches. */
export type StanceSides = (pair: StancePair) => { headline: StanceSide; body: StanceSide };

/** Reads pairs into stance sides, extracting each distinct headline and each body once however many pairs share it. */
export function stanceSides(pipeline: EvalPipeline = LIBRARY_PIPELINE, options: OptionsInput = {}): StanceSides {
  const headlines = new Map<string, StanceSide>();
  const bodies = new Map<string, StanceSide>();
  return (pair) => ({
    headline: cached(headlines, pair.headline, () => stanceSide(pair.headline, headlineClaims(pair.headline, `headline-${headlines.size + 1}`, pipeline, options))),
    body: cached(bodies, pair.bodyId, () => stanceSide(pair.body, bodyClaims(pair.body, `body-${pair.bodyId}`, pipeline, options))),
  });
}

/**
 * Predicts a stance for every pair and scores the pairs that carry a gold stance (FNC-1 metrics).
 * `predictions` is in the order of `pairs`, for all of them.
 */
export function evaluateStance(pairs: StancePair[], options: EvaluateStanceOptions = {}): StanceRun {
  const started = performance.now();
  const { pipeline = LIBRARY_PIPELINE, model, decision, onProgress, ...analyzeOptions } = options;
  const sides = stanceSides(pipeline, analyzeOptions);
  const predictions = pairs.map((pair, i) => {
    const { headline, body } = sides(pair);
    const stance = predictStance(headline, body, {
      matchClaims: pipeline.matchClaims,
      compareClaims: pipeline.compareClaims,
      analyzeOptions,
      ...(model === undefined ? {} : { model }),
      ...(decision === undefined ? {} : { decision }),
    });
    onProgress?.(i + 1, pairs.length);
    return stance;
  });
  const scored = pairs.flatMap((pair, i) => (pair.stance === undefined ? [] : [{ gold: pair.stance, predicted: predictions[i]! }]));
  const evaluation = scoreStance(
    scored.map((s) => s.gold),
    scored.map((s) => s.predicted),
  );
  return { ...evaluation, predictions, seconds: (performance.now() - started) / MS_PER_SECOND };
}
