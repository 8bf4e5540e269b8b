/**
 * One more member of a kind ("Another aid worker", "A second suspect") is not the one the other report speaks of ("The
 * aid worker"): what is true of the one says nothing of the other. Every sentence is invented for this file.
 * Positives: the same pairs without the additive determiner still clash, and an additive word outside the participant
 * ("after another round of talks") changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { additiveReferentsApart } from '../../src/detect/additive-referents.js';
import { extractClaims } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'First Report' }, text: a }, { id: 'b', source: { name: 'Second Report' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

const claim = (text: string) => extractClaims({ id: 'x', text, source: { name: 'X' } })[0]!;

describe('one more of a kind against the one in view', () => {
  it.each([
    ['Another aid worker was released on Monday.', 'The aid worker is being held hostage.'],
    ['Another hostage was freed.', 'The hostage is still being held.'],
    ['Another bridge reopened on Friday.', 'The bridge remains closed.'],
    ['Another miner was found alive.', 'The miner was found dead.'],
    ['The other hostage was freed.', 'The hostage is still being held.'],
  ])('no conflict: %s / %s', (a, b) => {
    expect(alerts(a, b)).toEqual([]);
    expect(additiveReferentsApart(claim(a), claim(b))).toBe(true);
  });

  it.each([
    ['The aid worker was released on Monday.', 'The aid worker is being held hostage.', 'opposition'],
    ['The hostage was freed.', 'The hostage is still being held.', 'status'],
    ['The aid worker was released after another round of talks.', 'The aid worker is being held hostage.', 'opposition'],
  ])('still a conflict: %s / %s', (a, b, kind) => {
    expect(alerts(a, b)).toEqual([kind]);
  });

  it('two additive phrases may name one thing, and other heads are left to the other gates', () => {
    expect(additiveReferentsApart(claim('Another hostage was freed.'), claim('Another hostage is still being held.'))).toBe(false);
    expect(additiveReferentsApart(claim('Another hostage was freed.'), claim('The pilot is still being held.'))).toBe(false);
  });
});
