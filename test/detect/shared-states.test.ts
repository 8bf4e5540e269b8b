import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/index.js';
import { singleClaim } from '../helpers/single-claim.js';

const compare = (a: string, b: string) => {
  const c = compareClaims(singleClaim('a', a), singleClaim('b', b));
  return c && { kind: c.kind, evidence: c.evidence.map((e) => e.span.text) };
};

describe('a lasting state or membership is held by many: two holders are no actor conflict', () => {
  it.each([
    ['Ana Ruiz works for the ministry in Lyon.', 'Karl Holt works for the ministry in Lyon.'],
    ['Ana Ruiz lives in the old town.', 'Karl Holt lives in the old town.'],
    ['Ana Ruiz serves on the board of the bank.', 'Karl Holt serves on the board of the bank.'],
    ['Ana Ruiz studied law at Leiden.', 'Karl Holt studied law at Leiden.'],
  ])('%s / %s', (a, b) => {
    expect(compare(a, b)).toBeNull();
  });

  it('a single act still has one doer: two shooters of one officer clash', () => {
    expect(compare('Ana Ruiz shot the officer.', 'Karl Holt shot the officer.')).toEqual({ kind: 'actor', evidence: ['Ana Ruiz', 'Karl Holt'] });
  });

  it('one holder of the state told as living and as not living there is still polarity', () => {
    expect(compare('Ana Ruiz lives in the old town.', 'Ana Ruiz does not live in the old town.')).toMatchObject({ kind: 'polarity' });
  });
});
