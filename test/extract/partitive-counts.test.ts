import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const counted = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-03-06' }).flatMap((c) => c.quantities.map((q) => [q.value, q.noun ?? null]));

describe('a number before "of" and a determined plural counts that plural (Quirk et al. 1985, § 5.8, of-partitives)', () => {
  it.each([
    ['Organisers said 104 of the starters finished.', [[104, 'starters']]],
    ['Police said 12 of the protesters were arrested.', [[12, 'protesters']]],
    ['Three of its lifeboats were launched.', [[3, 'lifeboats']]],
  ])('%s', (text, want) => {
    expect(counted(text)).toEqual(want);
  });

  it.each([
    ['a number after the determiner is counted on its own', 'Organisers said 104 of the 120 starters finished.', [[104, null], [120, 'starters']]],
    ['a number word after the determiner too', 'Eight of its twelve lanes are back in use.', [[8, null], [12, 'lanes']]],
    ['a measure keeps its own unit', 'The party won 40% of the vote.', [[40, null]]],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(counted(text)).toEqual(want);
  });
});
