/**
 * A characterising sentence about a kind ("bears are easily scared away by loud noises") is no report of one episode
 * (issue 15, generic statements read as rival accounts). Two generics still clash, and so do two episodes.
 * Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('a kind against one case', () => {
  it('"Beast scared and ran away" / "bears are easily scared away by sudden, loud noises": no actor clash', () => {
    expect(
      reported('Beast scared and ran away.', 'According to wildlife experts, bears are easily scared away by sudden, loud noises, ideally made with air horns.'),
    ).toEqual([]);
  });

  it('two generics about one kind: polarity', () => {
    expect(reported('Bears are easily scared by loud noises.', 'Bears are not scared by loud noises.')).toEqual([
      { kind: 'polarity', band: 'high', evidence: ['scared', 'not scared'] },
    ]);
  });

  it('a headline present with a bare plural is an episode: actor', () => {
    expect(reported('Militants attack the village.', 'Soldiers attacked the village.')).toEqual([{ kind: 'actor', band: 'medium', evidence: ['Militants', 'Soldiers'] }]);
  });

  it('two episodes with bare plurals: actor', () => {
    expect(reported('Rebels shelled the port on Monday.', 'Soldiers shelled the port on Monday.')).toEqual([
      { kind: 'actor', band: 'medium', evidence: ['Rebels', 'Soldiers'] },
    ]);
  });
});
