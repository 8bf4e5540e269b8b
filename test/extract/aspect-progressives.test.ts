/**
 * A progressive after "be" and an aspect adverb ("is still running") is read as the verb, though compromise tags the
 * adverb an adjective and the "-ing" form a noun (extract/aspect-progressives.ts); a negative-prefix participle after
 * "be" or "go" ("was undamaged", "went unpaid") is its verb, negated (extract/negative-participles.ts). Sentences invented
 * for this file; expectations written before the first run. Hard negatives: "-ing" adjectives of their own
 * ("interesting", "missing"), reversative "un-" verbs ("unveiled", "unlocked"), an attributive "un-" participle.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S' })
    .filter((c) => c.background === undefined)
    .map((c) => ({ predicate: c.proposition.predicate?.lemma, actor: c.proposition.actor?.text, theme: c.proposition.theme?.text, state: c.proposition.state }));

describe('progressives after an aspect adverb', () => {
  it.each([
    ['The rope factory is still operating.', { predicate: 'operate', actor: 'The rope factory', theme: undefined, state: 'pending' }],
    ['The mill is still running.', { predicate: 'run', actor: 'The mill', theme: undefined, state: 'pending' }],
    ['The town is still recovering from the flood.', { predicate: 'recover', actor: 'The town', theme: undefined, state: 'pending' }],
    ['The factory is no longer operating.', { predicate: 'operate', actor: 'The factory', theme: undefined, state: 'negated' }],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it('keeps "-ing" adjectives of their own', () => {
    expect(read('The plan is still interesting.')[0]?.predicate).not.toBe('interest');
    expect(read('The painting is still missing.')[0]?.predicate).not.toBe('miss');
  });

  it('gives the relative clause after the object its own subject', () => {
    const background = extractClaims({ id: 'd', text: 'Police are still hunting three prisoners who broke out of the jail on Friday.', source: 'S' })
      .filter((c) => c.background !== undefined)
      .map((c) => ({ actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma }));
    expect(background).toEqual([{ actor: 'prisoners', predicate: 'break' }]);
  });
});

describe('negative-prefix participles', () => {
  it.each([
    ['The kiln was undamaged.', { predicate: 'damage', actor: undefined, theme: 'The kiln', state: 'negated' }],
    ['The workers went unpaid for months.', { predicate: 'pay', actor: undefined, theme: 'The workers', state: 'negated' }],
    ['The letter was apparently unsigned.', { predicate: 'sign', actor: undefined, theme: 'The letter', state: 'negated' }],
    ['The sculpture was unsold at the auction.', { predicate: 'sell', actor: undefined, theme: 'The sculpture', state: 'negated' }],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it('keeps reversative "un-" verbs affirmed', () => {
    expect(read('The statue was unveiled on Monday.')[0]).toMatchObject({ predicate: 'unveil', state: 'affirmed' });
    expect(read('The gate was unlocked at dawn.')[0]).toMatchObject({ predicate: 'unlock', state: 'affirmed' });
  });

  it('leaves "remains" and "still" to the pending state ("not yet")', () => {
    expect(read('The bill remains unpaid.')[0]?.state).not.toBe('negated');
    expect(read('The ticket is still unclaimed.')[0]?.state).not.toBe('negated');
  });

  it('does not negate a verb through an attributive participle', () => {
    const claims = read('The previously undiscovered caves provide shelter for bats.');
    expect(claims.some((c) => c.predicate === 'discover')).toBe(false);
  });
});
