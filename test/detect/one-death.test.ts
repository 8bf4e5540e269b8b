/**
 * One person's death told twice (FrameNet 1.7 Death and Killing frames, resultatives "shot dead" / "beaten to death"):
 * a person dies once, so the dates and places of the two tellings are one event's. Every sentence is invented for this
 * file; hard negatives: a wound and a later death, another person, counted victims, the same death twice, a burial, a
 * hedged killing.
 */
import { describe, expect, it } from 'vitest';
import { oneDeath } from '../../src/detect/one-death.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { alertsWithEvidence, analyzeTwoReports } from '../helpers/two-reports.js';

const lexicon = buildLexicon();

describe('oneDeath', () => {
  it.each([
    ['The guard was shot dead on May 3, 2024.', 'The guard died on May 5, 2024.', true],
    ['The guard was beaten to death in Lyon.', 'The guard was killed in Marseille.', true],
    ['The guard was shot in Lyon.', 'The guard died in hospital in Marseille.', false],
    ["The guard was shot dead in Lyon.", "The guard's brother died in Marseille.", false],
    ['Two guards were shot dead in Lyon.', 'Two guards died in Marseille.', false],
    ['The guard may have been killed in Lyon.', 'The guard died in Marseille.', false],
  ])('%s / %s: %s', (a, b, expected) => {
    const [x, y] = analyzeTwoReports(a, b).claims;
    expect(oneDeath(x!, y!, lexicon)).toBe(expected);
  });
});

describe('dates and places of one death', () => {
  it.each([
    ['The guard was shot dead on May 3, 2024.', 'The guard died on May 5, 2024.', 'temporal', ['May 3, 2024', 'May 5, 2024']],
    ['The guard was beaten to death in Lyon.', 'The guard was killed in Marseille.', 'location', ['Lyon', 'Marseille']],
  ])('%s / %s: %s', (a, b, kind, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind, band: 'medium', evidence }]);
  });

  it.each([
    ['shot in one place, died in another', 'The guard was shot in Lyon.', 'The guard died in hospital in Marseille.'],
    ['another person', 'The guard was shot dead in Lyon.', "The guard's brother died in Marseille."],
    ['the same death twice', 'The guard was shot dead in Lyon.', 'The guard was shot dead in Lyon, police said.'],
    ['a death and a burial', 'The guard was shot dead on May 3, 2024.', 'The guard was buried on May 5, 2024.'],
    ['a hedged killing', 'The guard may have been killed in Lyon.', 'The guard died in Marseille.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
