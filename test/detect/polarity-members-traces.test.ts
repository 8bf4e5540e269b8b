import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const clash = (a: string, b: string) => compareClaims(one('a', a), one('b', b));

describe('polarity: a group and all its members are one doer', () => {
  it('"the officers arrested" vs "police did not arrest" is polarity on the two states', () => {
    const c = clash('The officers arrested the driver on Friday.', 'Police did not arrest the driver on Friday.');
    expect(c?.kind).toBe('polarity');
    expect(c!.evidence.map((e) => e.span.text)).toEqual(['arrested', 'not arrest']);
    expect(c!.score).toBeGreaterThanOrEqual(0.6);
  });

  it('counted members are some of the group, who may have acted otherwise: no conflict', () => {
    expect(clash('Two officers did not arrest the driver on Friday.', 'Police arrested the driver on Friday.')).toBeNull();
    expect(clash('Some officers did not arrest the driver on Friday.', 'Police arrested the driver on Friday.')).toBeNull();
  });

  it('a single member is not the group: no conflict', () => {
    expect(clash('An officer did not arrest the driver on Friday.', 'Police arrested the driver on Friday.')).toBeNull();
  });

  it('the same denial by the group and by its members is no conflict', () => {
    expect(clash('The officers did not arrest the driver on Friday.', 'Police did not arrest the driver on Friday.')).toBeNull();
  });
});

describe('theme: a least amount before "of" measures what follows (Quirk § 5.8)', () => {
  it('"found no trace of E. coli" has the theme E. coli, negated', () => {
    const c = one('b', 'Tests found no trace of E. coli at the plant.');
    expect({ theme: c.proposition.theme?.text, state: c.proposition.state }).toEqual({ theme: 'E. coli', state: 'negated' });
  });

  it('"E. coli was detected" vs "found no trace of E. coli" is polarity', () => {
    const c = clash('E. coli was detected at the plant on Monday.', 'Tests found no trace of E. coli at the plant on Monday.');
    expect(c?.kind).toBe('polarity');
  });

  it('"found traces of E. coli" agrees with "E. coli was detected": no conflict', () => {
    expect(clash('E. coli was detected at the plant on Monday.', 'Tests found traces of E. coli at the plant on Monday.')).toBeNull();
  });

  it('a trace of one thing says nothing of another: no conflict', () => {
    expect(clash('E. coli was detected at the plant on Monday.', 'Tests found no trace of lead at the plant on Monday.')).toBeNull();
  });
});

describe('polarity: an end still to come', () => {
  it('"will stop broadcasting on Sunday" / "broadcasts to 9,000 homes": both hold, no conflict', () => {
    expect(clash('Dale FM broadcasts on 104.6 FM to about 9,000 homes.', 'Dale FM will stop broadcasting on Sunday.')).toBeNull();
  });
  it('a stop already made against the event now is polarity', () => {
    expect(clash('Dale FM broadcasts on 104.6 FM to about 9,000 homes.', 'Dale FM stopped broadcasting on Friday.')?.kind).toBe('polarity');
  });
});
