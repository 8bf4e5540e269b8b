import { describe, expect, it } from 'vitest';
import { explainStance, predictStance, type PredictStanceOptions } from '../../src/eval/predict-stance.js';
import { STANCE_FEATURES, stanceFeatures, stanceSide } from '../../src/eval/stance-features.js';
import { decideStance, shippedStanceModel, StanceModelSchema } from '../../src/eval/stance-model.js';
import { STANCE_MODEL } from '../../src/eval/stance-shipped.js';
import { extractClaims } from '../../src/index.js';
import type { Claim } from '../../src/model/claim.js';
import type { ConflictKind } from '../../src/model/conflict.js';
import { claimAt, conflictOf } from './builders.js';
import { MAPPING_MODEL } from './stance-models.js';

const HEADLINE = 'Harbour tunnel to close for a month';
const BODY = 'The harbour tunnel will close in March. Drivers are angry. The closure may last weeks.';
const headline = claimAt('h', 'h', HEADLINE, 0, HEADLINE.length);
const firm = claimAt('b0', 'body', BODY, 0, 39);
const hedgedByStance = claimAt('b1', 'body', BODY, 40, 58, { stance: 'claimed' });
const hedgedByLevel = claimAt('b2', 'body', BODY, 59, 86, { level: 'pending' });
const negated: Claim = { ...claimAt('b3', 'body', BODY, 0, 39), proposition: { ...firm.proposition, state: 'negated', negated: true } };

/** Thirty words of filler, so a body passes HEADLINE_LENGTH (40 words). */
const FILLER = Array.from({ length: 30 }, () => 'weather').join(' ');
const LONG_BODY = `${BODY} ${FILLER}`;
const H = (claims: Claim[] = [headline]) => stanceSide(HEADLINE, claims);
const B = (claims: Claim[]) => stanceSide(BODY, claims);

/** Options whose matcher returns fixed scores per body claim id and whose comparer returns a conflict of a fixed kind. */
function options(scores: Record<string, number>, conflict: ConflictKind | null = null, extra: Partial<PredictStanceOptions> = {}): PredictStanceOptions {
  return {
    matchClaims: (_h, b) => scores[b.id] ?? 0,
    compareClaims: (h, b) => (conflict === null ? null : conflictOf('c', conflict, h, b, 0.6, 'medium')),
    ...extra,
  };
}

describe('stanceFeatures', () => {
  it('measures coverage on the raw words of both texts, not only on claims', () => {
    // Headline content stems: harbour, tunnel, close, month (to/for/a are function words); the body has three.
    const long = stanceFeatures(H(), stanceSide(LONG_BODY, []), options({}));
    expect(long.coverage).toBe(0.75);
    expect(long.leadCoverage).toBe(0.75);
    // Names: capitalised words after the first; this headline has none.
    expect(long.nameCoverage).toBe(0);
    expect(long.keyCoverage).toBe(0);
    expect(long.matchedClaims).toBe(0);
    // A one-line body reads coverage for every body and again as its own correction; a long body has no correction.
    const short = stanceFeatures(H(), B([]), options({}));
    expect([short.shortCoverage, short.coverage, short.leadCoverage, long.shortCoverage]).toEqual([0.75, 0.75, 0.75, 0]);
  });

  it('counts matched body claims once, their firm and negated shares, and the strongest conflicts', () => {
    const second = claimAt('h2', 'h', HEADLINE, 0, 14);
    const opts = options({}, 'polarity');
    opts.matchClaims = (h, b) => (b.id === 'b1' || h.id === 'h2' ? 1 : 0.2);
    const f = stanceFeatures(H([headline, second]), stanceSide(LONG_BODY, [firm, hedgedByStance, hedgedByLevel]), opts);
    // h2 matches all three body claims; h matches b1 only. Three distinct matched claims, one of them firm.
    expect(f.matchedClaims).toBeCloseTo(Math.log(4), 12);
    expect(f.firmShare).toBeCloseTo(1 / 3, 12);
    expect(f.bestMatch).toBe(1);
    expect([f.conflict, f.opposingConflict]).toEqual([0.6, 0.6]);
    // Firm means asserted by the author at a firm level: the "claimed" body claim is not.
    expect(f.bodyFirm).toBeCloseTo(1 / 3, 12);
    expect([f.shortMatchedClaims, f.shortBestMatch, f.shortConflict]).toEqual([0, 0, 0]);
  });

  it('keeps conflicts of other kinds out of opposingConflict; a long body compares matched claims only', () => {
    let compared = 0;
    const opts = options({ b0: 0.9, b3: 0.1 }, 'numeric');
    const compare = opts.compareClaims!;
    opts.compareClaims = (h, b, o) => {
      compared += 1;
      return compare(h, b, o);
    };
    const f = stanceFeatures(H(), stanceSide(LONG_BODY, [firm, negated]), opts);
    expect(compared).toBe(1);
    expect([f.conflict, f.opposingConflict, f.detailConflict, f.sourceConflict]).toEqual([0.6, 0, 0.6, 0]);
    expect(f.negatedShare).toBe(0);
    expect(f.bodyNegated).toBe(0.5);
    expect([f.short, f.anyMatch]).toEqual([0, 1]);
  });

  it('judges a headline-length body claim against claim, matched or not', () => {
    let compared = 0;
    const opts = options({ b0: 0.1, b3: 0.1 }, 'polarity');
    const compare = opts.compareClaims!;
    opts.compareClaims = (h, b, o) => {
      compared += 1;
      return compare(h, b, o);
    };
    const f = stanceFeatures(H(), B([firm, negated]), opts);
    expect(compared).toBe(2);
    expect([f.shortConflict, f.shortOpposingConflict, f.shortDetailConflict]).toEqual([0.6, 0.6, 0]);
    expect([f.conflict, f.opposingConflict]).toEqual([0.6, 0.6]);
    // Nothing reached minMatch, and the body is one line.
    expect([f.shortAnyMatch, f.short]).toEqual([0, 1]);
    expect(f.logWords).toBeCloseTo(Math.log(16), 12);
  });

  it('splits compatible matches by how firmly the body holds them, and keeps denials apart', () => {
    const denied: Claim = { ...claimAt('b4', 'body', BODY, 0, 39, { stance: 'denied' }) };
    const f = stanceFeatures(H(), B([firm, hedgedByStance, hedgedByLevel, denied]), options({ b0: 0.5, b1: 0.8, b2: 0.7, b4: 0.9 }));
    expect([f.shortFirmMatch, f.shortHedgedMatch, f.shortDeniedMatch, f.shortBestMatch]).toEqual([0.5, 0.8, 0.9, 0.9]);
    // A medium conflict makes a match incompatible: neither firm nor hedged.
    const g = stanceFeatures(H(), B([firm]), options({ b0: 0.5 }, 'opposition'));
    expect([g.shortFirmMatch, g.shortHedgedMatch, g.shortConflict]).toEqual([0, 0, 0.6]);
  });

  it('lets options.minMatch set which claims count as matched (inclusive)', () => {
    const long = stanceSide(LONG_BODY, [firm]);
    expect(stanceFeatures(H(), long, options({ b0: 0.3 })).matchedClaims).toBe(0);
    expect(stanceFeatures(H(), long, options({ b0: 0.3 }, null, { analyzeOptions: { minMatch: 0.3 } })).matchedClaims).toBeCloseTo(Math.log(2), 12);
    expect(stanceFeatures(H(), long, options({ b0: 0.3 }, null, { analyzeOptions: { minMatch: 0.3 } })).anyMatch).toBe(1);
  });

  it('reads refutations, hedges and negators of a long body', () => {
    const body = stanceSide(`Officials said the tunnel closure report was a hoax. The harbour tunnel will not close. It may reopen. ${FILLER}`, []);
    const f = stanceFeatures(H(), body, options({}));
    // One refutation ("hoax"), next to two of the headline's words; one hedge ("may"): log1p(1) each.
    expect(f.refutation).toBeCloseTo(Math.log(2), 12);
    expect(f.topicalRefutation).toBeCloseTo(Math.log(2), 12);
    expect(f.hedges).toBeCloseTo(Math.log(2), 12);
    // One "not" in 18 + 30 words, per hundred words.
    expect(f.negators).toBeCloseTo(100 / 48, 12);
    // The first sentence's frame: "said" and "report" attribute, "hoax" is against.
    expect([f.leadAgainst, f.leadObserving]).toEqual([Math.log(2), Math.log(3)]);
    expect([f.headlineRefutation, f.shortFalsity, f.short]).toEqual([0, 0, 0]);
  });

  it('reads the frame of a one-line body, and only then', () => {
    const against = stanceFeatures(H(), stanceSide('No, the harbour tunnel is not closing: council denies hoax', []), options({}));
    expect([against.shortRebuttal, against.shortDenial, against.shortFalsity]).toEqual([Math.log(2), Math.log(2), Math.log(2)]);
    // The headline has no negator, the body has: a negation mismatch.
    expect(against.shortNegationMismatch).toBe(1);
    expect([against.refutation, against.hedges, against.leadAgainst]).toEqual([0, 0, 0]);
    const observing = stanceFeatures(H(), stanceSide('Harbour tunnel to close for a month, reports say?', []), options({}));
    expect([observing.shortAttribution, observing.shortQuestion, observing.shortDenial]).toEqual([Math.log(3), 1, 0]);
    expect(observing.shortNegationMismatch).toBe(0);
  });

  it('reads the headline\'s own frame', () => {
    const f = stanceFeatures(stanceSide('Council denies harbour tunnel will close', []), B([]), options({}));
    const g = stanceFeatures(stanceSide('Council confirms harbour tunnel will close', []), B([]), options({}));
    const q = stanceFeatures(stanceSide('Will the harbour tunnel close?', []), B([]), options({}));
    expect([f.shortHeadlineRefutation, f.shortHeadlineObserving]).toEqual([1, 0]);
    expect([g.shortHeadlineRefutation, g.shortHeadlineObserving]).toEqual([0, 0]);
    expect([q.shortHeadlineRefutation, q.shortHeadlineObserving]).toEqual([0, 1]);
  });
});

describe('decideStance', () => {
  const p = { agree: 0.1, disagree: 0.05, discuss: 0.4, unrelated: 0.45 };
  it('"fnc-score" picks the best expected FNC-1 score, "most-likely" the most probable', () => {
    // Related 0.55: discuss is worth 0.25·0.55 + 0.75·0.4 = 0.4375 against unrelated's 0.25·0.45.
    expect(decideStance(p, 'fnc-score')).toBe('discuss');
    expect(decideStance(p, 'most-likely')).toBe('unrelated');
  });

  it('"balanced" divides by the square root of each class\'s training share', () => {
    const q = { agree: 0.3, disagree: 0.25, discuss: 0.35, unrelated: 0.1 };
    const shares = { agree: 0.07, disagree: 0.03, discuss: 0.17, unrelated: 0.73 };
    expect(decideStance(q, 'most-likely')).toBe('discuss');
    expect(decideStance(q, 'balanced', { shares, balance: 0 })).toBe('disagree');
  });

  it('"fnc-score" settles related vs unrelated by expected score, then weighs the related stances by share^balance', () => {
    const q = { agree: 0.2, disagree: 0.12, discuss: 0.28, unrelated: 0.4 };
    const shares = { agree: 0.07, disagree: 0.03, discuss: 0.17, unrelated: 0.73 };
    expect(decideStance(q, 'fnc-score', { shares, balance: 0 })).toBe('discuss');
    // balance 0.5: agree 0.2/√0.07 = 0.76, disagree 0.12/√0.03 = 0.69, discuss 0.28/√0.17 = 0.68.
    expect(decideStance(q, 'fnc-score', { shares, balance: 0.5 })).toBe('agree');
    // balance 1: disagree 4.0 > agree 2.9 > discuss 1.6.
    expect(decideStance(q, 'fnc-score', { shares, balance: 1 })).toBe('disagree');
    // Unrelated stays unrelated whatever the balance: 0.25·0.9 beats 0.25·0.1 + 0.75·0.05.
    const far = { agree: 0.05, disagree: 0.02, discuss: 0.03, unrelated: 0.9 };
    expect(decideStance(far, 'fnc-score', { shares, balance: 1 })).toBe('unrelated');
  });
});

describe('predictStance with a hand-written model', () => {
  it('follows DESIGN.md\'s mapping when the model encodes it', () => {
    expect(predictStance(H(), B([firm]), { ...options({ b0: 1 }), model: MAPPING_MODEL })).toBe('agree');
    expect(predictStance(H(), B([hedgedByStance]), { ...options({ b1: 1 }), model: MAPPING_MODEL })).toBe('discuss');
    expect(predictStance(H(), B([firm]), { ...options({ b0: 1 }, 'opposition'), model: MAPPING_MODEL })).toBe('disagree');
    expect(predictStance(H(), B([firm]), { ...options({ b0: 0 }), model: MAPPING_MODEL })).toBe('unrelated');
  });
});

describe('explainStance', () => {
  it('returns the judge\'s evidence beside the features it became', () => {
    const e = explainStance(H(), stanceSide(LONG_BODY, [firm, hedgedByStance]), { ...options({ b0: 0.8, b1: 0.6 }, 'status'), model: MAPPING_MODEL });
    expect(e.judgement).toEqual({
      bestMatch: 0.8,
      judged: ['b0', 'b1'],
      contradiction: 0.6,
      kind: 'status',
      byGroup: { opposing: 0.6, detail: 0, source: 0 },
      firmMatch: 0,
      hedgedMatch: 0,
      deniedMatch: 0,
      strongest: { headline: 'h', body: 'b0' },
    });
    expect([e.features.conflict, e.features.opposingConflict, e.features.firmMatch]).toEqual([0.6, 0.6, 0]);
    expect(e.stance).toBe('disagree');
  });
});

describe('the shipped stance model', () => {
  it('satisfies its schema, names every feature in order, and sums its probabilities to 1', () => {
    expect(StanceModelSchema.parse(STANCE_MODEL)).toEqual(STANCE_MODEL);
    // Parsed once, on first use, and the public constant is that one model.
    expect(shippedStanceModel()).toBe(STANCE_MODEL);
    expect(STANCE_MODEL.features).toEqual([...STANCE_FEATURES]);
    expect(STANCE_MODEL.decision).toBe('fnc-score');
    const bad = { ...STANCE_MODEL, features: STANCE_MODEL.features.slice(1) };
    expect(StanceModelSchema.safeParse(bad).success).toBe(false);
  });

  const side = (id: string, text: string) => stanceSide(text, extractClaims({ id, text }));
  const head = side('h', 'Fishing crew rescued after three days adrift off Tasmania');
  it('calls a body about something else unrelated, and a body retelling the headline related', () => {
    const other = side('b1', 'The city council approved a new budget for its libraries on Tuesday, adding two branches in the north.');
    expect(predictStance(head, other)).toBe('unrelated');
    const same = side('b2', 'A fishing crew was rescued off Tasmania after three days adrift, police said. The four men were taken to hospital in Hobart.');
    expect(predictStance(head, same)).not.toBe('unrelated');
  });

  it('raises the chance of "disagree" when the body calls the story a hoax', () => {
    const plain = side('b3', 'Reports said a fishing crew was rescued off Tasmania after three days adrift.');
    const debunked = side('b4', 'Reports said a fishing crew was rescued off Tasmania after three days adrift. Police said the rescue story was a hoax and entirely fabricated.');
    expect(explainStance(head, debunked).probabilities.disagree).toBeGreaterThan(explainStance(head, plain).probabilities.disagree);
  });

  describe('on one-line reports of a claim (invented)', () => {
    const claim = side('c', 'The harbour tunnel will close for a month');
    const report = (id: string, text: string) => explainStance(claim, side(id, text), { decision: 'related' });
    it('reads "X denies Y" as against and "X confirms Y" as not', () => {
      const denies = report('r1', 'Council denies the harbour tunnel will close for a month');
      const confirms = report('r2', 'Council confirms the harbour tunnel will close for a month');
      expect(denies.stance).toBe('disagree');
      expect(confirms.stance).not.toBe('disagree');
      expect(denies.probabilities.disagree).toBeGreaterThan(confirms.probabilities.disagree);
    });

    it('reads a hoax called false as against, an official confirmation as for', () => {
      expect(report('r3', 'The harbour tunnel closure hoax was confirmed false').stance).toBe('disagree');
      expect(report('r4', 'Officials confirmed the harbour tunnel will close for a month').stance).toBe('agree');
    });

    it('reads a question or a "reports say" headline as observing, never as unrelated', () => {
      const asks = report('r5', 'Will the harbour tunnel close for a month?');
      const says = report('r6', 'Harbour tunnel to close for a month, reports say');
      expect([asks.stance, says.stance]).toEqual(['discuss', 'discuss']);
      const plain = report('r7', 'The harbour tunnel will close for a month');
      expect(asks.probabilities.discuss).toBeGreaterThan(plain.probabilities.discuss);
    });
  });
});
