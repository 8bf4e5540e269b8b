/**
 * A verb of scalar change used without an object ("Group sales rose 2.1 per cent") has for subject the thing that
 * changed (Levin 1993 § 45.6): two such claims whose subjects share a head but are each narrowed by words the other
 * lacks ("food sales", "clothing sales", "group sales") tell two changes, whose figures and directions need not agree;
 * the same thing named twice, or a thing and a fuller name of it, still clash. Sentences invented for this file; expectations written before the run.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase(), publishedAt: '2026-03-05T09:00:00Z' });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const kindOf = (x: string, y: string) => compareClaims(one('a', x), one('b', y))?.kind ?? null;

describe('changes of two different things', () => {
  it.each([
    ['Group sales rose 2.1 per cent last year.', 'Food sales rose 3.4 per cent last year.'],
    ['Group sales rose 2.1 per cent last year.', 'Clothing sales fell by 6 per cent last year.'],
    ['Youth unemployment rose to 19.8 percent in May.', 'Long-term unemployment rose to 3.1 percent in May.'],
  ])('%s / %s: no conflict', (x, y) => {
    expect(kindOf(x, y)).toBeNull();
  });
});

describe('one thing changing, told twice (hard negatives for the gate)', () => {
  it('a thing and a fuller name of it still clash on the figure', () => {
    expect(kindOf('Sales rose 2.1 per cent last year.', 'Group sales rose 3.4 per cent last year.')).toBe('numeric');
  });
  it('subjects that share a narrowing word may be one thing ("the jobless rate" / "the unemployment rate" of Portugal)', () => {
    expect(kindOf("Portugal's jobless rate rose to 6.4 percent in May.", "Portugal's unemployment rate rose to 6.1 percent in May.")).toBe('numeric');
  });
  it('one thing named two ways still clashes on the direction', () => {
    expect(kindOf("Acme's shares fell 4 per cent on Tuesday.", 'Shares in Acme rose 3 per cent on Tuesday.')).toBe('opposition');
  });
});

describe('subjects of other shapes are left to the other gates (hard negatives)', () => {
  it('"hospital admissions for influenza" / "flu admissions" may be one thing and still clash on the direction', () => {
    expect(kindOf('Hospital admissions for influenza rose by 12% last week.', 'Flu admissions fell last week.')).toBe('opposition');
  });
});
