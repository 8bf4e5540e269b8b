/**
 * Alive or dead after one occasion (lexicon/incompatible-states.ts: WordNet 3.1 die v.01 leaves its subject dead;
 * survive v.01 has the antonym succumb). Every sentence is invented for this file; hard negatives: another person,
 * counts of two groups, a later occasion, the same survival twice.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('survived or alive against killed or died', () => {
  it.each([
    ['The boy survived the attack.', 'The boy was killed in the attack.', ['survived', 'killed']],
    ['The pilot is alive.', 'The pilot died in the crash.', ['alive', 'died']],
    ['The hostage is alive, her family said.', 'The hostage was murdered by her captors.', ['alive', 'murdered']],
    ['The pilot survived the crash.', 'The pilot died in the crash.', ['survived', 'died']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['another person', 'The boy survived the attack.', 'His father was killed in the attack.'],
    ['counts of two groups', 'Two people survived the attack.', 'Five people were killed in the attack.'],
    ['a later occasion', 'The pilot survived the crash.', 'The pilot was killed in a second attack a week later.'],
    ['a later death the other does not tie to the occasion', 'The pilot survived the crash.', 'The pilot died in hospital a week later.'],
    ['the same survival twice', 'The pilot survived the crash.', 'The pilot survived the crash, officials said.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
