import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_MATCH } from '../../src/match/similarity.js';
import { predictStance, type PredictStanceOptions } from '../../src/eval/predict-stance.js';
import { STANCE_THRESHOLDS, StanceThresholdsSchema } from '../../src/eval/stance-thresholds.js';
import type { Claim } from '../../src/model/claim.js';
import type { Band } from '../../src/model/conflict.js';
import { claimAt, conflictOf } from './builders.js';

const HEADLINE = 'Harbour tunnel to close for a month';
const BODY = 'The harbour tunnel will close in March. Drivers are angry. The closure may last weeks.';
const headline = claimAt('h', 'h', HEADLINE, 0, HEADLINE.length);
const firm = claimAt('b0', 'body', BODY, 0, 39);
const hedgedByStance = claimAt('b1', 'body', BODY, 40, 58, { stance: 'claimed' });
const hedgedByLevel = claimAt('b2', 'body', BODY, 59, 86, { level: 'pending' });

/** Options whose matcher returns fixed scores per body claim id and whose comparer returns a conflict of a fixed band. */
function options(scores: Record<string, number>, conflictBand: Band | null = null, extra: Partial<PredictStanceOptions> = {}): PredictStanceOptions {
  return {
    matchClaims: (_h, b) => scores[b.id] ?? 0,
    compareClaims: (h, b) => (conflictBand === null ? null : conflictOf('c', 'polarity', h, b, 0.5, conflictBand)),
    ...extra,
  };
}

const predict = (body: Claim[], opts: PredictStanceOptions) => predictStance([headline], body, opts);
/** The claim-match rule alone: the key-coverage fallback switched off. */
const byMatchOnly = { ...STANCE_THRESHOLDS, relatedCoverage: 1 };

describe('predictStance', () => {
  it('is unrelated when no body claim reaches the match cut-off (inclusive)', () => {
    const cut = STANCE_THRESHOLDS.minMatch;
    expect(cut).toBe(DEFAULT_MIN_MATCH);
    expect(predict([firm], options({ b0: cut - 0.01 }, null, { thresholds: byMatchOnly }))).toBe('unrelated');
    expect(predict([firm], options({ b0: cut }, null, { thresholds: byMatchOnly }))).toBe('agree');
    expect(predict([], options({}))).toBe('unrelated');
    expect(predictStance([], [firm], options({ b0: 1 }))).toBe('unrelated');
  });

  it('is discuss when no claim matches but the body holds enough of the headline\'s keys', () => {
    // Headline keys: harbour, tunnel, to, close, for, a, month; the body claim has harbour, tunnel, close: 3 of 7.
    expect(predict([firm], options({ b0: 0 }, null, { thresholds: { ...STANCE_THRESHOLDS, relatedCoverage: 0.42 } }))).toBe('discuss');
    expect(predict([firm], options({ b0: 0 }, null, { thresholds: { ...STANCE_THRESHOLDS, relatedCoverage: 0.43 } }))).toBe('unrelated');
  });

  it('lets options.minMatch override the thresholds\' cut-off', () => {
    expect(predict([firm], options({ b0: 0.6 }, null, { analyzeOptions: { minMatch: 0.7 }, thresholds: byMatchOnly }))).toBe('unrelated');
    expect(predict([firm], options({ b0: 0.3 }, null, { analyzeOptions: { minMatch: 0.25 } }))).toBe('agree');
  });

  it('is disagree on a medium or high conflict with a matched claim, not on a low one', () => {
    expect(predict([firm], options({ b0: 1 }, 'medium'))).toBe('disagree');
    expect(predict([hedgedByStance], options({ b1: 1 }, 'high'))).toBe('disagree');
    expect(predict([firm], options({ b0: 1 }, 'low'))).toBe('agree');
  });

  it('never compares claims that did not match', () => {
    let compared = 0;
    const opts = options({ b0: 1, b1: 0.1 });
    opts.compareClaims = (_h, b) => {
      compared += 1;
      return b.id === 'b1' ? conflictOf('c', 'polarity', headline, b, 0.9, 'high') : null;
    };
    expect(predict([firm, hedgedByStance], opts)).toBe('agree');
    expect(compared).toBe(1);
  });

  it('is agree when firmly asserted, discuss when attributed or hedged', () => {
    expect(predict([firm], options({ b0: 1 }))).toBe('agree');
    expect(predict([hedgedByStance], options({ b1: 1 }))).toBe('discuss');
    expect(predict([hedgedByLevel], options({ b2: 1 }))).toBe('discuss');
    const reported = claimAt('b3', 'body', BODY, 0, 39, { level: 'reported', stance: 'reported' });
    expect(predict([reported], options({ b3: 1 }))).toBe('discuss');
    const confirmed = claimAt('b4', 'body', BODY, 0, 39, { level: 'confirmed', stance: 'confirmed' });
    expect(predict([confirmed], options({ b4: 1 }))).toBe('agree');
  });

  it('weighs the share of firm claims among the matched ones against agreeShare', () => {
    expect(predict([firm, hedgedByStance], options({ b0: 1, b1: 1 }))).toBe('agree');
    expect(predict([firm, hedgedByStance, hedgedByLevel], options({ b0: 1, b1: 1, b2: 1 }))).toBe('discuss');
    expect(predict([firm, hedgedByStance, hedgedByLevel], options({ b0: 1, b1: 1, b2: 0 }))).toBe('agree');
    const strict = { ...STANCE_THRESHOLDS, agreeShare: 0.75 };
    expect(predict([firm, hedgedByStance], options({ b0: 1, b1: 1 }, null, { thresholds: strict }))).toBe('discuss');
  });

  it('counts a body claim matched by two headline claims once', () => {
    const second = claimAt('h2', 'h', HEADLINE, 0, 14);
    const opts = options({ b0: 1, b1: 1 });
    opts.matchClaims = (h, b) => (b.id === 'b1' || h.id === 'h2' ? 1 : 0);
    // b1 (hedged) matches both headline claims, b0 (firm) only h2: one firm of two distinct claims.
    expect(predictStance([headline, second], [firm, hedgedByStance], opts)).toBe('agree');
  });

  it('ships thresholds that satisfy their own schema', () => {
    expect(StanceThresholdsSchema.parse(STANCE_THRESHOLDS)).toEqual(STANCE_THRESHOLDS);
    expect(StanceThresholdsSchema.safeParse({ ...STANCE_THRESHOLDS, agreeShare: 1.5 }).success).toBe(false);
  });
});
