/**
 * Shares of one whole: opposite or negated predications over percentages of a group clash only when the parts cannot
 * both fit in the whole. Every sentence is invented for this file; hard negatives: complementary shares (opposite verb,
 * negation, "about" figures), a figure after the verb; positives: shares that overflow the whole, one predication at
 * two figures.
 */
import { describe, expect, it } from 'vitest';
import { complementaryShares } from '../../src/detect/shares.js';
import { alertsWithEvidence, analyzeTwoReports } from '../helpers/two-reports.js';

function claims(a: string, b: string) {
  const [x, y] = analyzeTwoReports(a, b).claims;
  return [x!, y!] as const;
}

describe('complementaryShares', () => {
  it.each([
    ['60% of voters backed the plan.', '40% of voters opposed the plan.', true],
    ['60% of voters backed the plan.', '40% of voters did not back the plan.', true],
    ['60% of voters backed the plan.', '45% of voters opposed the plan.', false],
    ['60% of voters backed the plan.', '45% of voters backed the plan.', false],
    ['Turnout was 62 percent.', 'Turnout was 48 percent.', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(complementaryShares(...claims(a, b))).toBe(expected);
  });
});

describe('opposite predications over shares of one group', () => {
  it.each([
    ['complementary shares, opposite verbs', '60% of voters backed the plan.', '40% of voters opposed the plan.'],
    ['complementary shares, a negation', '60% of voters backed the plan.', '40% of voters did not back the plan.'],
    ['approximate shares that fit', 'About 55% of members voted for the strike.', 'Around 45% of members voted against the strike.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });

  it.each([
    ['shares that overflow the whole', '60% of voters backed the plan.', '45% of voters opposed the plan.', 'opposition', ['backed', 'opposed']],
    ['one predication at two figures', '60% of voters backed the plan.', '45% of voters backed the plan.', 'numeric', ['60%', '45%']],
    ['one measure at two figures', 'Turnout was 62 percent.', 'Turnout was 48 percent.', 'numeric', ['62 percent', '48 percent']],
  ])('%s', (_, a, b, kind, evidence) => {
    // Medium before session 22's refit, the first high after it: the band is the weights', the kind and evidence the rule's.
    expect(alertsWithEvidence(a, b)).toEqual([{ kind, band: expect.stringMatching(/^(medium|high)$/), evidence }]);
  });
});
