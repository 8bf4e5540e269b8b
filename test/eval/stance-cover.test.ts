import { describe, expect, it } from 'vitest';
import { claimCover } from '../../src/eval/stance-cover.js';
import { stanceFeatures, stanceSide } from '../../src/eval/stance-features.js';
import type { Claim, Quantity } from '../../src/model/claim.js';
import { spanOf } from '../../src/model/span.js';
import { claimAt } from './builders.js';

/** A claim over all of `text` with the given predicate verb, actor key and numbers. */
function claim(id: string, text: string, parts: { verb?: string; actor?: string; numbers?: [number, string][] } = {}): Claim {
  const base = claimAt(id, id, text, 0, text.length);
  const span = spanOf(text, 0, text.length);
  const quantities: Quantity[] = (parts.numbers ?? []).map(([value, dimension]) => ({ value, dimension, base: { from: value, to: value }, bound: 'exact', span }));
  return {
    ...base,
    proposition: {
      ...base.proposition,
      ...(parts.verb === undefined ? {} : { predicate: { lemma: parts.verb, text: parts.verb, span } }),
      ...(parts.actor === undefined ? {} : { actor: { text: parts.actor, key: parts.actor.toLowerCase(), span } }),
    },
    quantities,
  };
}
const stems = (text: string) => stanceSide(text, []).profile.stemSet;

describe('claimCover', () => {
  const head = claim('h', 'Harbour council will buy the old ferry for 40 million', { verb: 'buy', actor: 'harbour council', numbers: [[40_000_000, 'money']] });

  it('counts the claim verb, actor and number a report states', () => {
    const text = 'Harbour council buys old ferry for 40 million';
    const report = claim('r', text, { verb: 'buy', actor: 'harbour council', numbers: [[40_000_000, 'money']] });
    expect(claimCover([head], [report], stems(text))).toEqual({ verbs: 1, actors: 1, numbers: 1, numberClash: 0 });
  });

  it('takes a WordNet synonym of the verb as stating it (paraphrase)', () => {
    const text = 'Council to purchase the ferry';
    expect(claimCover([head], [claim('r', text, { verb: 'purchase' })], stems(text)).verbs).toBe(1);
  });

  it('sees a report that names the topic but not the event or the figure', () => {
    const text = 'Harbour ferry future in doubt';
    expect(claimCover([head], [claim('r', text, { verb: 'doubt' })], stems(text))).toEqual({ verbs: 0, actors: 1, numbers: 0, numberClash: 0 });
  });

  it('calls a different figure of the same dimension a clash, but not a figure of another dimension or a range that holds it', () => {
    const text = 'Harbour council buys ferry for 25 million';
    expect(claimCover([head], [claim('r', text, { numbers: [[25_000_000, 'money']] })], stems(text))).toMatchObject({ numbers: 0, numberClash: 1 });
    expect(claimCover([head], [claim('r', text, { numbers: [[3, 'count']] })], stems(text))).toMatchObject({ numbers: 0, numberClash: 0 });
    const range = claim('r', text, { numbers: [[30_000_000, 'money']] });
    range.quantities[0] = { ...range.quantities[0]!, to: 40_000_000 };
    expect(claimCover([head], [range], stems(text))).toMatchObject({ numbers: 1, numberClash: 0 });
  });

  it('is 0 throughout for a claim with no verb, actor or number', () => {
    const bare = claim('h', 'Ferry sale');
    expect(claimCover([bare], [claim('r', 'Ferry sold', { verb: 'sell' })], stems('Ferry sold'))).toEqual({ verbs: 0, actors: 0, numbers: 0, numberClash: 0 });
  });
});

describe('cover and frame interactions as stance features', () => {
  const none = { matchClaims: () => 0, compareClaims: () => null };
  const head = stanceSide('Harbour council will sell the old ferry', []);
  /** Forty-odd words, so the body is read as a long one (HEADLINE_LENGTH is 40). */
  const filler = Array.from({ length: 40 }, () => 'weather').join(' ');

  it('weighs coverage by an attributing or hedged frame as observed, by a denial as against', () => {
    const reported = stanceFeatures(head, stanceSide('Harbour council to sell old ferry, reports say', []), none);
    expect(reported.shortObservedCover).toBeCloseTo(reported.shortCoverage, 10);
    expect(reported.shortObservedCover).toBeGreaterThan(0);
    expect(reported.shortAgainstCover).toBe(0);
    const denied = stanceFeatures(head, stanceSide('Harbour council denies it will sell old ferry', []), none);
    expect(denied.shortAgainstCover).toBeCloseTo(denied.shortCoverage, 10);
    expect(denied.shortAgainstCover).toBeGreaterThan(0);
  });

  it('the same denial twice is still one frame; a plain paraphrase has neither', () => {
    const once = stanceFeatures(head, stanceSide('Council denies ferry sale', []), none);
    const twice = stanceFeatures(head, stanceSide('Council denies ferry sale, denies it again', []), none);
    // An indicator of the frame, not a count: a repeated denial weighs the coverage once.
    expect(once.shortAgainstCover).toBeCloseTo(once.shortCoverage, 10);
    expect(twice.shortAgainstCover).toBeCloseTo(twice.shortCoverage, 10);
    expect(once.shortCoverage).toBeGreaterThan(0);
    const plain = stanceFeatures(head, stanceSide('Old ferry sold by harbour council', []), none);
    expect([plain.shortObservedCover, plain.shortAgainstCover]).toEqual([0, 0]);
  });

  it('a hedged report that is not a denial is observed, not against', () => {
    const f = stanceFeatures(head, stanceSide('Harbour council may sell the old ferry', []), none);
    expect(f.shortObservedCover).toBeGreaterThan(0);
    expect(f.shortAgainstCover).toBe(0);
  });

  it('leaves them at 0 on a long body', () => {
    const f = stanceFeatures(head, stanceSide(`Harbour council denies it will sell the old ferry, reports say. ${filler}`, []), none);
    expect([f.shortObservedCover, f.shortAgainstCover, f.shortVerbCover, f.shortNumberClash]).toEqual([0, 0, 0, 0]);
  });
});
