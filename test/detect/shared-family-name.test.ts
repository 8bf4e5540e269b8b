import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/index.js';
import { singleClaim } from '../helpers/single-claim.js';

const compare = (a: string, b: string) => {
  const c = compareClaims(singleClaim('a', a), singleClaim('b', b));
  return c && { kind: c.kind, evidence: c.evidence.map((e) => e.span.text) };
};

describe('two people who share a family name are two parties', () => {
  it('what one did and the other did not is no polarity clash', () => {
    expect(compare('Dana Okafor signed the lease.', 'Ruth Okafor did not sign the lease.')).toBeNull();
  });

  it('one won and the other lost is no opposition', () => {
    expect(compare('Tomas Berg won the race on Sunday.', 'Ingrid Berg lost the race on Sunday.')).toBeNull();
  });

  it('one act credited to each is an actor clash, as with two unrelated names', () => {
    expect(compare('Tomas Berg scored the winning goal in the final.', 'Ingrid Berg scored the winning goal in the final.')).toMatchObject({ kind: 'actor' });
  });

  it.each([
    ['the family name alone', 'Okafor signed the lease.', 'Dana Okafor did not sign the lease.'],
    ['a courtesy title', 'Ms. Okafor signed the lease.', 'Dana Okafor did not sign the lease.'],
    ['the same full name', 'Dana Okafor signed the lease.', 'Dana Okafor did not sign the lease.'],
  ])('hard negative, still one person, %s: the denial clashes', (_, a, b) => {
    expect(compare(a, b)).toMatchObject({ kind: 'polarity' });
  });
});
