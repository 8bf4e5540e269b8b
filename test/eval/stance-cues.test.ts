import { describe, expect, it } from 'vitest';
import { lineCues, negatedStems, type LineCues } from '../../src/eval/stance-cues.js';
import { readFrames } from '../../src/eval/stance-frames.js';
import { negatedAgainst, stanceFeatures, stanceSide } from '../../src/eval/stance-features.js';
import { tokenize } from '../../src/segment/tokens.js';

const NONE: LineCues = {
  refuting: 0, hedging: 0, dispute: 0, colonLabel: 0, colonReport: 0, colonTail: 0, sourceTag: 0, attributionEnds: 0, veracityNegated: 0, debunk: 0, againstOpens: 0, hedgeOpens: 0,
};
const cues = (text: string) => lineCues(tokenize(text));

describe('lineCues', () => {
  it.each<[string, Partial<LineCues>]>([
    // Ferreira & Vlachos's refuting set: "denies" and "not" are both in it; the denial opens the line.
    ['Council denies the harbour tunnel will not reopen', { refuting: 2, againstOpens: 1 }],
    ['Harbour tunnel closure work may be delayed, allegedly', { hedging: 2 }],
    ['Reportedly, the harbour tunnel will close', { hedging: 1, hedgeOpens: 1 }],
    ['Engineers cast doubt on harbour tunnel closure', { dispute: 1, refuting: 1, againstOpens: 1 }],
    ['Mayor shoots down talk of tunnel closure', { dispute: 1, againstOpens: 1 }],
    ['Rumor: harbour tunnel to close for a month', { colonLabel: 1, colonReport: 1, sourceTag: 1, hedging: 1, hedgeOpens: 1 }],
    ['Mayor Jane Smith: the tunnel will close', { colonLabel: 1, sourceTag: 1 }],
    ['Harbour tunnel to close for a month -- Reuters', { sourceTag: 1 }],
    ['Harbour tunnel to close for a month: reports', { colonTail: 1, sourceTag: 1, attributionEnds: 1 }],
    // A label or tag that names no outlet, office, title or report is a topic, not a source (hard negatives).
    ['Pure folly: harbour tunnel to close for a month', { colonLabel: 1 }],
    ['Harbour tunnel closes - and the mayor is furious about it', {}],
    ['Harbour tunnel to close for a month: local paper', { colonTail: 1 }],
    ['Harbour tunnel to close for a month, engineers say', { attributionEnds: 1 }],
    ['That harbour tunnel closure story is not real', { refuting: 1, veracityNegated: 1 }],
    ['Tunnel closure reports were exaggerated and the photo doctored', { debunk: 2 }],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual({ ...NONE, ...expected });
  });

  it('finds nothing in a plain report, in a long colon label, or in a topic named before a long colon clause', () => {
    expect(cues('Harbour tunnel closes for a month')).toEqual(NONE);
    // Five words before the colon are a sentence, not a label; five after it are not a source tag.
    expect(cues('The mayor of the city said on Monday: the tunnel will close next month')).toEqual(NONE);
    expect(cues('Tunnel news: the harbour tunnel closes next month')).toEqual({ ...NONE, colonLabel: 1, sourceTag: 1 });
  });

  it('does not read a veracity word as negated without a negator just before it', () => {
    expect(cues('The harbour tunnel closure is real').veracityNegated).toBe(0);
    expect(cues('Nobody expected it, but the closure was real').veracityNegated).toBe(0);
  });
});

describe('negation aligned with the claim', () => {
  it('stems the words a negator just before turns round', () => {
    expect([...negatedStems(['banksy', 'has', 'not', 'been', 'arrested'])].sort()).toEqual(['arrest', 'been']);
    expect([...negatedStems(['banksy', 'was', 'arrested'])]).toEqual([]);
  });

  it('counts claim words the report negates and the claim does not', () => {
    const claim = stanceSide('Street artist Banksy was arrested in London', []);
    expect(negatedAgainst(claim, stanceSide('Banksy has NOT been arrested', []))).toBe(1);
    // Hard negatives: the same denial on both sides; a negation of a word the claim lacks; no negation at all.
    const denied = stanceSide('Street artist Banksy was not arrested in London', []);
    expect(negatedAgainst(denied, stanceSide('Banksy has NOT been arrested', []))).toBe(0);
    expect(negatedAgainst(claim, stanceSide('Banksy arrested, police do not say why', []))).toBe(0);
    expect(negatedAgainst(claim, stanceSide('Banksy arrested in London', []))).toBe(0);
  });
});

describe('the line cues as stance features', () => {
  const none = { matchClaims: () => 0, compareClaims: () => null };
  const claim = stanceSide('Street artist Banksy was arrested in London', []);
  /** Forty-odd words, so the body is read as a long one (HEADLINE_LENGTH is 40). */
  const filler = Array.from({ length: 40 }, () => 'weather').join(' ');

  it('reads them on a one-line report, from the frames', () => {
    expect(readFrames('Rumor: Banksy arrested').colonReport).toBe(1);
    const f = stanceFeatures(claim, stanceSide('Banksy has NOT been arrested, police say', []), none);
    expect([f.shortNegatedShared, f.shortRefuting, f.shortAttributionEnds, f.shortColonLabel]).toEqual([1, Math.log(2), 1, 0]);
  });

  it('leaves them at 0 on a long body, whose first sentence only sets the scene', () => {
    const f = stanceFeatures(claim, stanceSide(`Banksy has NOT been arrested, police say. ${filler}`, []), none);
    expect([f.shortNegatedShared, f.shortRefuting, f.shortAttributionEnds, f.short]).toEqual([0, 0, 0, 0]);
  });
});
