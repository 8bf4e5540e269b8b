/**
 * Pair relations read by matching and by the detectors (relate/exclusive-states.ts, relate/truth-value.ts): computed
 * once per pair of claim objects, in the claims' order, and the detector hits are built from them.
 */
import { describe, expect, it } from 'vitest';
import { incompatibleStateHit } from '../../src/detect/opposed-states.js';
import { truthValueClash } from '../../src/detect/truth-value.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { exclusiveStates } from '../../src/relate/exclusive-states.js';
import { truthValueDispute } from '../../src/relate/truth-value.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const claimsOf = (a: string, b: string) => {
  const claims = analyzeTwoReports(a, b).claims;
  return [claims.find((c) => c.documentId === 'a')!, claims.find((c) => c.documentId === 'b')!] as const;
};

describe('exclusiveStates', () => {
  const [a, b] = claimsOf('The old bridge was left intact by the storm.', 'The old bridge was destroyed by the storm.');
  it('gives the two state phrases in the claims\u2019 order, the same object on a second call', () => {
    const found = exclusiveStates(a, b, lexicon);
    expect(found?.evidence.map((s) => s.text)).toEqual(['intact', 'destroyed']);
    expect(exclusiveStates(a, b, lexicon)).toBe(found);
    expect(exclusiveStates(b, a, lexicon)?.evidence.map((s) => s.text)).toEqual(['destroyed', 'intact']);
  });
  it('the opposition hit carries the relation\u2019s evidence and detail', () => {
    expect(incompatibleStateHit(a, b, lexicon)).toEqual({ kind: 'opposition', strength: expect.any(Number), evidence: [...exclusiveStates(a, b, lexicon)!.evidence], detail: '"intact" vs "destroyed"' });
  });
  it('a state written in capitals is still found (the first-word pre-check reads the lower-cased text)', () => {
    const [x, y] = claimsOf('The old bridge was left INTACT by the storm.', 'The old bridge was Destroyed by the storm.');
    expect(exclusiveStates(x, y, lexicon)?.evidence.map((s) => s.text)).toEqual(['INTACT', 'Destroyed']);
    const [p, q] = claimsOf('The two hikers were found ALIVE on Sunday.', 'The two hikers were found dead on Sunday.');
    expect(exclusiveStates(p, q, lexicon)?.evidence.map((s) => s.text)).toEqual(['ALIVE', 'dead']);
  });
  it('two states that do not exclude each other: none', () => {
    const [x, y] = claimsOf('The old bridge was left intact by the storm.', 'The old bridge was closed after the storm.');
    expect(exclusiveStates(x, y, lexicon)).toBeNull();
  });
});

describe('truthValueDispute', () => {
  it('a story called false against its content asserted: form "asserted", the cue and the predicate', () => {
    const [a, b] = claimsOf('The viral video of a shark swimming on the flooded highway is a hoax, experts said.', 'A shark swam along the flooded highway near Houston, a witness said.');
    const found = truthValueDispute(a, b);
    expect(found).toEqual({ form: 'asserted', ofReport: false, evidence: [expect.objectContaining({ text: 'is a hoax' }), expect.objectContaining({ text: 'swam' })], detail: 'called false vs asserted' });
    expect(truthValueDispute(a, b)).toBe(found);
    expect(truthValueClash(a, b)?.kind).toBe('polarity');
  });
  it('both call it a hoax: none', () => {
    const [a, b] = claimsOf('The letter from the astronaut is a hoax, the museum said.', 'The letter from the astronaut is a hoax, his family said.');
    expect(truthValueDispute(a, b)).toBeNull();
    expect(truthValueClash(a, b)).toBeNull();
  });
});
