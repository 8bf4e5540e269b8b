import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const compare = (x: string, y: string) => compareClaims(one('a', x), one('b', y));

// Location clashes read from text, where the wording itself says where an unknown town lies.
describe('location: a container stated after an unknown town', () => {
  it('"in Tartu, Estonia" vs "in Tallinn": two towns of one country clash at full strength', () => {
    const c = compare('The two ministers signed the trade accord in Tartu, Estonia, on Friday.', 'The two ministers signed the trade accord in Tallinn on Friday.');
    expect(c?.kind).toBe('location');
    expect(c?.factors.find((f) => f.name === 'strength')?.value).toBe(0.85);
    expect(c?.band).not.toBe('low');
  });

  it('without the stated country the unknown town stays a doubtful clash', () => {
    const c = compare('The two ministers signed the trade accord in Tartu on Friday.', 'The two ministers signed the trade accord in Tallinn on Friday.');
    expect(c?.kind).toBe('location');
    expect(c?.factors.find((f) => f.name === 'strength')?.value).toBeCloseTo(0.85 * 0.35, 6);
    expect(c?.band).toBe('low');
  });

  it('"in Kreuzberg, Berlin" vs "in Berlin": a district of the city is no clash', () => {
    expect(compare('The festival opened in Kreuzberg, Berlin, on Saturday.', 'The festival opened in Berlin on Saturday.')).toBeNull();
  });
});
