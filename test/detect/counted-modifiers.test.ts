/** Counts of one head noun with different modifiers (detect/counted-modifiers.ts). Expectations written before the first run. */
import { describe, expect, it } from 'vitest';
import { countedKinds, narrowerKindFits } from '../../src/detect/counted-modifiers.js';
import { rateAgainstTotal } from '../../src/detect/rates.js';
import { extractClaims, type Claim } from '../../src/index.js';

const claim = (text: string): Claim => extractClaims({ id: 'd', text, source: 'S' })[0]!;
const count = (text: string) => {
  const c = claim(text);
  const q = c.quantities.find((x) => x.dimension === 'count');
  expect(q).toBeDefined();
  return { c, q: q! };
};

describe('countedKinds', () => {
  it('reads a narrower kind, the same kind, and two kinds apart', () => {
    const wide = count('Visitors watched 5,000 kites on Saturday.').q;
    const narrow = count('A team flew 240 small delta kites on Saturday.').q;
    const box = count('A team flew 30 large box kites on Saturday.').q;
    expect(countedKinds(narrow, wide)).toBe('a');
    expect(countedKinds(wide, narrow)).toBe('b');
    expect(countedKinds(narrow, box)).toBe('apart');
    expect(countedKinds(wide, count('Visitors counted 4,000 kites on Sunday.').q)).toBe('same');
  });
  it('ignores capitalised modifiers and words of increment, and says nothing across heads', () => {
    expect(countedKinds(count('Obama will send 1,500 more US troops.').q, count('Obama will send 3,000 more American troops.').q)).toBe('same');
    expect(countedKinds(count('Visitors watched 5,000 kites.').q, count('Visitors bought 300 tickets.').q)).toBeUndefined();
  });
});

describe('narrowerKindFits', () => {
  it('a narrower kind fits under a larger wider count, not over a smaller one', () => {
    const narrow = count('A team flew 240 small delta kites on Saturday.').q;
    expect(narrowerKindFits(narrow, count('Visitors watched 5,000 kites on Saturday.').q)).toBe(true);
    expect(narrowerKindFits(narrow, count('Visitors watched 200 kites on Saturday.').q)).toBe(false);
  });
});

describe('rateAgainstTotal', () => {
  it('a weekly figure and a plain one are two measures; an annual word gives the plain one its period', () => {
    const weekly = count('The station reaches 48,000 listeners a week.');
    const plain = count('The owner is a cooperative of 1,850 listeners.');
    expect(rateAgainstTotal(weekly.c, weekly.q, plain.c, plain.q)).toBe(true);
    const yearly = count('The cut will cost 4,000 jobs a year.');
    const annual = count('The annual loss is put at 2,500 jobs.');
    expect(rateAgainstTotal(yearly.c, yearly.q, annual.c, annual.q)).toBe(false);
    expect(rateAgainstTotal(weekly.c, weekly.q, weekly.c, weekly.q)).toBe(false);
  });
});
