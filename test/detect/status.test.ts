import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('status conflicts', () => {
  it('pending vs refused is a status conflict', () => {
    const c = compareClaims(one('a', 'The president has not yet confirmed attendance at the summit.'), one('b', 'The president refused to attend the summit.'));
    // Two unknown outlets (credibility 0.5) keep a clear status clash just under the high band (0.8).
    expect({ kind: c?.kind, band: c?.band }).toEqual({ kind: 'status', band: 'medium' });
    expect(c!.score).toBeGreaterThan(0.65);
    expect(c!.score).toBeLessThan(0.8);
    expect(c?.message).toContain('(status: pending vs refused)');
  });

  it('both pending is no conflict', () => {
    expect(compareClaims(one('a', 'The president has not yet confirmed attendance at the summit.'), one('b', 'The president is still weighing attendance at the summit.'))).toBeNull();
  });

  it('refused vs negated paraphrase is no conflict', () => {
    expect(compareClaims(one('a', 'The president declined the invitation to the summit.'), one('b', 'The president will not attend the summit.'))).toBeNull();
  });
});
